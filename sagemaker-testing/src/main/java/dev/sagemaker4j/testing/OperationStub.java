package dev.sagemaker4j.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.sagemaker4j.client.internal.Operation;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.internal.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Stubs one operation on the WireMock server: what it answers, written with the SDK's own codec
 * so a test never writes SageMaker JSON by hand. Each {@code will...} call adds a stub; the
 * newest matching stub answers. A stub answers every matching request until the test ends (the
 * extension resets between tests).
 *
 * <pre>{@code
 * sageMaker.stubs().createEndpoint()
 *     .willReturn(CreateEndpointResponse.builder().endpointArn(arn).build());
 * sageMaker.stubs().createEndpoint()
 *     .willFail(SageMakerError.RESOURCE_LIMIT_EXCEEDED, "The account-level service limit ...");
 * sageMaker.stubs().describeEndpoint().throttleThenReturn(2, inService);
 * sageMaker.stubs().describeEndpoint().matching(r -> r.endpointName("b")).withDelay(ofSeconds(1))
 *     .willReturn(other);
 * }</pre>
 *
 * @param <I> the operation's request type
 * @param <O> the operation's response type
 */
public final class OperationStub<I extends SageMakerRequest, O extends SageMakerResponse> {
  private static final AtomicInteger SCENARIOS = new AtomicInteger();

  private final WireMockServer server;
  private final Operation<I, O> operation;
  private @Nullable I partial;
  private @Nullable Duration delay;
  private @Nullable String requestId;

  /** For the generated {@code SageMakerStubs}. */
  OperationStub(WireMockServer server, Operation<I, O> operation) {
    this.server = server;
    this.operation = operation;
  }

  /**
   * Answers only requests that carry every member {@code request} sets (others may carry more).
   * Build it as sparse as the test needs, e.g. just the name.
   */
  public OperationStub<I, O> matching(I request) {
    this.partial = request;
    return this;
  }

  /** Answers after {@code delay}. */
  public OperationStub<I, O> withDelay(Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or positive, was " + delay);
    }
    this.delay = delay;
    return this;
  }

  /** Sends this {@code x-amzn-RequestId} (default: a random UUID per stub). */
  public OperationStub<I, O> withRequestId(String requestId) {
    this.requestId = requestId;
    return this;
  }

  /** Answers with {@code response}, HTTP 200. */
  public void willReturn(O response) {
    server.stubFor(mapping().willReturn(success(response)));
  }

  /** Answers with a modeled or common error and {@code message}. */
  public void willFail(SageMakerError error, String message) {
    willFail(error.status(), error.code(), message);
  }

  /** Answers HTTP 400 with any error code and message. */
  public void willFail(String code, String message) {
    willFail(400, code, message);
  }

  /** Answers {@code status} with any error code and message. */
  public void willFail(int status, String code, String message) {
    server.stubFor(mapping().willReturn(failure(status, code, message)));
  }

  /**
   * Answers the first {@code times} requests with {@code ThrottlingException} "Rate exceeded",
   * then {@code response}: the client's retries see the throttling and then succeed.
   */
  public void throttleThenReturn(int times, O response) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be >= 1, was " + times);
    }
    String scenario = operation.name() + "-throttle-" + SCENARIOS.incrementAndGet();
    for (int i = 0; i < times; i++) {
      server.stubFor(mapping().inScenario(scenario)
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "throttled-" + i)
          .willSetStateTo("throttled-" + (i + 1))
          .willReturn(failure(400, "ThrottlingException", "Rate exceeded")));
    }
    server.stubFor(mapping().inScenario(scenario).whenScenarioStateIs("throttled-" + times)
        .willReturn(success(response)));
  }

  private MappingBuilder mapping() {
    MappingBuilder m = post(urlEqualTo("/"))
        .withHeader("X-Amz-Target", equalTo(operation.target()));
    if (partial != null) {
      String json = new String(JsonCodec.toBytes(operation.input(), partial),
          StandardCharsets.UTF_8);
      m = m.withRequestBody(equalToJson(json, true, true));
    }
    return m;
  }

  private ResponseDefinitionBuilder success(O response) {
    byte[] body = JsonCodec.toBytes(operation.output(), response);
    return decorate(aResponse().withStatus(200).withBody(body));
  }

  private ResponseDefinitionBuilder failure(int status, String code, String message) {
    byte[] body = Wire.errorBody(code, message);
    return decorate(aResponse().withStatus(status).withBody(body));
  }

  private ResponseDefinitionBuilder decorate(ResponseDefinitionBuilder r) {
    r = r.withHeader("Content-Type", "application/x-amz-json-1.1")
        .withHeader("x-amzn-RequestId", requestId != null ? requestId
            : UUID.randomUUID().toString());
    if (delay != null) {
      r = r.withFixedDelay((int) delay.toMillis());
    }
    return r;
  }
}
