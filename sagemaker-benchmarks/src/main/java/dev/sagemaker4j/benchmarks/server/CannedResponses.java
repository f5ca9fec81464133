package dev.sagemaker4j.benchmarks.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The response fixtures the benchmark server answers with, as whole HTTP responses by {@code
 * X-Amz-Target}. The bodies are the files under {@code responses/} beside this class:
 * {@code DescribeEndpoint.json} is the captured {@code DescribeEndpoint.inservice} answer of
 * sagemaker-model's wire fixtures with its two production variants kept byte for byte and five
 * more of the same shape (seven in all; numbers in integer, fraction and exponent form).
 */
public final class CannedResponses {
  /** The request id every canned answer carries (the one of the captured fixture). */
  public static final String REQUEST_ID = "0f3c8a52-6d1e-4b7a-9c2f-5e8d1a4b7c90";
  /** How many production variants the DescribeEndpoint answer holds. */
  public static final int DESCRIBE_ENDPOINT_VARIANTS = 7;

  private static final String[] OPERATIONS = {"DescribeEndpoint", "CreateProcessingJob"};

  private CannedResponses() {}

  /** Every canned response, by {@code X-Amz-Target}. */
  public static Map<String, byte[]> all() {
    Map<String, byte[]> all = new LinkedHashMap<>();
    for (String operation : OPERATIONS) {
      all.put("SageMaker." + operation, ok(body(operation)));
    }
    return all;
  }

  /** The canned body of an operation, byte for byte as the server sends it. */
  public static byte[] body(String operation) {
    String name = "/dev/sagemaker4j/benchmarks/responses/" + operation + ".json";
    try (InputStream in = CannedResponses.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no canned response " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A 200 answer with SageMaker's headers around {@code body}. */
  public static byte[] ok(byte[] body) {
    return response(200, "OK", body);
  }

  /** An error answer in SageMaker's JSON form. */
  static byte[] error(int status, String type, String message) {
    String body = "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}";
    return response(status, "Bad Request", body.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] response(int status, String reason, byte[] body) {
    String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
        + "x-amzn-RequestId: " + REQUEST_ID + "\r\n"
        + "Content-Type: application/x-amz-json-1.1\r\n"
        + "Content-Length: " + body.length + "\r\n"
        + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC))
        + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[h.length + body.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }
}
