package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.testing.support.Raw;
import dev.sagemaker4j.testing.support.StandInTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;

/** The wire: headers of every answer, bodies of successes, empty deletes and errors. */
class WireTest extends StandInTest {
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private Raw.Answer call(String operation, String body) {
    return Raw.call(local.endpoint(), clock, operation, body, LocalSageMaker.DEFAULT_ACCESS_KEY_ID,
        LocalSageMaker.DEFAULT_SECRET_ACCESS_KEY);
  }

  @Test
  void anyAnswer_carriesRequestIdContentTypeAndDateAndNothingOfWireMock() {
    createModel("churn-model");

    Raw.Answer ok = call("DescribeModel", "{\"ModelName\":\"churn-model\"}");
    Raw.Answer error = call("DescribeModel", "{\"ModelName\":\"ghost\"}");

    for (Raw.Answer a : new Raw.Answer[] {ok, error}) {
      assertTrue(a.header("x-amzn-RequestId").matches(UUID), a.header("x-amzn-RequestId"));
      assertEquals("application/x-amz-json-1.1", a.header("Content-Type"));
      assertEquals("Sat, 01 Jun 2024 12:00:00 GMT", a.header("Date"));
      assertNull(a.header("Matched-Stub-Id"));
      assertEquals(Integer.toString(a.body().length), a.header("Content-Length"));
    }
    assertEquals(200, ok.status());
    assertEquals(400, error.status());
  }

  @Test
  void describeModel_writesTimestampsAsEpochSecondsWithMilliseconds() {
    clock.advance(Duration.ofMillis(123));
    createModel("churn-model");

    Raw.Answer a = call("DescribeModel", "{\"ModelName\":\"churn-model\"}");

    assertTrue(a.text().contains("\"CreationTime\":1717243200.123"), a.text());
  }

  @Test
  void deletes_answer200WithAnEmptyBody() {
    createModel("churn-model");

    Raw.Answer a = call("DeleteModel", "{\"ModelName\":\"churn-model\"}");

    assertEquals(200, a.status());
    assertEquals(0, a.body().length);
    assertEquals("0", a.header("Content-Length"));
    assertEquals("application/x-amz-json-1.1", a.header("Content-Type"));
  }

  @Test
  void errors_are400WithTypeAndMessageOnly() {
    Raw.Answer a = call("DescribeModel", "{\"ModelName\":\"Ghost\"}");

    assertEquals(400, a.status());
    assertEquals("{\"__type\":\"ValidationException\",\"message\":\"Could not find model"
        + " \\\"" + ARN + "model/ghost\\\".\"}", a.text());
  }

  @Test
  void throttled_bodyIsExactlyRateExceeded() {
    local.throttleNext(1);

    Raw.Answer a = call("ListModels", "{}");

    assertEquals(400, a.status());
    assertEquals("{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}", a.text());
  }

  @Test
  void unknownTarget_failsWithUnknownOperationException() {
    Raw.Answer a = call("CreateTimeMachine", "{}");

    assertEquals(400, a.status());
    assertTrue(a.text().startsWith("{\"__type\":\"UnknownOperationException\""), a.text());
  }

  @Test
  void getRequest_failsWithUnknownOperationException() {
    SdkHttpFullRequest get = SdkHttpFullRequest.builder().method(SdkHttpMethod.GET)
        .uri(local.endpoint()).encodedPath("/").build();

    Raw.Answer a = Raw.send(Raw.sign(get, "", clock, LocalSageMaker.DEFAULT_ACCESS_KEY_ID,
        LocalSageMaker.DEFAULT_SECRET_ACCESS_KEY), "");

    assertEquals(400, a.status());
    assertTrue(a.text().contains("UnknownOperationException"), a.text());
  }

  @Test
  void unreadableBody_failsWithSerializationException() {
    Raw.Answer a = call("DescribeModel", "{\"ModelName\":[1,2]}");

    assertEquals(400, a.status());
    assertTrue(a.text().startsWith("{\"__type\":\"SerializationException\""), a.text());
  }

  @Test
  void serviceErrors_carryTheRequestIdOfTheirAnswer() {
    SageMakerException e = assertServiceError("ValidationException",
        "Could not find model \"" + ARN + "model/ghost\".",
        () -> client.describeModel(r -> r.modelName("ghost")));

    assertTrue(e.requestId().matches(UUID), e.requestId());
  }
}
