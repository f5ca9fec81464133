package dev.sagemaker4j.testing.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Account-level instance quotas per instance type, as Service Quotas names them ({@code
 * 'ml.m5.xlarge for endpoint usage'}). A type without a configured quota is unlimited.
 */
final class Quotas {
  private Quotas() {}

  /** Adds {@code count} instances of {@code type} to {@code delta}, skipping absent types. */
  static void add(Map<String, Integer> delta, String type, int count) {
    if (type != null && count > 0) {
      delta.merge(type, count, Integer::sum);
    }
  }

  /**
   * Throws {@code ResourceLimitExceeded} for the first instance type of {@code delta} whose
   * current use plus the request would pass its quota.
   *
   * @param usage what the quota counts, such as {@code endpoint usage}
   * @param utilization the instances of a type in use now
   */
  static void check(Map<String, Integer> quotas, String usage, LinkedHashMap<String, Integer> delta,
      ToIntFunction<String> utilization) {
    for (Map.Entry<String, Integer> e : delta.entrySet()) {
      Integer quota = quotas.get(e.getKey());
      if (quota == null) {
        continue;
      }
      int used = utilization.applyAsInt(e.getKey());
      if (used + e.getValue() > quota) {
        throw ServiceError.resourceLimitExceeded("The account-level service limit '" + e.getKey()
            + " for " + usage + "' is " + quota + " Instances, with current utilization of " + used
            + " Instances and a request delta of " + e.getValue() + " Instances. Please use AWS"
            + " Service Quotas to request an increase for this quota.");
      }
    }
  }
}
