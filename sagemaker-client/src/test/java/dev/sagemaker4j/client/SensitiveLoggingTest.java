package dev.sagemaker4j.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.support.ClientMethods;
import dev.sagemaker4j.client.support.JvmProbe;
import dev.sagemaker4j.client.support.SensitiveCallsProbe;
import dev.sagemaker4j.model.fixtures.SensitiveValues;
import java.lang.reflect.Method;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With every logger at TRACE, no value of a sensitive member appears in what a JVM prints while
 * it calls every operation whose request or response can hold one ({@link SensitiveCallsProbe}):
 * not in the client's own logs, nor the AWS SDK's and Netty's beneath it, nor in the WARN line of
 * a rule-breaking request, nor in a refused request's exception as an application logs it, nor
 * in requests and responses an application logs. The operations are found through the schemas.
 *
 * <p>Out of scope, and kept at INFO: HTTP clients' wire loggers (Netty's {@code LoggingHandler},
 * {@code org.apache.http.wire}), which dump the bytes sent, secrets and signatures included, in
 * hex; the client warns when they are on (see {@link ApacheDebugLoggingTest}). The check also
 * looks for the value in hex, should anything else dump bytes.
 */
class SensitiveLoggingTest {
  private static final String MARKER = SensitiveValues.MARKER;

  @Test
  void everySensitiveCall_atTrace_logsNoSensitiveValue() throws Exception {
    int requests = 0;
    int responses = 0;
    int both = 0;
    for (Method op : ClientMethods.operations()) {
      boolean in = SensitiveValues.reaches(ClientMethods.schema(op.getParameterTypes()[0]));
      boolean out = SensitiveValues.reaches(ClientMethods.schema(op.getReturnType()));
      requests += in ? 1 : 0;
      responses += out ? 1 : 0;
      both += in && out ? 1 : 0;
    }
    assertTrue(requests > 0 && responses > 0, requests + " / " + responses);

    List<String> lines = JvmProbe.run(SensitiveCallsProbe.class, 120,
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
        "-Dorg.slf4j.simpleLogger.log.io.netty.handler.logging.LoggingHandler=info");

    String hex = HexFormat.ofDelimiter(" ").formatHex(MARKER.substring(0, 8).getBytes(UTF_8));
    List<String> leaks = lines.stream().filter(l -> l.contains(MARKER) || l.contains(hex))
        .map(l -> l.substring(0, Math.min(l.length(), 300))).limit(5).toList();
    assertEquals(List.of(), leaks, "lines that show a sensitive value");
    String summary = lines.stream().filter(l -> l.startsWith(SensitiveCallsProbe.SUMMARY))
        .findFirst().orElseThrow(() -> new AssertionError("no summary"));
    // each request operation: valid and broken, sync and async, all sent; each response one
    // received twice; a response operation whose request can hold one sends it twice
    assertEquals(SensitiveCallsProbe.SUMMARY + requests + " requests, " + responses
        + " responses, " + requests + " refused, " + (4 * requests + 2 * both)
        + " sent with the marker, " + 2 * responses + " received with it", summary);
    System.out.println(summary + "; " + lines.size() + " lines logged");
    assertEquals(2 * requests, count(lines, "WARN dev.sagemaker4j.client - Sending", "(redacted)"),
        "a WARN line per client and broken request, its value redacted");
    assertEquals(requests, count(lines, "ConstraintViolationException: ", "breaks 1 rule"),
        "a refused request's exception as the application logs it");
    assertEquals(requests, count(lines, "  - ", "characters long, was (redacted)"),
        "its violation, the value redacted");
    assertTrue(count(lines, "DEBUG dev.sagemaker4j.client", "HTTP 200") >= 4 * requests,
        "the client's DEBUG lines are on");
    assertTrue(count(lines, "TRACE ", "") > 0, "TRACE is on");
  }

  private static long count(List<String> lines, String part, String other) {
    return lines.stream().filter(l -> l.contains(part) && l.contains(other)).count();
  }
}
