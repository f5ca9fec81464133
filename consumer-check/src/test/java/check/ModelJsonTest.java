package check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.model.CapacitySizeType;
import dev.sagemaker4j.model.ConstraintChecker;
import dev.sagemaker4j.model.ConstraintViolation;
import dev.sagemaker4j.model.CreateEndpointRequest;
import dev.sagemaker4j.model.TrafficRoutingConfigType;
import dev.sagemaker4j.model.json.SageMakerJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model, its JSON mapper and its checker, as the README's "model in five minutes" uses them. */
class ModelJsonTest {
  private static final CreateEndpointRequest REQUEST = CreateEndpointRequest.builder()
      .endpointName("churn-endpoint")
      .endpointConfigName("churn-endpoint-config-v2")
      .deploymentConfig(d -> d.blueGreenUpdatePolicy(b -> b
          .trafficRoutingConfiguration(t -> t
              .type(TrafficRoutingConfigType.CANARY)
              .waitIntervalInSeconds(600)
              .canarySize(c -> c.type(CapacitySizeType.CAPACITY_PERCENT).value(10)))))
      .tags(t -> t.key("project").value("customer-churn"))
      .build();

  @Test
  void sageMakerJsonMapper_writesTheWireForm_andReadsItBack() throws Exception {
    ObjectMapper json = SageMakerJson.mapper();
    String text = json.writeValueAsString(REQUEST);

    assertTrue(text.startsWith("{\"EndpointName\":\"churn-endpoint\""), text);
    assertTrue(text.contains("\"Type\":\"CAPACITY_PERCENT\""), text);
    assertEquals(REQUEST, json.readValue(text, CreateEndpointRequest.class));
    // Any ObjectMapper reads and writes the same form: the types carry their (de)serializers.
    assertEquals(REQUEST, new ObjectMapper().readValue(
        new ObjectMapper().writeValueAsString(REQUEST), CreateEndpointRequest.class));
  }

  @Test
  void constraintChecker_reportsEveryViolationWithItsMember() {
    CreateEndpointRequest bad = REQUEST.toBuilder().endpointName("bad name").build();

    List<ConstraintViolation> problems = ConstraintChecker.violations(bad);

    assertEquals(1, problems.size(), problems.toString());
    assertEquals("EndpointName", problems.get(0).path());
  }
}
