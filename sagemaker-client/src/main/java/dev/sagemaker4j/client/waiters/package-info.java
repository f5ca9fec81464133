/** Waiters: wait until a resource reaches a state, without writing a polling loop. */
package dev.sagemaker4j.client.waiters;
