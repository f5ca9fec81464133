/** Paginators: walk every page, or every item, of a list operation without handling tokens. */
package dev.sagemaker4j.client.paginators;
