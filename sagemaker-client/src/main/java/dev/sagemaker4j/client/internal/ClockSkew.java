package dev.sagemaker4j.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The client's signing clock, corrected when the service says a signature was refused for its
 * time. An error answer about time whose {@code Date} is more than four minutes from the signing
 * clock makes later attempts sign with the service's time, as the AWS SDKs do, and the error says
 * it is a clock-skew error, so the retry strategy retries it.
 */
final class ClockSkew {
  private static final Set<String> SKEW_CODES = Set.of("RequestTimeTooSkewed", "RequestExpired",
      "RequestInTheFuture", "InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure");
  private static final Duration TOLERANCE = Duration.ofMinutes(4);

  private final Clock base;
  private final AtomicLong skewMillis = new AtomicLong();

  ClockSkew(Clock base) {
    this.base = base;
  }

  /** The clock to sign with: the configured one, corrected by any skew the service showed. */
  Clock signingClock() {
    long skew = skewMillis.get();
    return skew == 0 ? base : Clock.offset(base, Duration.ofMillis(skew));
  }

  /**
   * Looks at an error answer: when the error may be about time and the service's clock is far
   * from the signing clock, corrects the signing clock and says true.
   */
  boolean observe(software.amazon.awssdk.http.SdkHttpResponse response, @Nullable String code) {
    String date = response.firstMatchingHeader("Date").orElse(null);
    if (date == null) {
      return false;
    }
    Instant server;
    try {
      server = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (RuntimeException e) {
      return false;
    }
    Instant signedAt = signingClock().instant();
    int status = response.statusCode();
    boolean aboutTime = (code != null && SKEW_CODES.contains(code)) || status == 401
        || status == 403 || (code == null && status == 400);
    if (!aboutTime || Duration.between(signedAt, server).abs().compareTo(TOLERANCE) <= 0) {
      return false;
    }
    long skew = Duration.between(base.instant(), server).toMillis();
    if (skewMillis.getAndSet(skew) != skew) {
      ClientRuntime.LOG.warn("The clock differs from SageMaker's by {} s; signing with the"
          + " service's time", skew / 1000);
    }
    return true;
  }
}
