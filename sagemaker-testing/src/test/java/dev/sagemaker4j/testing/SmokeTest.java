package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagemaker4j.model.EndpointStatus;
import dev.sagemaker4j.testing.support.StandInTest;
import org.junit.jupiter.api.Test;

class SmokeTest extends StandInTest {
  @Test
  void endpoint_roundTrip() {
    String arn = createEndpoint("churn");
    assertEquals(ARN + "endpoint/churn", arn);
    assertEquals(EndpointStatus.CREATING,
        client.describeEndpoint(r -> r.endpointName("churn")).endpointStatus());
    assertEquals(EndpointStatus.CREATING,
        client.describeEndpoint(r -> r.endpointName("churn")).endpointStatus());
    assertEquals(EndpointStatus.IN_SERVICE,
        client.describeEndpoint(r -> r.endpointName("churn")).endpointStatus());
    assertEquals(EndpointStatus.IN_SERVICE,
        async.describeEndpoint(r -> r.endpointName("churn")).join().endpointStatus());
  }
}
