package dev.sagemaker4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.support.JvmProbe;
import dev.sagemaker4j.client.support.LoggingProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Apache HTTP client prints every request's headers ({@code org.apache.http.headers}) and
 * bytes ({@code org.apache.http.wire}) at DEBUG, the Authorization signature and the session
 * token included. A sync client built over it warns once per JVM when either logger is at
 * DEBUG, as it does for Netty's LoggingHandler, and says nothing when they are not.
 *
 * <p>Each case runs {@link LoggingProbe} in a JVM of its own, with SLF4J's simple logger
 * configured by system properties as an application would configure it: the simple logger
 * fixes a logger's level when the logger is first made, once per JVM.
 */
class ApacheDebugLoggingTest {
  private static final String HEADERS = "org.apache.http.headers is at DEBUG";
  private static final String WIRE = "org.apache.http.wire is at DEBUG";

  @Test
  void apacheLoggersAtDebug_warnOnceEach_whenTheFirstApacheClientIsBuilt() throws Exception {
    List<String> err = probe("-Dorg.slf4j.simpleLogger.log.org.apache.http.headers=debug",
        "-Dorg.slf4j.simpleLogger.log.org.apache.http.wire=debug");

    int marker = err.indexOf(LoggingProbe.APACHE_MARKER);
    assertTrue(marker >= 0, String.join("\n", err));
    List<String> beforeApache = err.subList(0, marker);
    List<String> apache = err.subList(marker, err.size());
    assertEquals(0, count(beforeApache, "org.apache.http"), "a URL-connection client has no"
        + " Apache loggers to warn about:\n" + String.join("\n", err));
    // two Apache clients, one warning per logger
    assertEquals(1, count(apache, HEADERS), String.join("\n", err));
    assertEquals(1, count(apache, WIRE), String.join("\n", err));
    String warning = apache.stream().filter(l -> l.contains(HEADERS)).findFirst().orElseThrow();
    assertTrue(warning.contains("WARN") && warning.contains("Authorization signature and"
        + " session token"), warning);
  }

  @Test
  void apacheLoggersAtInfo_noWarning() throws Exception {
    List<String> err = probe("-Dorg.slf4j.simpleLogger.log.org.apache.http=info");

    assertTrue(err.contains(LoggingProbe.APACHE_MARKER), String.join("\n", err));
    assertEquals(0, count(err, "is at DEBUG"), String.join("\n", err));
  }

  private static long count(List<String> lines, String text) {
    return lines.stream().filter(l -> l.contains(text)).count();
  }

  private static List<String> probe(String... properties) throws Exception {
    return JvmProbe.run(LoggingProbe.class, 30, properties);
  }
}
