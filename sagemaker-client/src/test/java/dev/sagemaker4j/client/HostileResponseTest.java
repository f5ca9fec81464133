package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.client.exception.UnreadableResponseException;
import dev.sagemaker4j.client.support.ClientTestBase;
import dev.sagemaker4j.client.support.Harness;
import dev.sagemaker4j.client.support.Harness.Mode;
import dev.sagemaker4j.client.support.Wire;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Answers built to hurt: huge bodies, nesting deeper than any stack, wrong types, nulls and
 * numbers out of range. Each ends in a typed exception or a tolerant parse, as the AWS SDK
 * does, never in an unbounded allocation, a stack overflow or a raw parser exception.
 */
class HostileResponseTest extends ClientTestBase {
  private DescribeEndpointResponse describe(Mode mode) {
    return harness.call(mode, c -> c.describeEndpoint(r -> r.endpointName("churn-endpoint")),
        c -> c.describeEndpoint(r -> r.endpointName("churn-endpoint")));
  }

  private static void answer(String body) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withBody(body)));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void bodyLargerThanTheLimit_isRefusedWithoutReadingIt(Mode mode) {
    byte[] huge = new byte[40 << 20]; // 40 MiB of spaces inside a JSON string
    java.util.Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    huge[huge.length - 1] = '}';
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withBody(huge)));

    UnreadableResponseException e = assertThrows(UnreadableResponseException.class,
        () -> describe(mode));

    assertTrue(e.getMessage().contains("is larger than maxResponseBytes (33554432)"),
        e.getMessage());
    assertEquals(1, Wire.requests(wm).size(), "a body too large is not retried");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void chunkedBodyOutgrowingTheLimit_isRefusedOnceItPassesIt(Mode mode) {
    StringBuilder variants = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      variants.append(i == 0 ? "" : ",").append("{\"VariantName\":\"variant-").append(i)
          .append("\"}");
    }
    String body = "{\"EndpointName\":\"churn-endpoint\",\"ProductionVariants\":[" + variants
        + "]}";
    // chunked: no Content-Length to refuse it by, so the limit must hold while reading
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withBody(body)
        .withChunkedDribbleDelay(4, 40)));

    try (Harness small = new Harness(wm, o -> o.maxResponseBytes(2048))) {
      UnreadableResponseException e = assertThrows(UnreadableResponseException.class,
          () -> small.call(mode,
              c -> c.describeEndpoint(r -> r.endpointName("churn-endpoint")),
              c -> c.describeEndpoint(r -> r.endpointName("churn-endpoint"))));

      assertTrue(e.getMessage().contains("is larger than maxResponseBytes (2048)"),
          e.getMessage());
      assertEquals(1, Wire.requests(wm).size(), "a body too large is not retried");
    }
    try (Harness large = new Harness(wm, o -> o.maxResponseBytes(body.length()))) {
      wm.resetRequests();
      DescribeEndpointResponse r = large.call(mode,
          c -> c.describeEndpoint(x -> x.endpointName("churn-endpoint")),
          c -> c.describeEndpoint(x -> x.endpointName("churn-endpoint")));
      assertEquals(200, r.productionVariants().size(), "a body of exactly the limit is read");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void nestingDeeperThanAnyStack_isATypedException(Mode mode) {
    answer("{\"Future\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}");

    UnreadableResponseException e = assertThrows(UnreadableResponseException.class,
        () -> describe(mode));

    assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void wrongTypesInKnownMembers_nameTheMember(Mode mode) {
    answer("{\"EndpointName\":\"e\",\"ProductionVariants\":[{\"VariantName\":\"v\","
        + "\"CurrentWeight\":{\"x\":1}}]}");

    UnreadableResponseException e = assertThrows(UnreadableResponseException.class,
        () -> describe(mode));

    assertTrue(e.getMessage().contains("ProductionVariants[0].CurrentWeight: expected a number"),
        e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void nullsWhereListsAndObjectsAreExpected_readAsAbsent(Mode mode) {
    answer("{\"EndpointName\":\"e\",\"ProductionVariants\":null,\"DataCaptureConfig\":null,"
        + "\"ShadowProductionVariants\":[null,null],\"CreationTime\":null}");

    DescribeEndpointResponse r = describe(mode);

    assertEquals("e", r.endpointName());
    assertTrue(r.productionVariants().isEmpty());
    assertTrue(r.shadowProductionVariants().isEmpty());
    assertTrue(r.dataCaptureConfig().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void numbersOutOfRange_areATypedException(Mode mode) {
    answer("{\"EndpointName\":\"e\",\"ProductionVariants\":[{\"VariantName\":\"v\","
        + "\"CurrentInstanceCount\":1" + "0".repeat(40) + "}]}");

    UnreadableResponseException e = assertThrows(UnreadableResponseException.class,
        () -> describe(mode));

    assertTrue(e.getMessage().contains("expected a number that fits integer"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void numberWithAThousandDigits_isRefusedCheaply(Mode mode) {
    answer("{\"CreationTime\":" + "9".repeat(5_000) + "}");

    assertInstanceOf(UnreadableResponseException.class,
        assertThrows(RuntimeException.class, () -> describe(mode)));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void hugeErrorBody_stillGivesATypedErrorWithAShortMessage(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(502).withHeader("x-amzn-RequestId",
        "rid").withBody("<html>" + "x".repeat(5_000_000) + "</html>")));

    SageMakerException e = assertThrows(SageMakerException.class, () -> describe(mode));

    assertEquals(502, e.statusCode());
    assertTrue(e.getMessage().length() < 500, "message length " + e.getMessage().length());
  }
}
