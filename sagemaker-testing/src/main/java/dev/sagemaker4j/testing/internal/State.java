package dev.sagemaker4j.testing.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What every operation shares: settings, the clock, ARN forms, the failures a test planned, and
 * the creation order. Every operation runs holding this object's monitor.
 */
final class State {
  private static final char[] ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  final Settings settings;
  final FailurePlan failures = new FailurePlan();
  private final String arnPrefix;
  private long sequence;
  /** How many resources the stand-in holds, every family's and the engine's. */
  private java.util.function.IntSupplier held = () -> 0;

  State(Settings settings) {
    this.settings = settings;
    this.arnPrefix = "arn:" + partition(settings.region()) + ":sagemaker:" + settings.region() + ":"
        + settings.accountId() + ":";
  }

  private static String partition(String region) {
    if (region.startsWith("cn-")) {
      return "aws-cn";
    }
    if (region.startsWith("us-gov-")) {
      return "aws-us-gov";
    }
    if (region.startsWith("us-iso-")) {
      return "aws-iso";
    }
    if (region.startsWith("us-isob-")) {
      return "aws-iso-b";
    }
    return "aws";
  }

  /** The stand-in's time, to the millisecond as the service's timestamps are. */
  Instant now() {
    return settings.clock().instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** The next number in creation order: it breaks ties between equal creation times. */
  long nextSequence() {
    return ++sequence;
  }

  /** {@code arn:aws:sagemaker:<region>:<account>:<type>/<lower-cased name>}. */
  String arn(String type, String name) {
    return arnPrefix + type + "/" + name.toLowerCase(Locale.ROOT);
  }

  /** The start of every ARN of this account and region, up to the resource type. */
  String arnPrefix() {
    return arnPrefix;
  }

  /** A random id of {@code length} characters from {@code [a-z0-9]}, as cluster ARNs carry. */
  static String randomId(int length) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] id = new char[length];
    for (int i = 0; i < length; i++) {
      id[i] = ID_CHARS[random.nextInt(ID_CHARS.length)];
    }
    return new String(id);
  }

  /** Whether {@code polls} Describe calls are enough to move a resource one step. */
  boolean enoughPolls(int polls) {
    return polls >= settings.pollsPerTransition();
  }

  /** Says how to count the resources the stand-in holds, for {@link #checkCapacity}. */
  void countWith(java.util.function.IntSupplier held) {
    this.held = held;
  }

  /**
   * ResourceLimitExceeded when the stand-in already holds {@code maxResources} resources: the
   * bound on its memory. The message names the cap and how to raise it.
   */
  void checkCapacity() {
    int cap = settings.maxResources();
    int now = held.getAsInt();
    if (now >= cap) {
      throw ServiceError.resourceLimitExceeded("The local SageMaker stand-in holds " + now
          + " resources, its cap (maxResources " + cap + "). Delete some or reset() it, or raise"
          + " the cap with LocalSageMaker.builder().maxResources(n) or --max-resources N.");
    }
  }

  /** Forgets the failures planned; the resources are the operations' to forget. */
  void reset() {
    failures.clear();
    sequence = 0;
  }
}
