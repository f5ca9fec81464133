package dev.sagemaker4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagemaker4j.model.fixtures.ValidValues;
import dev.sagemaker4j.model.internal.StructSchema;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A request of each seed operation with every member set, down to the leaves, to values the
 * model allows, passes the checker: the checker rejects nothing the model accepts.
 */
class SeedRequestsFullyPopulatedTest {
  @ParameterizedTest
  @ValueSource(classes = {CreatePipelineRequest.class, CreateProcessingJobRequest.class,
      CreateEndpointRequest.class, CreateModelRequest.class, CreateClusterRequest.class})
  void fullyPopulatedValidRequest_passes(Class<?> type) {
    StructSchema<?> schema = StructSchema.forType(type);
    for (int seed = 0; seed < 20; seed++) {
      Object request = new ValidValues(seed).struct(schema);

      assertEquals(List.of(), ConstraintChecker.violations(request), request.toString());
    }
  }
}
