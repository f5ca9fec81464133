package dev.sagemaker4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.model.fixtures.FixtureRequests;
import dev.sagemaker4j.model.fixtures.Mutator;
import dev.sagemaker4j.model.fixtures.ValidValues;
import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.model.fixtures.ModelTypes;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checker tried against the model itself. Random requests of the seed operations that keep
 * every rule are all accepted (no false rejection), and the same requests with one rule broken
 * are caught with exactly that rule at exactly that path. Hostile strings never make it slow or
 * crash it.
 */
class ConstraintPropertyTest {
  /** The five seed operations' requests, checked hardest. */
  private static final List<Class<?>> SEEDS = List.of(CreatePipelineRequest.class,
      CreateProcessingJobRequest.class, CreateEndpointRequest.class, CreateModelRequest.class,
      CreateClusterRequest.class);
  private static final int CASES_PER_SEED = 2_000;
  private static final int CASES_PER_REQUEST = 25;

  /** Every request type, the seeds many times, every other one a few. */
  private static List<Map.Entry<StructSchema<?>, Integer>> plan() {
    List<Map.Entry<StructSchema<?>, Integer>> out = new java.util.ArrayList<>();
    for (StructSchema<?> schema : ModelTypes.all()) {
      if (SageMakerRequest.class.isAssignableFrom(schema.type())) {
        out.add(Map.entry(schema, SEEDS.contains(schema.type()) ? CASES_PER_SEED
            : CASES_PER_REQUEST));
      }
    }
    return out;
  }

  private static int expectedCases() {
    return plan().stream().mapToInt(Map.Entry::getValue).sum();
  }

  @Test
  void validRandomRequests_areAllAccepted() {
    int checked = 0;
    for (Map.Entry<StructSchema<?>, Integer> e : plan()) {
      StructSchema<?> schema = e.getKey();
      Class<?> type = schema.type();
      for (int seed = 0; seed < e.getValue(); seed++) {
        Object request = new ValidValues(seed * 31L + type.getName().hashCode()).struct(schema);
        List<ConstraintViolation> found = ConstraintChecker.violations(request);
        if (!found.isEmpty()) {
          throw new AssertionError("seed " + seed + " of " + type.getSimpleName()
              + " falsely rejected: " + found + "\n" + request);
        }
        checked++;
      }
    }
    assertEquals(expectedCases(), checked);
    assertTrue(checked >= SEEDS.size() * CASES_PER_SEED, "the seeds are all checked");
  }

  @Test
  void oneBrokenRule_isCaughtWithItsPath() {
    Map<ConstraintViolation.Rule, Integer> byRule = new EnumMap<>(ConstraintViolation.Rule.class);
    int checked = 0;
    for (Map.Entry<StructSchema<?>, Integer> e : plan()) {
      StructSchema<?> schema = e.getKey();
      Class<?> type = schema.type();
      for (int seed = 0; seed < e.getValue(); seed++) {
        Random random = new Random(seed * 17L + type.getName().hashCode());
        Object valid = new ValidValues(random.nextLong()).struct(schema);
        Mutator.Broken broken = new Mutator(random).breakOne(schema, valid);
        if (broken == null) {
          continue; // nothing in it can be broken (no rules)
        }
        List<ConstraintViolation> found = ConstraintChecker.violations(broken.value());
        if (found.size() != 1 || !found.get(0).path().equals(broken.path())
            || found.get(0).rule() != broken.rule()) {
          throw new AssertionError("seed " + seed + " of " + type.getSimpleName() + ": broke "
              + broken.rule() + " at " + broken.path() + ", the checker found " + found);
        }
        byRule.merge(broken.rule(), 1, Integer::sum);
        checked++;
      }
    }
    assertTrue(checked >= SEEDS.size() * CASES_PER_SEED, "checked " + checked);
    System.out.println("broken rules caught, by kind: " + byRule);
    assertTrue(byRule.keySet().containsAll(List.of(ConstraintViolation.Rule.REQUIRED,
        ConstraintViolation.Rule.MIN_SIZE,
        ConstraintViolation.Rule.MIN_LENGTH, ConstraintViolation.Rule.MAX_LENGTH,
        ConstraintViolation.Rule.PATTERN, ConstraintViolation.Rule.MIN_VALUE,
        ConstraintViolation.Rule.MAX_VALUE, ConstraintViolation.Rule.MAX_SIZE,
        ConstraintViolation.Rule.UNION)), byRule.toString());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
  void hostileStrings_neverMakeTheCheckerSlowOrCrash(int kind) {
    String hostile = switch (kind) {
      case 0 -> "a".repeat(10_000_000);                           // huge
      case 1 -> "a" + "-".repeat(200_000) + "!";                    // backtracking bait
      case 2 -> "\u0000\u0001\u001f\u007f".repeat(1000);            // control characters
      case 3 -> "\uD800".repeat(1000) + "\uDC00x\uDFFF";            // lone surrogates
      case 4 -> "https://" + "/".repeat(500_000) + "x";             // pattern with groups
      case 5 -> "a1".repeat(31) + "-".repeat(1) + "!";              // near the name pattern
      case 6 -> "(".repeat(100_000) + "*+?{[\\";                    // regex syntax
      default -> "\n".repeat(1_000_000);                            // line-based patterns
    };
    CreateProcessingJobRequest base = FixtureRequests.createProcessingJob();
    List<Object> requests = List.of(
        FixtureRequests.createEndpoint().toBuilder().endpointName(hostile).build(),
        base.toBuilder().roleArn(hostile).build(),
        base.toBuilder().environment(Map.of("K", hostile)).build(),
        base.toBuilder().processingInputs(base.processingInputs().get(0).toBuilder()
            .s3Input(s -> s.s3Uri(hostile).s3DataType("S3Prefix")).build()).build(),
        FixtureRequests.createPipeline().toBuilder().pipelineDefinition(hostile)
            .pipelineDescription(hostile).build());

    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (Object r : requests) {
        List<ConstraintViolation> found = ConstraintChecker.violations(r);
        for (ConstraintViolation v : found) {
          assertTrue(v.message().length() < 1000, "messages stay short: " + v.message().length());
        }
      }
    });
  }
}
