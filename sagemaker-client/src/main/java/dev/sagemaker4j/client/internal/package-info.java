/**
 * The request pipeline, protocol, signing, retries and endpoints behind the clients. Not API:
 * anything here may change in any release.
 */
package dev.sagemaker4j.client.internal;
