package dev.sagemaker4j.client;

/** One attempt of a call, as interceptors see it. */
public interface AttemptContext extends CallContext {
  /** The attempt's number, from 1. */
  int attempt();
}
