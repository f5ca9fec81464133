package dev.sagemaker4j.testing.internal;

import java.time.Clock;
import java.util.Map;

/**
 * How a stand-in is configured; {@code LocalSageMaker}'s builder checks every value first.
 *
 * @param port the port to listen on, 0 for a free one
 * @param region the region id ARNs and signatures use, such as {@code us-east-1}
 * @param accountId the 12-digit account of every ARN
 * @param pollsPerTransition how many Describe calls move a resource one lifecycle step
 * @param clock the stand-in's clock: timestamps and the signature time window
 * @param credentials secret access keys by access key id
 * @param endpointQuotas endpoint instances allowed per instance type
 * @param processingQuotas processing-job instances allowed per instance type
 * @param maxResources how many resources the stand-in holds at most
 */
public record Settings(
    int port,
    String region,
    String accountId,
    int pollsPerTransition,
    Clock clock,
    Map<String, String> credentials,
    Map<String, Integer> endpointQuotas,
    Map<String, Integer> processingQuotas,
    int maxResources) {

  /** Copies the maps, so later changes to the caller's do not reach the stand-in. */
  public Settings {
    credentials = Map.copyOf(credentials);
    endpointQuotas = Map.copyOf(endpointQuotas);
    processingQuotas = Map.copyOf(processingQuotas);
  }
}
