package dev.sagemaker4j.client.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * AWS Signature Version 4 for SageMaker's requests: header-based, payload signed, no query
 * string. It produces exactly what the AWS SDK's {@code AwsV4HttpSigner} produces for these
 * requests (the tests compare them signature for signature), at a fraction of its cost: one
 * canonical request built in one buffer, the day's signing key derived once, and a message
 * digest and MACs reused per thread. The AWS signer allocates about 20 KB per request; this one
 * about 3 KB, both counting the signed request they build.
 */
final class SigV4 {
  private static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  /** Headers that proxies change: never signed (as the AWS signer leaves them out). */
  private static final List<String> UNSIGNED = List.of("user-agent", "expect", "connection",
      "x-amzn-trace-id", "transfer-encoding");

  private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(Tools::new);

  private final String region;
  private final String service;
  private volatile @Nullable SigningKey key;

  SigV4(String region, String service) {
    this.region = region;
    this.service = service;
  }

  /**
   * The request with {@code X-Amz-Date}, {@code x-amz-content-sha256}, the session token when
   * there is one, and {@code Authorization}.
   */
  SdkHttpRequest sign(SdkHttpRequest request, byte[] body, AwsCredentialsIdentity identity,
      Clock clock) {
    return sign(request.toBuilder(), sha256Hex(body), identity, clock);
  }

  /** Signs with the body's SHA-256 given, as hex: a call's attempts hash their body once. */
  SdkHttpRequest sign(SdkHttpRequest.Builder request, String payloadHash,
      AwsCredentialsIdentity identity, Clock clock) {
    Tools tools = TOOLS.get();
    Instant now = clock.instant();
    String amzDate = tools.amzDate(now.getEpochSecond());
    SigningKey key = signingKey(identity.secretAccessKey(), tools.date, tools);
    String token = identity instanceof AwsSessionCredentialsIdentity
        ? ((AwsSessionCredentialsIdentity) identity).sessionToken() : null;

    List<String[]> headers = canonicalHeaders(request, amzDate, payloadHash, token);
    SdkHttpRequest.Builder signed = request
        .putHeader("X-Amz-Date", amzDate)
        .putHeader("x-amz-content-sha256", payloadHash);
    if (token != null) {
      signed.putHeader("X-Amz-Security-Token", token);
    }

    StringBuilder sb = tools.buffer;
    sb.setLength(0);
    sb.append(request.method().name()).append('\n');
    canonicalPath(request.encodedPath(), sb);
    sb.append('\n').append('\n');
    StringBuilder signedHeaders = new StringBuilder(128);
    for (String[] h : headers) {
      sb.append(h[0]).append(':').append(h[1]).append('\n');
      if (signedHeaders.length() > 0) {
        signedHeaders.append(';');
      }
      signedHeaders.append(h[0]);
    }
    sb.append('\n').append(signedHeaders).append('\n').append(payloadHash);
    tools.sha256.update(tools.utf8(sb), 0, tools.length);
    byte[] canonicalHash = tools.sha256.digest();

    sb.setLength(0);
    sb.append(ALGORITHM).append('\n').append(amzDate).append('\n').append(key.scope).append('\n');
    hex(canonicalHash, sb);
    byte[] signature = tools.hmac(key.key, sb);

    return signed.putHeader("Authorization", ALGORITHM + " Credential="
        + identity.accessKeyId() + "/" + key.scope + ", SignedHeaders=" + signedHeaders
        + ", Signature=" + hex(signature)).build();
  }

  /** Lower-cased names, sorted, with values trimmed and inner runs of spaces collapsed. */
  private static List<String[]> canonicalHeaders(SdkHttpRequest.Builder request, String amzDate,
      String payloadHash, @Nullable String token) {
    List<String[]> out = new ArrayList<>(request.headers().size() + 4);
    for (Map.Entry<String, List<String>> e : request.headers().entrySet()) {
      String name = e.getKey().toLowerCase(Locale.ROOT);
      if (UNSIGNED.contains(name) || name.equals("host") || name.equals("x-amz-date")
          || name.equals("x-amz-content-sha256") || name.equals("authorization")
          || name.equals("x-amz-security-token")) {
        continue;
      }
      out.add(new String[] {name, values(e.getValue())});
    }
    out.add(new String[] {"host", host(request)});
    out.add(new String[] {"x-amz-date", amzDate});
    out.add(new String[] {"x-amz-content-sha256", payloadHash});
    if (token != null) {
      out.add(new String[] {"x-amz-security-token", token});
    }
    out.sort((a, b) -> a[0].compareTo(b[0]));
    return out;
  }

  private static String values(List<String> values) {
    if (values.size() == 1) {
      return trim(values.get(0));
    }
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(trim(v));
    }
    return sb.toString();
  }

  private static String trim(String value) {
    String t = value.trim();
    return t.indexOf("  ") < 0 ? t : t.replaceAll(" +", " ");
  }

  /** host, with the port unless it is the scheme's default. */
  static String host(SdkHttpRequest.Builder request) {
    Integer boxed = request.port();
    int port = boxed == null ? -1 : boxed;
    boolean standard = port == -1 || ("https".equals(request.protocol()) && port == 443)
        || ("http".equals(request.protocol()) && port == 80);
    return standard ? request.host() : request.host() + ":" + port;
  }

  /** The already-encoded path, encoded once more, as SigV4 wants for every service but S3. */
  private static void canonicalPath(@Nullable String path, StringBuilder sb) {
    if (path == null || path.isEmpty()) {
      sb.append('/');
      return;
    }
    if (path.charAt(0) != '/') {
      sb.append('/');
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
        sb.append(c);
      } else {
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
          sb.append('%').append(Character.toUpperCase(HEX[(b >> 4) & 0xf]))
              .append(Character.toUpperCase(HEX[b & 0xf]));
        }
      }
    }
  }

  /** The day's signing key and credential scope, derived once per day and secret. */
  private SigningKey signingKey(String secret, String date, Tools tools) {
    SigningKey k = key;
    if (k != null && k.date.equals(date) && k.secret.equals(secret)) {
      return k;
    }
    byte[] kDate = tools.hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
    byte[] kRegion = tools.hmac(kDate, region);
    byte[] kService = tools.hmac(kRegion, service);
    byte[] kSigning = tools.hmac(kService, "aws4_request");
    k = new SigningKey(secret, date, kSigning, date + "/" + region + "/" + service
        + "/aws4_request");
    key = k;
    return k;
  }

  /** The SHA-256 of {@code data}, in lower-case hex. */
  static String sha256Hex(byte[] data) {
    return hex(TOOLS.get().sha256.digest(data));
  }

  private static void hex(byte[] bytes, StringBuilder out) {
    for (byte b : bytes) {
      out.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
    }
  }

  static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** The derived key of one day, for one secret, and the credential scope of that day. */
  private record SigningKey(String secret, String date, byte[] key, String scope) {
    @Override
    public String toString() {
      return "SigningKey[" + scope + "]"; // never the secret
    }
  }

  /** Per-thread digest, MAC and buffer. */
  private static final class Tools {
    final MessageDigest sha256;
    final Mac mac;
    final StringBuilder buffer = new StringBuilder(1024);
    /** The UTF-8 bytes of the last {@link #utf8} call, and their count. */
    byte[] bytes = new byte[1024];
    int length;
    private long amzDateSecond = Long.MIN_VALUE;
    private String amzDate = "";
    /** {@code yyyyMMdd} of the last {@link #amzDate}. */
    String date = "";

    Tools() {
      try {
        sha256 = MessageDigest.getInstance("SHA-256");
        mac = Mac.getInstance("HmacSHA256");
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("this JVM has no SHA-256 or HmacSHA256", e);
      }
    }

    /** {@code yyyyMMdd'T'HHmmss'Z'} of an epoch second; the same second's string is reused. */
    String amzDate(long epochSecond) {
      if (epochSecond != amzDateSecond) {
        amzDate = AMZ_DATE.format(Instant.ofEpochSecond(epochSecond));
        amzDateSecond = epochSecond;
        if (date.isEmpty() || !amzDate.startsWith(date)) {
          date = amzDate.substring(0, 8);
        }
      }
      return amzDate;
    }

    /** Encodes {@code text} as UTF-8 into {@link #bytes}, setting {@link #length}. */
    byte[] utf8(CharSequence text) {
      int n = text.length();
      if (bytes.length < n * 3) {
        bytes = new byte[Math.max(n * 3, bytes.length * 2)];
      }
      int j = 0;
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          bytes[j++] = (byte) c;
        } else if (c < 0x800) {
          bytes[j++] = (byte) (0xc0 | (c >> 6));
          bytes[j++] = (byte) (0x80 | (c & 0x3f));
        } else if (Character.isHighSurrogate(c) && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, text.charAt(++i));
          bytes[j++] = (byte) (0xf0 | (cp >> 18));
          bytes[j++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
          bytes[j++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
          bytes[j++] = (byte) (0x80 | (cp & 0x3f));
        } else if (Character.isSurrogate(c)) {
          bytes[j++] = '?'; // as String.getBytes encodes a lone surrogate
        } else {
          bytes[j++] = (byte) (0xe0 | (c >> 12));
          bytes[j++] = (byte) (0x80 | ((c >> 6) & 0x3f));
          bytes[j++] = (byte) (0x80 | (c & 0x3f));
        }
      }
      length = j;
      return bytes;
    }

    byte[] hmac(byte[] key, CharSequence data) {
      try {
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update(utf8(data), 0, length);
        return mac.doFinal();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 failed", e);
      }
    }

  }
}
