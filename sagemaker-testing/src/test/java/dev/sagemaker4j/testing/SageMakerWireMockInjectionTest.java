package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.model.CreateEndpointRequest;
import dev.sagemaker4j.model.CreateEndpointResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With {@code @ExtendWith}, the kit and its clients arrive as test method parameters. */
@ExtendWith(SageMakerWireMock.class)
class SageMakerWireMockInjectionTest {
  @Test
  void clientsAndTheKit_areInjected(SageMakerClient client, SageMakerAsyncClient async,
      SageMakerWireMock kit) throws Exception {
    kit.stubs().createEndpoint().willReturn(
        CreateEndpointResponse.builder().endpointArn("arn:aws:sagemaker:x").build());
    CreateEndpointRequest request = CreateEndpointRequest.builder().endpointName("e")
        .endpointConfigName("c").build();

    assertEquals("arn:aws:sagemaker:x", client.createEndpoint(request).endpointArn());
    assertEquals("arn:aws:sagemaker:x",
        async.createEndpoint(request).get(10, TimeUnit.SECONDS).endpointArn());
    assertEquals(2, kit.sent().createEndpoint().size());
  }
}
