package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.internal.Operation;
import dev.sagemaker4j.client.internal.Operations;
import dev.sagemaker4j.client.support.OfficialModel;
import dev.sagemaker4j.model.ConstraintChecker;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.fixtures.ValidValues;
import dev.sagemaker4j.model.internal.ListShape;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.Shape;
import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.testing.support.OfficialClients;
import dev.sagemaker4j.testing.support.Prerequisites;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Every operation of the catalogue against the stand-in, called through a client nobody here
 * wrote: the official AWS SDK v2 SageMaker client (through this SDK's client for the operations
 * its pinned version lacks, listed in {@link #NOT_IN_OFFICIAL}). Each gets a random valid request;
 * an operation on a resource ({@code Describe}, {@code Update}, {@code Delete}, {@code Start},
 * {@code Stop}, {@code List} of a kind the service creates) gets one naming a resource made first,
 * so its answer is a success. A Describe must repeat what the create said, under the same names;
 * a List must list what was made.
 */
class OfficialClientTest {
  /**
   * The operations the pinned official client (the root pom's official.sagemaker.version) does
   * not have; they are called through this SDK's client. Compared exactly with what it lacks.
   */
  private static final Set<String> NOT_IN_OFFICIAL = Set.of("AttachClusterNodeNetworkInterface",
      "CreateAIBenchmarkJob", "CreateAIRecommendationJob", "CreateAIWorkloadConfig",
      "CreateAutoMLJob", "CreateAutoMLJobV2", "CreateJob", "DeleteAIBenchmarkJob",
      "DeleteAIRecommendationJob", "DeleteAIWorkloadConfig", "DeleteJob",
      "DescribeAIBenchmarkJob", "DescribeAIRecommendationJob", "DescribeAIWorkloadConfig",
      "DescribeAutoMLJob", "DescribeAutoMLJobV2", "DescribeJob", "DescribeJobSchemaVersion",
      "DescribeTrainingPlanExtensionHistory", "ExtendTrainingPlan", "ListAIBenchmarkJobs",
      "ListAIRecommendationJobs", "ListAIWorkloadConfigs", "ListAutoMLJobs",
      "ListCandidatesForAutoMLJob", "ListJobSchemaVersions", "ListJobs",
      "StartClusterHealthCheck", "StopAIBenchmarkJob", "StopAIRecommendationJob",
      "StopAutoMLJob", "StopJob");
  private static final String OFFICIAL_MODEL = "software.amazon.awssdk.services.sagemaker.model.";
  /** The verbs that act on a resource a create made. */
  private static final Set<String> ON_A_RESOURCE =
      Set.of("Describe", "Update", "Delete", "Start", "Stop", "List");

  private static LocalSageMaker local;
  private static SageMakerClient ours;
  private static software.amazon.awssdk.services.sagemaker.SageMakerClient official;

  @BeforeAll
  static void start() {
    local = LocalSageMaker.builder().pollsPerTransition(1).start();
    ours = local.client();
    official = OfficialClients.of(local);
  }

  @AfterAll
  static void stop() {
    official.close();
    ours.close();
    local.close();
  }

  static List<String> operations() {
    return Operations.names();
  }

  @Test
  void theOperationsTheOfficialClientLacks_areTheListedOnes() {
    Set<String> lacking = Operations.names().stream().filter(n -> !officialHas(n))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(NOT_IN_OFFICIAL), lacking);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyOperation_answersTheOfficialClient_withASuccess(String operation) {
    local.reset();
    Operation<?, ?> op = Operations.byName(operation);
    long seed = operation.hashCode() * 7919L;
    String verb = verb(operation);
    String kind = verb.equals("List") ? op.resourceKind() : operation.substring(verb.length());
    boolean onAResource = ON_A_RESOURCE.contains(verb) && kind != null
        && Operations.byName("Create" + kind) != null;
    Object request = random(op, seed);
    Map<String, Object> made = null;
    if (onAResource) {
      made = make(kind, seed, !verb.equals("Stop"));
      request = naming(op, request, made);
    } else if (operation.endsWith("Tags") && op.input().member("ResourceArn") != null) {
      Map<String, Object> experiment = make("Experiment", seed, false);
      request = naming(op, request, Map.of("ResourceArn", experiment.get("ExperimentArn")));
    } else {
      request = Prerequisites.prepare(operation, request, seed, ours);
    }

    Object answer = call(operation, request);

    assertTrue(answer != null, operation);
    if (onAResource && verb.equals("Describe")) {
      int[] compared = {0};
      Map<String, Object> described = wire(answer);
      if (described.get(kind) instanceof Map<?, ?> nested) { // DescribeWorkforce's Workforce
        @SuppressWarnings("unchecked")
        Map<String, Object> resource = (Map<String, Object>) nested;
        described = resource;
      }
      String why = reflects("", wire(made.get(CREATE_REQUEST)), described, compared);
      assertTrue(why == null, () -> operation + " does not repeat what the create said: " + why
          + "\nanswer: " + wire(answer));
      assertTrue(compared[0] > 0, () -> operation + " repeats nothing of the create");
    }
    if (onAResource && verb.equals("List")) {
      Object minimal = naming(op, required(op, request), made);
      Object page = call(operation, minimal);
      assertFalse(firstList(wire(page)).isEmpty(), () -> operation + " lists nothing after "
          + "Create" + kind + ": " + wire(page));
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static final String CREATE_REQUEST = "\u0000request";

  /**
   * Makes a resource of {@code kind} from a random valid create request (through the official
   * client where it has the create); what its request and answer said, by wire name, and the
   * request itself. Unless {@code unsettled}, describes it until its lifecycle settles.
   */
  private static Map<String, Object> make(String kind, long seed, boolean settle) {
    String create = "Create" + kind;
    Operation<?, ?> op = Operations.byName(create);
    Object request = Prerequisites.prepare(create, random(op, seed + 1), seed + 1, ours);
    Object answer = call(create, request);
    Map<String, Object> made = new LinkedHashMap<>(wire(request));
    wire(answer).forEach(made::putIfAbsent);
    made.put(CREATE_REQUEST, request);
    Operation<?, ?> describe = Operations.byName("Describe" + kind);
    if (settle && describe != null) {
      Object d = naming(describe, random(describe, seed), made);
      for (int i = 0; i < 3; i++) {
        call("Describe" + kind, d);
      }
    }
    return made;
  }

  /**
   * A random valid request, without a {@code NextToken} (the stand-in refuses tokens it did not
   * issue, as the service does) and, for the official client, one that stays valid without the
   * members the official model lacks (a union whose one member it lacks would be left empty).
   */
  @SuppressWarnings("unchecked")
  private static Object random(Operation<?, ?> op, long seed) {
    StructSchema<Object> schema = (StructSchema<Object>) op.input();
    Member token = schema.member("NextToken");
    for (int attempt = 0; attempt < 100; attempt++) {
      Object r = new ValidValues(seed + attempt * 104_729L).struct(schema);
      if (attempt >= 50) { // fewer list elements, fewer unions to pick a member the official has
        r = shortened(r);
      }
      if (token != null) {
        r = schema.with(r, token.index(), null);
      }
      if (!officialHas(op.name()) || ConstraintChecker.violations((SageMakerRequest)
          OfficialModel.withoutUnknown(op.name(), schema, r, new TreeSet<>())).isEmpty()) {
        return r;
      }
    }
    throw new AssertionError(op.name() + ": no random request stays valid for the official"
        + " client");
  }

  /** {@code value} with every list cut to its model minimum, at least one element. */
  @SuppressWarnings("unchecked")
  private static Object shortened(Object value) {
    StructSchema<Object> s = StructSchema.ofValue(value);
    Object[] values = s.values(value).clone();
    for (Member m : s.members()) {
      Object v = values[m.index()];
      if (v instanceof List<?> list && m.shape() instanceof ListShape shape) {
        List<Object> out = new ArrayList<>();
        for (Object e : list.subList(0, Math.min(list.size(), Math.max(1, shape.min())))) {
          out.add(StructSchema.isStructure(e) ? shortened(e) : e);
        }
        values[m.index()] = List.copyOf(out);
      } else if (StructSchema.isStructure(v)) {
        values[m.index()] = shortened(v);
      }
    }
    return s.create(values);
  }

  /** {@code request} naming what was made: its string members set as the create's are. */
  @SuppressWarnings("unchecked")
  private static Object naming(Operation<?, ?> op, Object request, Map<String, Object> made) {
    StructSchema<Object> schema = (StructSchema<Object>) op.input();
    Object out = request;
    for (Member m : schema.members()) {
      if (m.shape().kind() == Shape.Kind.STRING && made.get(m.wireName()) instanceof String s) {
        out = schema.with(out, m.index(), s);
      }
    }
    return out;
  }

  /** {@code request} with only its required members. */
  @SuppressWarnings("unchecked")
  private static Object required(Operation<?, ?> op, Object request) {
    StructSchema<Object> schema = (StructSchema<Object>) op.input();
    Object[] values = schema.values(request).clone();
    for (Member m : schema.members()) {
      if (!m.required()) {
        values[m.index()] = null;
      }
    }
    return schema.create(values);
  }

  /**
   * Calls an operation through the official client, or through this SDK's where the official
   * one lacks it; the answer, or a failure naming the operation and the stand-in's error.
   */
  static Object call(String operation, Object request) {
    String method = Character.toLowerCase(operation.charAt(0)) + operation.substring(1);
    Operation<?, ?> op = Operations.byName(operation);
    try {
      if (!officialHas(operation)) {
        return SageMakerClient.class.getMethod(method, op.inputType()).invoke(ours, request);
      }
      @SuppressWarnings("unchecked")
      StructSchema<Object> schema = (StructSchema<Object>) op.input();
      Object same = OfficialModel.withoutUnknown(operation, schema, request, new TreeSet<>());
      Object officialRequest = OfficialModel.request(operation, same);
      return software.amazon.awssdk.services.sagemaker.SageMakerClient.class.getMethod(method,
          Class.forName(OFFICIAL_MODEL + operation + "Request")).invoke(official, officialRequest);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      String code = cause instanceof AwsServiceException a && a.awsErrorDetails() != null
          ? a.awsErrorDetails().errorCode() + ": " : "";
      throw new AssertionError(operation + " failed: " + code + cause.getMessage(), cause);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(operation + ": no such method on the client", e);
    }
  }

  static boolean officialHas(String operation) {
    try {
      Class.forName(OFFICIAL_MODEL + operation + "Request");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static String verb(String operation) {
    int i = 1;
    while (i < operation.length() && !Character.isUpperCase(operation.charAt(i))) {
      i++;
    }
    return operation.substring(0, i);
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * A value of either SDK's model as plain data by wire name: structures as maps, lists as
   * lists, numbers as BigDecimal; unset members, and the official client's unset lists and maps,
   * left out.
   */
  static Map<String, Object> wire(Object value) {
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) plain(value);
    return map;
  }

  private static Object plain(Object v) {
    if (v instanceof SdkPojo pojo) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (SdkField<?> f : pojo.sdkFields()) {
        Object x = f.getValueOrDefault(pojo);
        if (x != null && !(x instanceof SdkAutoConstructList)
            && !(x instanceof SdkAutoConstructMap)) {
          out.put(f.locationName(), plain(x));
        }
      }
      return out;
    }
    if (StructSchema.isStructure(v)) {
      StructSchema<Object> s = StructSchema.ofValue(v);
      Map<String, Object> out = new LinkedHashMap<>();
      for (Member m : s.members()) {
        Object x = s.get(v, m.index());
        if (x != null) {
          out.put(m.wireName(), plain(x));
        }
      }
      return out;
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(e -> out.add(plain(e)));
      return out;
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
      return out;
    }
    if (v instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros();
    }
    return v instanceof Enum<?> e ? e.toString() : v;
  }

  /**
   * Where {@code actual} does not repeat what {@code expected} says, member by member where
   * {@code actual} has the member (a description carries more than the request, and some of the
   * request under other names); null when it repeats it all.
   */
  @SuppressWarnings("unchecked")
  private static String reflects(String path, Map<String, Object> expected,
      Map<String, Object> actual, int[] compared) {
    for (Map.Entry<String, Object> e : expected.entrySet()) {
      Object a = actual.get(e.getKey());
      if (a == null) {
        continue;
      }
      String p = path + "." + e.getKey();
      Object x = e.getValue();
      if (x instanceof Map<?, ?> xm && a instanceof Map<?, ?> am) {
        String why = reflects(p, (Map<String, Object>) xm, (Map<String, Object>) am, compared);
        if (why != null) {
          return why;
        }
      } else if (x instanceof List<?> xl && a instanceof List<?> al) {
        if (xl.size() != al.size()) {
          return p + ": " + xl.size() + " elements, described " + al.size();
        }
        for (int i = 0; i < xl.size(); i++) {
          Object xe = xl.get(i);
          Object ae = al.get(i);
          String why = xe instanceof Map<?, ?> xem && ae instanceof Map<?, ?> aem
              ? reflects(p + "[" + i + "]", (Map<String, Object>) xem,
                  (Map<String, Object>) aem, compared)
              : xe.equals(ae) ? null : p + "[" + i + "]: " + xe + " described as " + ae;
          if (why != null) {
            return why;
          }
        }
      } else if (!x.equals(a)) {
        return p + ": " + x + " described as " + a;
      } else {
        compared[0]++;
      }
    }
    return null;
  }

  /** The first list member of an answer, or an empty list. */
  private static List<?> firstList(Map<String, Object> answer) {
    for (Object v : answer.values()) {
      if (v instanceof List<?> list) {
        return list;
      }
    }
    return List.of();
  }
}
