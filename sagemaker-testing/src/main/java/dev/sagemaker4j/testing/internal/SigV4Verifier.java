package dev.sagemaker4j.testing.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a request's SigV4 {@code Authorization} header by computing the signature again from
 * the request as received: canonical request, string to sign, the HMAC-SHA256 key chain. It uses
 * only {@code javax.crypto}, never the AWS SDK's signer, so a signer bug cannot hide itself.
 *
 * <p>Checks, in order: the header is there and well formed; the access key is known; the
 * {@code X-Amz-Date} is within five minutes of the stand-in's clock; the credential scope names
 * this date, region and {@code sagemaker}; the signature matches.
 */
final class SigV4Verifier {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  static final String SERVICE = "sagemaker";
  static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Duration WINDOW = Duration.ofMinutes(5);
  private static final String BAD_SIGNATURE = "The request signature we calculated does not match"
      + " the signature you provided. Check your AWS Secret Access Key and signing method."
      + " Consult the service documentation for details.";

  private final Map<String, String> secrets;
  private final String region;
  private final Clock clock;

  SigV4Verifier(Map<String, String> secrets, String region, Clock clock) {
    this.secrets = secrets;
    this.region = region;
    this.clock = clock;
  }

  /** Returns normally when the request is signed right; throws the service's error otherwise. */
  void verify(WireRequest request) {
    String authorization = request.header("authorization");
    if (authorization == null) {
      // GUESS: the AWS JSON services' answer to an unsigned request.
      throw new ServiceError("MissingAuthenticationTokenException", "Missing Authentication Token");
    }
    Authorization auth = Authorization.parse(authorization);
    String secret = secrets.get(auth.accessKeyId);
    if (secret == null) {
      throw new ServiceError("UnrecognizedClientException",
          "The security token included in the request is invalid.");
    }
    String amzDate = request.header("x-amz-date");
    Instant signedAt = parseAmzDate(amzDate);
    checkWindow(amzDate, signedAt);
    checkScope(auth, amzDate);
    String expected = signature(request, auth, secret, amzDate);
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        auth.signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
      throw new ServiceError("InvalidSignatureException", BAD_SIGNATURE);
    }
  }

  private static Instant parseAmzDate(String amzDate) {
    if (amzDate == null) {
      // GUESS: AWS's wording for a SigV4 request without a date.
      throw new ServiceError("IncompleteSignatureException", "Authorization header requires"
          + " existence of either a 'X-Amz-Date' or a 'Date' header.");
    }
    try {
      return LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // GUESS: the wording for an unreadable X-Amz-Date.
      throw new ServiceError("IncompleteSignatureException",
          "Date must be in ISO-8601 'basic format'. Got '" + amzDate + "'.");
    }
  }

  private void checkWindow(String amzDate, Instant signedAt) {
    Instant now = clock.instant();
    if (signedAt.isBefore(now.minus(WINDOW))) {
      throw new ServiceError("InvalidSignatureException", "Signature expired: " + amzDate
          + " is now earlier than " + AMZ_DATE.format(now.minus(WINDOW)) + " ("
          + AMZ_DATE.format(now) + " - 5 min.)");
    }
    if (signedAt.isAfter(now.plus(WINDOW))) {
      // GUESS: the mirror image of the expired message, as other AWS services word it.
      throw new ServiceError("InvalidSignatureException", "Signature not yet current: " + amzDate
          + " is still later than " + AMZ_DATE.format(now.plus(WINDOW)) + " ("
          + AMZ_DATE.format(now) + " + 5 min.)");
    }
  }

  private void checkScope(Authorization auth, String amzDate) {
    // GUESS: the scope messages are those other AWS services send; SageMaker's are not recorded.
    if (!auth.date.equals(amzDate.substring(0, 8))) {
      throw new ServiceError("InvalidSignatureException", "Date in Credential scope does not"
          + " match YYYYMMDD from ISO-8601 version of date from HTTP: '" + auth.date + "' != '"
          + amzDate.substring(0, 8) + "', from '" + amzDate + "'.");
    }
    if (!auth.region.equals(region)) {
      throw new ServiceError("InvalidSignatureException",
          "Credential should be scoped to a valid region, not '" + auth.region + "'.");
    }
    if (!auth.service.equals(SERVICE)) {
      throw new ServiceError("InvalidSignatureException",
          "Credential should be scoped to correct service: '" + SERVICE + "'.");
    }
    if (!auth.terminator.equals("aws4_request")) {
      throw new ServiceError("IncompleteSignatureException", "Credential should be scoped with a"
          + " valid terminator: 'aws4_request', not '" + auth.terminator + "'.");
    }
    if (!auth.signedHeaders.contains("host")) {
      throw new ServiceError("IncompleteSignatureException",
          "'Host' must be a 'SignedHeader' in the AWS Authorization.");
    }
  }

  /** The signature the request should carry, in lower-case hex. */
  static String signature(WireRequest request, Authorization auth, String secret, String amzDate) {
    String canonical = canonicalRequest(request, auth.signedHeaders);
    String scope = auth.date + "/" + auth.region + "/" + auth.service + "/" + auth.terminator;
    String toSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
        + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), auth.date);
    key = hmac(key, auth.region);
    key = hmac(key, auth.service);
    key = hmac(key, auth.terminator);
    return hex(hmac(key, toSign));
  }

  static String canonicalRequest(WireRequest request, List<String> signedHeaders) {
    StringBuilder sb = new StringBuilder(512);
    sb.append(request.method()).append('\n');
    sb.append(canonicalPath(request.rawPath())).append('\n');
    sb.append(canonicalQuery(request.rawQuery())).append('\n');
    for (String name : signedHeaders) {
      List<String> values = request.headers().getOrDefault(name, List.of());
      sb.append(name).append(':');
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(values.get(i).trim().replaceAll(" +", " "));
      }
      sb.append('\n');
    }
    sb.append('\n').append(String.join(";", signedHeaders)).append('\n');
    sb.append(hex(sha256(request.body())));
    return sb.toString();
  }

  /** Every path segment encoded once more, as SigV4 does for all services but S3. */
  private static String canonicalPath(String rawPath) {
    if (rawPath.isEmpty() || rawPath.equals("/")) {
      return "/";
    }
    String[] segments = rawPath.split("/", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        sb.append('/');
      }
      sb.append(encode(segments[i]));
    }
    return sb.toString();
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String part : rawQuery.split("&")) {
      int eq = part.indexOf('=');
      String k = eq < 0 ? part : part.substring(0, eq);
      String v = eq < 0 ? "" : part.substring(eq + 1);
      pairs.add(new String[] {encode(decode(k)), encode(decode(v))});
    }
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    StringBuilder sb = new StringBuilder();
    for (String[] p : pairs) {
      sb.append(sb.length() == 0 ? "" : "&").append(p[0]).append('=').append(p[1]);
    }
    return sb.toString();
  }

  private static String decode(String s) {
    return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** RFC 3986 encoding: everything but unreserved characters. */
  private static String encode(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~') {
        sb.append(c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** The parts of an {@code Authorization: AWS4-HMAC-SHA256 ...} header. */
  static final class Authorization {
    final String accessKeyId;
    final String date;
    final String region;
    final String service;
    final String terminator;
    final List<String> signedHeaders;
    final String signature;

    private Authorization(String[] credential, List<String> signedHeaders, String signature) {
      this.accessKeyId = credential[0];
      this.date = credential[1];
      this.region = credential[2];
      this.service = credential[3];
      this.terminator = credential[4];
      this.signedHeaders = signedHeaders;
      this.signature = signature;
    }

    static Authorization parse(String header) {
      String h = header.trim();
      if (!h.startsWith(ALGORITHM + " ")) {
        // GUESS: the wording for an Authorization header of another scheme.
        throw new ServiceError("IncompleteSignatureException", "Authorization header requires"
            + " '" + ALGORITHM + "' as the signing algorithm. Authorization=" + h);
      }
      String credential = null;
      String signedHeaders = null;
      String signature = null;
      for (String part : h.substring(ALGORITHM.length()).split(",")) {
        String p = part.trim();
        if (p.startsWith("Credential=")) {
          credential = p.substring("Credential=".length());
        } else if (p.startsWith("SignedHeaders=")) {
          signedHeaders = p.substring("SignedHeaders=".length());
        } else if (p.startsWith("Signature=")) {
          signature = p.substring("Signature=".length());
        }
      }
      String[] scope = credential == null ? new String[0] : credential.split("/", -1);
      if (scope.length != 5 || signedHeaders == null || signedHeaders.isEmpty()
          || signature == null || signature.isEmpty()) {
        // GUESS: the wording for a SigV4 header that misses a part.
        throw new ServiceError("IncompleteSignatureException", "Authorization header requires"
            + " 'Credential', 'SignedHeaders' and 'Signature' parameters. Authorization=" + h);
      }
      List<String> names = new ArrayList<>();
      for (String name : signedHeaders.split(";")) {
        names.add(name.trim().toLowerCase(Locale.ROOT));
      }
      return new Authorization(scope, names, signature);
    }
  }
}
