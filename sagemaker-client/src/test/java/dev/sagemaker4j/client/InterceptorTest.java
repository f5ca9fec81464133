package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.client.support.Harness;
import dev.sagemaker4j.client.support.Harness.Mode;
import dev.sagemaker4j.client.support.Wire;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Interceptors as a user writes them, through the public {@link SageMakerInterceptor} and
 * {@code overrideConfiguration(o -> o.addInterceptor(...))}: one adds a header, which goes out
 * signed with the rest; one records every hook, so the hooks of a retried call can be counted:
 * one {@code afterAttempt} per attempt, with the answer's head or the failure, and one {@code
 * afterExecution} or {@code onExecutionFailure} per call.
 */
class InterceptorTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).build();

  private static final String OK = "{\"EndpointName\":\"churn-endpoint\"}";
  private static final String BUSY = "{\"__type\":\"ServiceUnavailable\",\"message\":\"busy\"}";

  /** Every hook the recorder saw, in order, as text. */
  private static final List<String> hooks = new CopyOnWriteArrayList<>();

  private static final SageMakerInterceptor TEAM_HEADER = new SageMakerInterceptor() {
    @Override
    public SdkHttpRequest modifyHttpRequest(AttemptContext attempt, SdkHttpRequest request) {
      return request.toBuilder().putHeader("X-Team", "ml-platform").build();
    }
  };

  private static final SageMakerInterceptor RECORDER = new SageMakerInterceptor() {
    @Override
    public SageMakerRequest modifyRequest(CallContext call, SageMakerRequest request) {
      hooks.add("modifyRequest " + call.operationName());
      return request;
    }

    @Override
    public void beforeTransmission(AttemptContext attempt, SdkHttpRequest signed) {
      hooks.add("beforeTransmission " + attempt.attempt() + " "
          + signed.firstMatchingHeader("X-Team").orElse("(no X-Team)"));
    }

    @Override
    public void afterAttempt(AttemptContext attempt, @Nullable SdkHttpResponse response,
        @Nullable Throwable failure) {
      hooks.add("afterAttempt " + attempt.attempt() + " "
          + (response == null ? "no response" : "HTTP " + response.statusCode()) + " "
          + (failure == null ? "ok" : failure.getClass().getSimpleName()));
    }

    @Override
    public void afterExecution(CallContext call, SageMakerResponse response) {
      hooks.add("afterExecution after " + call.attempts() + " "
          + response.getClass().getSimpleName());
    }

    @Override
    public void onExecutionFailure(CallContext call, Throwable failure) {
      hooks.add("onExecutionFailure after " + call.attempts() + " "
          + failure.getClass().getSimpleName());
    }
  };

  private static Harness harness;

  @BeforeAll
  static void clients() {
    harness = new Harness(wm, o -> o.addInterceptor(TEAM_HEADER).addInterceptor(RECORDER));
  }

  @AfterAll
  static void close() {
    harness.close();
  }

  @BeforeEach
  void reset() {
    harness.reset(wm);
    hooks.clear();
  }

  private DescribeEndpointResponse describe(Mode mode) {
    return harness.call(mode, c -> c.describeEndpoint(r -> r.endpointName("churn-endpoint")),
        c -> c.describeEndpoint(r -> r.endpointName("churn-endpoint")));
  }

  /** Answers each request with the next response, the last one for ever. */
  private static void answer(ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      String state = i == 0 ? Scenario.STARTED : "step-" + i;
      var stub = post("/").inScenario("hooks").whenScenarioStateIs(state)
          .willReturn(responses[i]);
      if (i < responses.length - 1) {
        stub = stub.willSetStateTo("step-" + (i + 1));
      }
      wm.stubFor(stub);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void headerAddedByAnInterceptor_isSentAndSigned(Mode mode) throws Exception {
    answer(aResponse().withStatus(200).withBody(OK));

    describe(mode);

    LoggedRequest sent = Wire.only(wm);
    assertEquals("ml-platform", sent.getHeader("X-Team"));
    String signed = SigV4Test.verifiedSignedHeaders(sent);
    assertTrue(List.of(signed.split(";")).contains("x-team"), signed);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retriedCall_runsAfterAttemptOncePerAttempt_andAfterExecutionOnce(Mode mode) {
    answer(aResponse().withStatus(503).withBody(BUSY),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withStatus(200).withBody(OK));

    DescribeEndpointResponse r = describe(mode);

    assertEquals(3, r.responseMetadata().orElseThrow().attempts());
    assertEquals(List.of(
        "modifyRequest DescribeEndpoint",
        "beforeTransmission 1 ml-platform",
        "afterAttempt 1 HTTP 503 SageMakerException",
        "beforeTransmission 2 ml-platform",
        "afterAttempt 2 no response " + SdkClientException.class.getSimpleName(),
        "beforeTransmission 3 ml-platform",
        "afterAttempt 3 HTTP 200 ok",
        "afterExecution after 3 DescribeEndpointResponse"), hooks);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void callFailingForGood_runsAfterAttemptPerAttempt_andOnExecutionFailureOnce(Mode mode) {
    answer(aResponse().withStatus(503).withBody(BUSY));

    SageMakerException e = assertThrows(SageMakerException.class, () -> describe(mode));

    assertEquals(3, e.attempts());
    assertEquals(List.of(
        "modifyRequest DescribeEndpoint",
        "beforeTransmission 1 ml-platform",
        "afterAttempt 1 HTTP 503 SageMakerException",
        "beforeTransmission 2 ml-platform",
        "afterAttempt 2 HTTP 503 SageMakerException",
        "beforeTransmission 3 ml-platform",
        "afterAttempt 3 HTTP 503 SageMakerException",
        "onExecutionFailure after 3 SageMakerException"), hooks);
  }
}
