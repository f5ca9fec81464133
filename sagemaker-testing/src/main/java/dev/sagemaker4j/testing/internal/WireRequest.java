package dev.sagemaker4j.testing.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP request as the stand-in received it.
 *
 * @param method the HTTP method, upper case
 * @param rawPath the path as sent, still percent-encoded
 * @param rawQuery the query string as sent without {@code ?}, or null
 * @param headers every header's values, by lower-cased name
 * @param body the body's bytes
 */
record WireRequest(
    String method,
    String rawPath,
    @Nullable String rawQuery,
    Map<String, List<String>> headers,
    byte[] body) {

  /** The first value of a header, or null. */
  @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
