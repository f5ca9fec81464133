package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.client.internal.Operation;
import dev.sagemaker4j.client.internal.Operations;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.fixtures.JsonTrees;
import dev.sagemaker4j.model.fixtures.ValidValues;
import dev.sagemaker4j.model.internal.JsonCodec;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.testing.support.Journal;
import dev.sagemaker4j.testing.support.Journal.Exchange;
import dev.sagemaker4j.testing.support.LossyProxy;
import dev.sagemaker4j.testing.support.LossyProxy.Step;
import dev.sagemaker4j.testing.support.Prerequisites;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.StandardRetryStrategy;

/**
 * Unknown create outcomes over every Create/Describe pair of the catalogue (every create whose
 * descriptor names a describe), against the stand-in behind a proxy that loses answers. The
 * requests are random valid ones made from each create's input schema; where the stand-in needs
 * other resources first, {@link Prerequisites} makes them. A resolvable create with neither a
 * request the stand-in accepts nor a setup fails here, so a new pair cannot pass unnoticed.
 */
class UnknownOutcomeCatalogueTest {
  /** Random requests per create and way of losing the answer. */
  private static final int SEEDS = 3;

  private static LocalSageMaker local;
  private static SageMakerClient direct;
  private static LossyProxy proxy;
  /** Clients through the proxy that resolve unknown create outcomes. */
  private static SageMakerClient resolving;
  private static SageMakerAsyncClient resolvingAsync;

  @BeforeAll
  static void start() throws Exception {
    local = LocalSageMaker.start();
    direct = local.client();
    proxy = new LossyProxy(local.endpoint());
    // Every call of this test loses one answer on purpose, and half of them end in the error
    // (the resource is someone else's), keeping the retry quota they took: without the quota,
    // or the standard strategy's bucket, drained by hundreds of such calls, would stop retrying.
    resolving = SageMakerClient.builder().region(local.region())
        .endpointOverride(proxy.endpoint()).credentialsProvider(local.credentialsProvider())
        .overrideConfiguration(o -> o.resolveUnknownCreateOutcomes(true).sleeper(d -> { })
            .retryStrategy(withoutQuota()).apiCallAttemptTimeout(Duration.ofSeconds(2)))
        .build();
    resolvingAsync = SageMakerAsyncClient.builder().region(local.region())
        .endpointOverride(proxy.endpoint()).credentialsProvider(local.credentialsProvider())
        .overrideConfiguration(o -> o.resolveUnknownCreateOutcomes(true)
            .retryStrategy(withoutQuota()).apiCallAttemptTimeout(Duration.ofSeconds(2)))
        .build();
  }

  @AfterAll
  static void stop() throws Exception {
    resolving.close();
    resolvingAsync.close();
    direct.close();
    proxy.close();
    local.close();
  }

  @BeforeEach
  void reset() {
    local.reset();
    proxy.clearPlan();
  }

  /** The creates whose lost answers can be resolved: their descriptor names a describe. */
  static List<String> resolvableCreates() {
    return Operations.names().stream()
        .filter(n -> Operations.byName(n).describeOperation() != null).toList();
  }

  static Stream<Arguments> lostAnswers() {
    return resolvableCreates().stream().flatMap(op -> Stream.of(
        Arguments.of(op, Step.LOSE_ANSWER, false),
        Arguments.of(op, Step.ANSWER_500_AFTER_FORWARDING, false),
        Arguments.of(op, Step.LOSE_ANSWER, true)));
  }

  @Test
  void theCatalogue_hasTheResolvableCreatesItIsKnownFor_andEverySetupIsForOne() {
    assertTrue(resolvableCreates().containsAll(List.of("CreateCluster", "CreateEndpoint",
        "CreateEndpointConfig", "CreateModel", "CreateProcessingJob")),
        resolvableCreates()::toString);
    Set<String> stale = new java.util.TreeSet<>(Prerequisites.creates());
    stale.removeAll(Operations.names());
    assertEquals(Set.of(), stale, "setups for creates that are not in the catalogue");
    for (String op : resolvableCreates()) {
      assertNotNull(Operations.byName(Operations.byName(op).describeOperation()),
          () -> op + " names a describe that is not in the catalogue");
    }
  }

  @ParameterizedTest(name = "{0} {1} async={2}")
  @MethodSource("lostAnswers")
  void createdByThisCall_whenTheAnswerIsLost_returnsTheCreatedResource(String operation,
      Step step, boolean async) throws Exception {
    Operation<?, ?> op = Operations.byName(operation);
    for (int i = 0; i < SEEDS; i++) {
      long seed = operation.hashCode() * 31L + i;
      reset();
      Object request = prepare(operation, seed);
      proxy.plan(step);

      Object response;
      try {
        response = create(op, request, async, "seed " + seed);
      } catch (SageMakerException e) {
        throw new AssertionError(operation + ", seed " + seed + ": this call made the resource,"
            + " yet the error stood: " + e.getMessage() + "\nthe stand-in saw: "
            + Journal.read(local.endpoint()), e);
      }

      List<Exchange> creates = Journal.of(local.endpoint(), operation);
      List<Exchange> created = creates.stream().filter(e -> e.status() == 200).toList();
      assertEquals(1, created.size(), () -> "seed " + seed + ": the stand-in saw " + creates);
      if (output(op).members().isEmpty()) { // the service answers these with an empty body
        assertEquals("", created.get(0).body(), "seed " + seed);
        assertEquals("{}", new String(JsonCodec.toBytes(output(op), response),
            java.nio.charset.StandardCharsets.UTF_8), "seed " + seed);
      } else {
        JsonTrees.assertSameTree(created.get(0).json(), JsonTrees.parse(JsonCodec.toBytes(
            output(op), response)));
        assertEquals(arn(created.get(0)), arn(op, response), "seed " + seed);
      }
      assertEquals(2, creates.size(), () -> "seed " + seed + ": " + creates);
      assertTrue(Journal.of(local.endpoint(), op.describeOperation()).stream()
          .anyMatch(e -> e.status() == 200), "seed " + seed + ": it described what it made");
      assertEquals(2, ((SageMakerResponse) response).responseMetadata().orElseThrow().attempts());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resolvableCreates")
  void createdBySomeoneElse_withOtherValues_theAlreadyExistsErrorStands(String operation)
      throws Exception {
    Operation<?, ?> op = Operations.byName(operation);
    StructSchema<Object> schema = input(op);
    for (int i = 0; i < SEEDS; i++) {
      long seed = operation.hashCode() * 31L + i;
      reset();
      Object theirs = prepare(operation, seed);
      create(op, theirs, direct);
      Object ours = null;
      for (long other = seed + 1_000_003L; ours == null; other += 1_000_003L) {
        Object candidate = prepare(operation, other);
        for (Member m : input(Operations.byName(op.describeOperation())).members()) {
          Member same = schema.member(m.wireName());
          if (same != null) { // the members that name the resource: ours names theirs
            candidate = schema.with(candidate, same.index(), schema.get(theirs, same.index()));
          }
        }
        // Random values can coincide: ours must differ from theirs in what the describe shows.
        if (differs(schema, theirs, candidate, output(Operations.byName(op.describeOperation())))) {
          ours = candidate;
        }
        assertTrue(other < seed + 20 * 1_000_003L, () -> operation + ": twenty random requests"
            + " were all like theirs in what the describe shows");
      }
      proxy.plan(Step.ANSWER_500_AFTER_FORWARDING);
      Object sent = ours;

      SageMakerException e = assertThrowsService(() -> create(op, sent, false, "seed " + seed));

      assertTrue(op.alreadyExistsForms().stream().anyMatch(f -> f.errorCode()
          .equals(e.errorCode()) && e.errorMessage().startsWith(f.messagePrefix())),
          () -> "seed " + seed + ": " + e.errorCode() + ": " + e.errorMessage());
      assertEquals(1, Journal.of(local.endpoint(), operation).stream()
          .filter(x -> x.status() == 200).count(), "seed " + seed + ": theirs only");
      assertTrue(Journal.of(local.endpoint(), op.describeOperation()).stream()
          .anyMatch(x -> x.status() == 200), "seed " + seed + ": it looked before refusing");
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** A random valid request for the create, with what the stand-in needs made first. */
  private static Object prepare(String operation, long seed) {
    Object request = new ValidValues(seed).struct(input(Operations.byName(operation)));
    return Prerequisites.prepare(operation, request, seed, direct);
  }

  private static StandardRetryStrategy withoutQuota() {
    return AwsRetryStrategy.standardRetryStrategy().toBuilder().circuitBreakerEnabled(false)
        .build();
  }

  /** Calls the create through the proxy with a client that resolves unknown outcomes. */
  private static Object create(Operation<?, ?> op, Object request, boolean async, String label)
      throws Exception {
    String method = Character.toLowerCase(op.name().charAt(0)) + op.name().substring(1);
    try {
      if (!async) {
        return create(op, request, resolving);
      }
      CompletableFuture<?> f = (CompletableFuture<?>) SageMakerAsyncClient.class
          .getMethod(method, op.inputType()).invoke(resolvingAsync, request);
      try {
        return f.get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Exception c ? c : e;
      }
    } catch (SageMakerException e) {
      if (isAlreadyExists(op, e)) {
        throw e;
      }
      throw new AssertionError(op.name() + ", " + label + ": the stand-in refused the request: "
          + e.getMessage() + "\nit saw: " + Journal.read(local.endpoint())
          + (Prerequisites.creates().contains(op.name()) ? "" : "\nIf it needs other resources"
              + " before this create, add a setup for " + op.name() + " to Prerequisites."), e);
    }
  }

  private static Object create(Operation<?, ?> op, Object request, SageMakerClient client)
      throws Exception {
    String method = Character.toLowerCase(op.name().charAt(0)) + op.name().substring(1);
    try {
      return SageMakerClient.class.getMethod(method, op.inputType()).invoke(client, request);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception c ? c : e;
    }
  }

  private static boolean isAlreadyExists(Operation<?, ?> op, SageMakerException e) {
    return op.alreadyExistsForms().stream().anyMatch(f -> f.errorCode().equals(e.errorCode())
        && e.errorMessage() != null && e.errorMessage().startsWith(f.messagePrefix()));
  }

  private interface Call {
    void run() throws Exception;
  }

  private static SageMakerException assertThrowsService(Call call) throws Exception {
    try {
      call.run();
    } catch (SageMakerException e) {
      return e;
    }
    return fail("the create returned, though the resource is someone else's");
  }

  /**
   * Whether {@code b} says something else than {@code a} in a member {@code shown} has under the
   * same wire name, down the tree, as the client compares a request with a description.
   */
  @SuppressWarnings("unchecked")
  private static boolean differs(StructSchema<Object> schema, Object a, Object b,
      StructSchema<Object> shown) {
    for (Member m : schema.members()) {
      Member s = shown.member(m.wireName());
      Object x = schema.get(a, m.index());
      Object y = schema.get(b, m.index());
      if (s == null || m.idempotencyToken() || java.util.Objects.equals(x, y)) {
        continue;
      }
      if (x == null || y == null || !StructSchema.isStructure(x)) {
        if (!(x instanceof List<?> l) || !(y instanceof List<?> k) || l.size() != k.size()
            || !StructSchema.isStructure(l.isEmpty() ? null : l.get(0))) {
          return true;
        }
        for (int i = 0; i < l.size(); i++) {
          if (s.shape() instanceof dev.sagemaker4j.model.internal.ListShape ls
              && ls.member() instanceof StructSchema<?> e && differs(StructSchema.ofValue(
                  l.get(i)), l.get(i), k.get(i), (StructSchema<Object>) e)) {
            return true;
          }
        }
      } else if (s.shape() instanceof StructSchema<?> nested
          && differs(StructSchema.ofValue(x), x, y, (StructSchema<Object>) nested)) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static StructSchema<Object> input(Operation<?, ?> op) {
    return (StructSchema<Object>) (StructSchema<?>) op.input();
  }

  @SuppressWarnings("unchecked")
  private static StructSchema<Object> output(Operation<?, ?> op) {
    return (StructSchema<Object>) (StructSchema<?>) op.output();
  }

  /** The ARN member of a create response, the one member whose name ends in {@code Arn}. */
  private static String arn(Operation<?, ?> op, Object response) {
    StructSchema<Object> out = output(op);
    List<Member> arns = out.members().stream().filter(m -> m.wireName().endsWith("Arn")).toList();
    assertEquals(1, arns.size(), () -> op.name() + " answers " + out.members());
    return (String) out.get(response, arns.get(0).index());
  }

  private static String arn(Exchange created) {
    List<String> arns = new ArrayList<>();
    created.json().fields().forEachRemaining(e -> {
      if (e.getKey().endsWith("Arn")) {
        arns.add(e.getValue().asText());
      }
    });
    assertEquals(1, arns.size(), created::toString);
    return arns.get(0);
  }
}
