package dev.sagemaker4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.client.internal.Operation;
import dev.sagemaker4j.client.internal.Operations;
import dev.sagemaker4j.client.support.OfficialModel;
import dev.sagemaker4j.client.support.RecordingHttpClient;
import dev.sagemaker4j.model.CreateModelRequest;
import dev.sagemaker4j.model.Tag;
import dev.sagemaker4j.model.fixtures.JsonTrees;
import dev.sagemaker4j.model.fixtures.Mutator;
import dev.sagemaker4j.model.fixtures.ValidValues;
import dev.sagemaker4j.model.internal.ListShape;
import dev.sagemaker4j.model.internal.MapShape;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.Shape;
import dev.sagemaker4j.model.internal.StructSchema;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.regions.Region;

/**
 * This SDK against the official AWS SDK v2 SageMaker client, on random requests of every
 * operation of the catalogue: valid ones, ones with one rule broken (the checker is off, so both
 * clients send them), and ones with each list or map made explicitly empty or left unset. For
 * each, the official client is handed the same request (converted through its own metadata, see
 * {@link OfficialModel}) and both bodies must be the same JSON tree, numbers by value.
 */
class OfficialClientEquivalenceTest {
  /** The five seed operations get hundreds of cases; the rest of the catalogue a few. */
  private static final Set<String> SEEDS = Set.of("CreatePipeline", "CreateProcessingJob",
      "CreateEndpoint", "CreateModel", "CreateCluster");
  private static final int SEED_CASES = 300;
  private static final int CATALOGUE_CASES = 12;

  private static final RecordingHttpClient HTTP = new RecordingHttpClient();
  private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
      AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
  private static final URI ENDPOINT = URI.create("http://127.0.0.1:1");

  private static final SageMakerClient OURS = SageMakerClient.builder()
      .region(Region.US_EAST_1).endpointOverride(ENDPOINT).credentialsProvider(CREDENTIALS)
      .httpClient(HTTP)
      .overrideConfiguration(o -> o.constraintChecking(false)
          .retryStrategy(AwsRetryStrategy.doNotRetry()).sleeper(d -> { }))
      .build();
  private static final software.amazon.awssdk.services.sagemaker.SageMakerClient OFFICIAL =
      software.amazon.awssdk.services.sagemaker.SageMakerClient.builder()
          .region(Region.US_EAST_1).endpointOverride(ENDPOINT).credentialsProvider(CREDENTIALS)
          .httpClient(HTTP)
          .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
          .build();

  @AfterAll
  static void close() {
    OURS.close();
    OFFICIAL.close();
  }

  /** The operations both clients have: the official client's model is older than ours. */
  static List<String> operations() {
    return Operations.names().stream().filter(OfficialClientEquivalenceTest::officialHas)
        .toList();
  }

  private static boolean officialHas(String operation) {
    try {
      Class.forName(MODEL + operation + "Request");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static final String MODEL = "software.amazon.awssdk.services.sagemaker.model.";

  /**
   * What this SDK's service model has and the official client's (older) model lacks: whole
   * operations, and members as {@code Shape.Member}. Neither client can be given those members
   * both, so they are taken out of the requests before the comparison. The list is committed
   * and compared exactly, so that a wire name this SDK got wrong shows up as a difference here
   * rather than being taken out unseen; it shrinks when the official version is raised.
   */
  private static final Set<String> NEWER_THAN_OFFICIAL = readGaps();

  private static Set<String> readGaps() {
    try (var in = OfficialClientEquivalenceTest.class.getResourceAsStream(
        "/official-model-gaps.txt")) {
      Set<String> out = new TreeSet<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
      return out;
    } catch (java.io.IOException | NullPointerException e) {
      throw new AssertionError("official-model-gaps.txt is missing from the test resources", e);
    }
  }

  @Test
  void whatTheOfficialModelLacks_isExactlyTheKnownNewerPart() {
    Set<String> unknown = new TreeSet<>();
    for (String operation : Operations.names()) {
      if (!officialHas(operation)) {
        unknown.add("operation " + operation);
        continue;
      }
      unknown.addAll(OfficialModel.unknownMembers(operation, input(operation)));
    }
    Set<String> extra = new TreeSet<>(unknown);
    extra.removeAll(NEWER_THAN_OFFICIAL);
    Set<String> gone = new TreeSet<>(NEWER_THAN_OFFICIAL);
    gone.removeAll(unknown);
    assertTrue(extra.isEmpty() && gone.isEmpty(), () -> "not in official-model-gaps.txt: "
        + extra + "\nlisted there but known to the official client now: " + gone);
  }

  @Test
  void mostOfTheCatalogue_isComparedWithTheOfficialClient() {
    assertTrue(operations().size() >= Operations.names().size() * 9 / 10,
        () -> "only " + operations().size() + " of " + Operations.names().size());
  }

  @Test
  void theSeeds_areInTheCatalogue() {
    assertTrue(Operations.names().containsAll(SEEDS), () -> "missing seeds: " + SEEDS);
  }

  @Test
  void createModel_tagsSetEmpty_isSentAsEmptyListByBoth_andUnsetIsAbsentFromBoth() {
    CreateModelRequest.Builder model = CreateModelRequest.builder().modelName("churn")
        .executionRoleArn("arn:aws:iam::123456789012:role/SageMakerRole")
        .primaryContainer(c -> c.image("683313688378.dkr.ecr.us-east-1.amazonaws.com/xgb:1"));

    JsonNode[] empty = assertSameWire("CreateModel", model.tags(List.of()).build(), "empty");
    JsonNode[] unset = assertSameWire("CreateModel",
        model.tags((java.util.Collection<Tag>) null).build(), "unset");

    for (JsonNode body : empty) {
      assertEquals("[]", body.get("Tags").toString());
      assertTrue(body.get("Containers") == null, body::toString);
    }
    for (JsonNode body : unset) {
      assertTrue(body.get("Tags") == null, body::toString);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void randomRequests_validAndWithOneRuleBroken_goOutAsTheOfficialClientSendsThem(
      String operation) {
    StructSchema<Object> schema = input(operation);
    int cases = SEEDS.contains(operation) ? SEED_CASES : CATALOGUE_CASES;
    int broken = 0;
    for (int i = 0; i < cases; i++) {
      long seed = operation.hashCode() * 100_003L + i;
      ValidValues values = new ValidValues(seed);
      Object valid = values.struct(schema);
      assertSameWire(operation, valid, "valid request, seed " + seed);
      Mutator.Broken b = new Mutator(values.random()).breakOne(schema, valid);
      if (b != null) {
        broken++;
        assertSameWire(operation, b.value(), "seed " + seed + ", broken " + b.rule() + " at "
            + b.path());
      }
    }
    if (!schema.members().isEmpty()) {
      assertEquals(cases, broken, "every request with members has a rule to break");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyListAndMap_explicitlyEmptyIsSentEmpty_unsetIsNotSent_byBothClients(String operation) {
    StructSchema<Object> schema = input(operation);
    long seed = operation.hashCode();
    List<Site> sites = sites(operation, schema, seed);
    for (Site site : sites) {
      Object emptied = site.rebuild.apply(site.kind == Shape.Kind.LIST ? List.of() : Map.of());
      String label = "seed " + seed + ", " + site.describe() + " set empty";
      JsonNode[] both = assertSameWire(operation, emptied, label);
      for (JsonNode body : both) {
        JsonNode at = at(body, site.path);
        assertTrue(at != null && (site.kind == Shape.Kind.LIST ? at.isArray() : at.isObject())
            && at.isEmpty(), () -> label + ": expected an empty "
            + (site.kind == Shape.Kind.LIST ? "[]" : "{}") + ", body was " + body);
      }
      if (site.member != null) {
        Object unset = site.rebuild.apply(null);
        String unsetLabel = "seed " + seed + ", " + site.describe() + " unset";
        for (JsonNode body : assertSameWire(operation, unset, unsetLabel)) {
          assertTrue(at(body, site.path) == null,
              () -> unsetLabel + ": expected it absent, body was " + body);
        }
      }
    }
  }

  /**
   * The sweep above reaches every kind of list and map member the catalogue's requests have
   * (required or optional, with a minimum of 0 or more), among them those the brief names:
   * required with a minimum of 0, and optional with a minimum of 1.
   */
  @Test
  void theEmptyListSweep_coversEveryKindOfListAndMapMember() {
    Set<String> exist = new TreeSet<>();
    Set<String> swept = new TreeSet<>();
    for (String operation : operations()) {
      StructSchema<Object> schema = input(operation);
      kinds(schema, exist, new java.util.HashSet<>());
      for (Site site : sites(operation, schema, operation.hashCode())) {
        if (site.member != null) {
          swept.add(site.kindName());
        }
      }
    }
    assertTrue(exist.containsAll(Set.of("required list, minimum 0", "optional list, minimum 1")),
        () -> "the catalogue's kinds: " + exist);
    assertEquals(exist, swept);
  }

  // ---------------------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private static StructSchema<Object> input(String operation) {
    Operation<?, ?> op = Operations.byName(operation);
    return (StructSchema<Object>) (StructSchema<?>) op.input();
  }

  private static final Map<String, Method[]> METHODS = new ConcurrentHashMap<>();

  /** Both clients' bodies for {@code request}, after asserting they are the same tree. */
  private static JsonNode[] assertSameWire(String operation, Object request, String label) {
    Method[] m = METHODS.computeIfAbsent(operation, OfficialClientEquivalenceTest::methods);
    Set<String> removed = new TreeSet<>();
    Object same = OfficialModel.withoutUnknown(operation, input(operation), request, removed);
    assertTrue(NEWER_THAN_OFFICIAL.containsAll(removed), () -> label + ": " + removed);
    SdkRequest official = OfficialModel.request(operation, same);
    byte[] ours = send(m[0], OURS, same);
    String ourTarget = HTTP.lastTarget();
    byte[] theirs = send(m[1], OFFICIAL, official);
    assertEquals(HTTP.lastTarget(), ourTarget, label);
    JsonNode o = JsonTrees.parse(ours);
    JsonNode t = JsonTrees.parse(theirs);
    String diff = JsonTrees.difference("$", t, o);
    if (diff != null) {
      fail(operation + ", " + label + ": " + diff + "\nofficial: " + t + "\nours:     " + o);
    }
    return new JsonNode[] {o, t};
  }

  private static Method[] methods(String operation) {
    String name = Character.toLowerCase(operation.charAt(0)) + operation.substring(1);
    Operation<?, ?> op = Operations.byName(operation);
    try {
      Class<?> officialType = Class.forName(MODEL + operation + "Request");
      return new Method[] {SageMakerClient.class.getMethod(name, op.inputType()),
          software.amazon.awssdk.services.sagemaker.SageMakerClient.class.getMethod(name,
              officialType)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("no " + name + " on both clients", e);
    }
  }

  private static byte[] send(Method method, Object client, Object request) {
    try {
      method.invoke(client, request);
    } catch (InvocationTargetException e) {
      throw new AssertionError(method.getDeclaringClass().getName() + "." + method.getName()
          + " failed to send", e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    return HTTP.takeBody();
  }

  /** The node at a path of member names, list indices and map keys, or null. */
  private static JsonNode at(JsonNode body, List<Object> path) {
    JsonNode n = body;
    for (Object segment : path) {
      n = segment instanceof Integer i ? n.get(i) : n.get((String) segment);
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Every list and map of a request with every member set, without the members the official
   * client lacks (which neither client could be given both).
   */
  private static List<Site> sites(String operation, StructSchema<Object> schema, long seed) {
    Object full = OfficialModel.withoutUnknown(operation, schema,
        new ValidValues(seed).struct(schema), new TreeSet<>());
    List<Site> sites = new ArrayList<>();
    collect(schema, full, List.of(), UnaryOperator.identity(), sites);
    return sites;
  }

  /** A list or map in a request: where, what kind, and how to rebuild the request around it. */
  private record Site(List<Object> path, Shape.Kind kind, Member member, int min,
      UnaryOperator<Object> rebuild) {
    String describe() {
      return String.join(".", path.stream().map(String::valueOf).toList())
          + (member == null ? " (an element)" : " (" + kindName() + ")");
    }

    String kindName() {
      return kindName(member, kind, min);
    }

    static String kindName(Member member, Shape.Kind kind, int min) {
      return (member.required() ? "required " : "optional ")
          + (kind == Shape.Kind.LIST ? "list" : "map") + ", minimum " + Math.max(0, min);
    }
  }

  @SuppressWarnings("unchecked")
  private static void collect(StructSchema<?> s, Object obj, List<Object> path,
      UnaryOperator<Object> outer, List<Site> sites) {
    StructSchema<Object> schema = (StructSchema<Object>) s;
    for (Member m : schema.members()) {
      Object v = schema.get(obj, m.index());
      if (v == null) {
        continue;
      }
      List<Object> memberPath = append(path, m.wireName());
      UnaryOperator<Object> rebuild = nv -> outer.apply(schema.with(obj, m.index(), nv));
      collectValue(m, m.shape(), v, memberPath, rebuild, sites);
    }
  }

  private static void collectValue(Member member, Shape shape, Object v, List<Object> path,
      UnaryOperator<Object> rebuild, List<Site> sites) {
    switch (shape.kind()) {
      case LIST -> {
        ListShape l = (ListShape) shape;
        sites.add(new Site(path, Shape.Kind.LIST, member, l.min(), rebuild));
        List<?> list = (List<?>) v;
        for (int i = 0; i < list.size(); i++) {
          int index = i;
          collectValue(null, l.member(), list.get(i), append(path, i), nv -> {
            List<Object> copy = new ArrayList<>(list);
            copy.set(index, nv);
            return rebuild.apply(copy);
          }, sites);
        }
      }
      case MAP -> {
        MapShape m = (MapShape) shape;
        sites.add(new Site(path, Shape.Kind.MAP, member, m.min(), rebuild));
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          collectValue(null, m.value(), e.getValue(), append(path, (String) e.getKey()), nv -> {
            Map<Object, Object> copy = new java.util.LinkedHashMap<>((Map<?, ?>) v);
            copy.put(e.getKey(), nv);
            return rebuild.apply(copy);
          }, sites);
        }
      }
      case STRUCTURE -> collect((StructSchema<?>) shape, v, path, rebuild, sites);
      default -> {
      }
    }
  }

  /** The kinds of list and map member reachable from a schema. */
  private static void kinds(StructSchema<?> schema, Set<String> out, Set<StructSchema<?>> seen) {
    if (!seen.add(schema)) {
      return;
    }
    for (Member m : schema.members()) {
      kindsOf(m, m.shape(), out, seen);
    }
  }

  private static void kindsOf(Member m, Shape shape, Set<String> out, Set<StructSchema<?>> seen) {
    switch (shape.kind()) {
      case LIST -> {
        if (m != null) {
          out.add(Site.kindName(m, Shape.Kind.LIST, ((ListShape) shape).min()));
        }
        kindsOf(null, ((ListShape) shape).member(), out, seen);
      }
      case MAP -> {
        if (m != null) {
          out.add(Site.kindName(m, Shape.Kind.MAP, ((MapShape) shape).min()));
        }
        kindsOf(null, ((MapShape) shape).value(), out, seen);
      }
      case STRUCTURE -> kinds((StructSchema<?>) shape, out, seen);
      default -> {
      }
    }
  }

  private static List<Object> append(List<Object> path, Object segment) {
    List<Object> out = new ArrayList<>(path.size() + 1);
    out.addAll(path);
    out.add(segment);
    return out;
  }
}
