package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.exception.ResourceLimitExceededException;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.model.CreateEndpointRequest;
import dev.sagemaker4j.model.CreateEndpointResponse;
import dev.sagemaker4j.model.DescribeEndpointRequest;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.EndpointStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test kit as users use it: typed stubs, typed verification, injected clients. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SageMakerWireMockTest {
  @RegisterExtension
  static SageMakerWireMock sageMaker = SageMakerWireMock.create();

  private static final String ARN =
      "arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn-endpoint";

  private static CreateEndpointRequest request(String name) {
    return CreateEndpointRequest.builder().endpointName(name).endpointConfigName("churn-config")
        .tags(t -> t.key("team").value("ml")).build();
  }

  @Test
  @Order(1)
  void willReturn_answersWithTheTypedResponse_andSentGivesTheTypedRequest() {
    sageMaker.stubs().createEndpoint()
        .willReturn(CreateEndpointResponse.builder().endpointArn(ARN).build());

    CreateEndpointResponse response = sageMaker.client().createEndpoint(request("churn-endpoint"));

    assertEquals(ARN, response.endpointArn());
    assertEquals(List.of(request("churn-endpoint")), sageMaker.sent().createEndpoint());
    assertEquals(List.of(), sageMaker.sent().describeEndpoint());
  }

  @Test
  @Order(2)
  void stubsAndRequests_areClearedBetweenTests() {
    assertEquals(0, sageMaker.sent().count());
    SageMakerException e = assertThrows(SageMakerException.class,
        () -> sageMaker.client().createEndpoint(request("churn-endpoint")));
    assertEquals(404, e.statusCode(), "no stub: WireMock's 404");
  }

  @Test
  void willFail_withAModeledError_throwsItsException() {
    sageMaker.stubs().createEndpoint().withRequestId("req-1").willFail(
        SageMakerError.RESOURCE_LIMIT_EXCEEDED, "The account-level service limit 'ml.m5.xlarge"
            + " for endpoint usage' is 2 Instances, with current utilization of 2 Instances and a"
            + " request delta of 1 Instances.");

    ResourceLimitExceededException e = assertThrows(ResourceLimitExceededException.class,
        () -> sageMaker.client().createEndpoint(request("churn-endpoint")));

    assertEquals("req-1", e.requestId());
    assertTrue(e.errorMessage().startsWith("The account-level service limit"));
  }

  @Test
  void willFail_withAnyCode_keepsIt() {
    sageMaker.stubs().describeEndpoint().willFail("ValidationException",
        "Could not find endpoint \"" + ARN + "\".");

    SageMakerException e = assertThrows(SageMakerException.class,
        () -> sageMaker.client().describeEndpoint(r -> r.endpointName("churn-endpoint")));

    assertEquals("ValidationException", e.errorCode());
    assertEquals(1, sageMaker.sent().describeEndpoint().size());
  }

  @Test
  void throttleThenReturn_isRetriedWithoutWaiting() {
    DescribeEndpointResponse inService = DescribeEndpointResponse.builder()
        .endpointName("churn-endpoint").endpointArn(ARN).endpointStatus(EndpointStatus.IN_SERVICE)
        .creationTime(Instant.parse("2024-06-01T12:00:00Z"))
        .lastModifiedTime(Instant.parse("2024-06-01T12:05:00Z")).build();
    sageMaker.stubs().describeEndpoint().throttleThenReturn(2, inService);

    long start = System.nanoTime();
    DescribeEndpointResponse r = sageMaker.client()
        .describeEndpoint(x -> x.endpointName("churn-endpoint"));

    assertEquals(inService, r);
    assertEquals(3, r.responseMetadata().orElseThrow().attempts());
    assertEquals(3, sageMaker.sent().describeEndpoint().size());
    assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000);
  }

  @Test
  void matching_answersEachRequestWithItsOwnStub() {
    sageMaker.stubs().describeEndpoint()
        .matching(DescribeEndpointRequest.builder().endpointName("a").build())
        .willReturn(DescribeEndpointResponse.builder().endpointName("a")
            .endpointStatus(EndpointStatus.CREATING).build());
    sageMaker.stubs().describeEndpoint()
        .matching(DescribeEndpointRequest.builder().endpointName("b").build())
        .willReturn(DescribeEndpointResponse.builder().endpointName("b")
            .endpointStatus(EndpointStatus.FAILED).build());

    assertEquals(EndpointStatus.CREATING,
        sageMaker.client().describeEndpoint(r -> r.endpointName("a")).endpointStatus());
    assertEquals(EndpointStatus.FAILED,
        sageMaker.client().describeEndpoint(r -> r.endpointName("b")).endpointStatus());
  }

  @Test
  void withDelay_delaysTheAnswer_andTheAsyncClientWorksToo() throws Exception {
    sageMaker.stubs().createEndpoint().withDelay(Duration.ofMillis(300))
        .willReturn(CreateEndpointResponse.builder().endpointArn(ARN).build());

    long start = System.nanoTime();
    CreateEndpointResponse r = sageMaker.asyncClient().createEndpoint(request("churn-endpoint"))
        .get(10, TimeUnit.SECONDS);

    assertEquals(ARN, r.endpointArn());
    assertTrue((System.nanoTime() - start) / 1_000_000 >= 300);
  }
}
