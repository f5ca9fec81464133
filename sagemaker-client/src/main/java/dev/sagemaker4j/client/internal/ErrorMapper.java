package dev.sagemaker4j.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.model.internal.JsonCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Turns an error response into an exception, by the rules of SageMaker's JSON protocol: the
 * code from the {@code X-Amzn-ErrorType} header, else the body's {@code __type} (or {@code
 * code}), cut at the first {@code :} and keeping what follows the last {@code #}; the message
 * from {@code message}, {@code Message} or {@code errorMessage}; the request id from {@code
 * x-amzn-RequestId}. Modeled codes get their own exception class. A body that is not JSON still
 * gives a typed exception with the status, the request id and a message that describes it.
 */
final class ErrorMapper {
  private static final int SNIPPET = 160;

  private ErrorMapper() {}

  /**
   * @param clockSkewed whether an answer with the error code found shows the client's clock
   *     skewed
   */
  static SageMakerException map(SdkHttpResponse response, byte[] body, int attempts,
      Predicate<@Nullable String> clockSkewed) {
    int status = response.statusCode();
    String requestId = requestId(response);
    Parsed parsed = parse(body);
    String code = errorCode(response.firstMatchingHeader("X-Amzn-ErrorType").orElse(null));
    if (code == null) {
      code = errorCode(parsed.type != null ? parsed.type : parsed.code);
    }
    String message = parsed.message;
    if (message == null) {
      message = describe(status, code, body, parsed.json);
    }
    SageMakerException.Builder b = ModeledErrors.builderFor(code);
    b.awsErrorDetails(AwsErrorDetails.builder()
            .serviceName("SageMaker")
            .errorCode(code)
            .errorMessage(message)
            .sdkHttpResponse(response)
            .rawResponse(SdkBytes.fromByteArrayUnsafe(body))
            .build())
        .message(message)
        .statusCode(status)
        .requestId(requestId)
        .numAttempts(attempts);
    return b.clockSkewed(clockSkewed.test(code)).build();
  }

  static @Nullable String requestId(SdkHttpResponse response) {
    return response.firstMatchingHeader("x-amzn-RequestId")
        .or(() -> response.firstMatchingHeader("x-amz-request-id"))
        .orElse(null);
  }

  /** {@code com.amazonaws.sagemaker#ResourceInUse:http://...} is {@code ResourceInUse}. */
  static @Nullable String errorCode(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String code = raw;
    int colon = code.indexOf(':');
    if (colon >= 0) {
      code = code.substring(0, colon);
    }
    int hash = code.lastIndexOf('#');
    if (hash >= 0) {
      code = code.substring(hash + 1);
    }
    code = code.trim();
    return code.isEmpty() ? null : code;
  }

  private static final class Parsed {
    boolean json;
    String type;
    String code;
    String message;
  }

  private static Parsed parse(byte[] body) {
    Parsed p = new Parsed();
    if (body.length == 0) {
      return p;
    }
    try (JsonParser parser = JsonCodec.factory().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return p;
      }
      String field;
      while ((field = parser.nextFieldName()) != null) {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.VALUE_STRING) {
          switch (field) {
            case "__type" -> p.type = parser.getText();
            case "code", "Code" -> p.code = parser.getText();
            case "message", "Message", "errorMessage" -> {
              if (p.message == null) {
                p.message = parser.getText();
              }
            }
            default -> {
            }
          }
        } else {
          parser.skipChildren();
        }
      }
      p.json = true;
    } catch (IOException e) {
      // not JSON, or truncated: described below from the raw bytes
    }
    return p;
  }

  private static String describe(int status, @Nullable String code, byte[] body, boolean json) {
    if (body.length == 0) {
      return "SageMaker returned HTTP " + status + " with an empty body";
    }
    if (json) {
      return "SageMaker returned HTTP " + status + (code == null ? " with no error code"
          : " error " + code) + " and no message";
    }
    return "SageMaker returned HTTP " + status + " with a body that is not SageMaker's JSON: "
        + snippet(body);
  }

  /** The start of a body as printable text. */
  static String snippet(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, SNIPPET * 2), StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length() && sb.length() < SNIPPET; i++) {
      char c = text.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    String s = sb.toString().replaceAll(" +", " ").trim();
    return body.length > SNIPPET ? s + "..." : s;
  }
}
