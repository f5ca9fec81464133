package dev.sagemaker4j.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/** The {@code User-Agent} this SDK sends: its name and version, the Java and OS versions. */
final class UserAgent {
  private static final String VALUE = compute();

  private UserAgent() {}

  static String value() {
    return VALUE;
  }

  /** This SDK's version, from the build. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // the version is informational
    }
    return p.getProperty("version", "unknown");
  }

  private static String compute() {
    return "sagemaker4j/" + version() + " java/" + sanitize(System.getProperty("java.version"))
        + " os/" + sanitize(System.getProperty("os.name"));
  }

  private static String sanitize(String s) {
    return s == null ? "unknown" : s.replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT);
  }
}
