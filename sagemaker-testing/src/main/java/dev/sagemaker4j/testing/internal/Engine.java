package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.client.internal.Operation;
import dev.sagemaker4j.client.internal.Operations;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StringShape;
import dev.sagemaker4j.model.internal.StructSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The model-driven resource engine: answers every operation no hand-written family answers,
 * from the generated descriptors and schemas alone. Each operation is classified once, on its
 * first call, by the service's conventions: {@code Create<X>}, {@code Describe<X>}, {@code
 * Update<X>}, {@code Delete<X>}, {@code Start<X>}, {@code Stop<X>} and {@code List<X>s} act on
 * the stored resources of kind X (see {@link Kind}), which move through their states by their
 * {@link Lifecycle}; {@code Search} searches them. Every other operation (Get, Put, Batch,
 * Associate, Register, presigned URLs, and the verbs above for kinds the engine does not hold)
 * answers a plausible success that repeats what the request said under the same wire names
 * (GUESS: the service's real answer depends on things the stand-in does not model).
 *
 * <p>Every answer carries every member its output shape marks required ({@link Filler}).
 * Errors: a missing resource is the operation's modeled {@code ResourceNotFound} when it has one
 * ({@code <Thing> "<arn>" does not exist.}, GUESS), else {@code ValidationException} {@code Could
 * not find <thing> "<arn>".}; a name taken is the create's modeled {@code ResourceInUse} when it
 * has one ({@code <Thing> "<arn>" already exists.}, GUESS), else {@code ValidationException}
 * {@code Cannot create already existing <thing> "<arn>".}. Runs holding the state's monitor.
 */
final class Engine {
  /** How an operation acts on stored resources. */
  private enum Verb { CREATE, DESCRIBE, UPDATE, DELETE, START, STOP, LIST, SEARCH, OTHER }

  private final State state;
  private final Filler filler;
  private final Tags tags;
  private final Set<String> handWritten;
  private final Map<String, Optional<Kind>> kinds = new ConcurrentHashMap<>();
  private final Map<String, Lifecycle> lifecycles = new ConcurrentHashMap<>();
  private final Map<String, Handlers.Handler<?, ?>> handlers = new ConcurrentHashMap<>();
  private final Store store;
  private final Lifecycle.Steps steps;

  /**
   * @param handWritten the kinds hand-written families hold ({@code Endpoint}, ...): operations
   *     on them that no family answers get the plausible success, not an empty store's errors
   */
  Engine(State state, Tags tags, Set<String> handWritten) {
    this.state = state;
    this.filler = new Filler(state);
    this.store = new Store(state);
    this.tags = tags;
    this.handWritten = Set.copyOf(handWritten);
    this.steps = new Lifecycle.Steps() {
      @Override
      public Instant now() {
        return state.now();
      }

      @Override
      public @Nullable String failure(Resource r) {
        return state.failures.take(r.kind.name, r.name, r.arn);
      }

      @Override
      public int pollsPerTransition() {
        return state.settings.pollsPerTransition();
      }
    };
  }

  /** The handler of an operation of the catalogue, made on its first call; null for others. */
  Handlers.@Nullable Handler<?, ?> handler(String operation) {
    if (Operations.byName(operation) == null) {
      return null;
    }
    return handlers.computeIfAbsent(operation, n -> make(Operations.byName(n)));
  }

  /** The kind of this name the engine holds, or null. */
  @Nullable Kind kind(@Nullable String name) {
    if (name == null || handWritten.contains(name)) {
      return null;
    }
    return kinds.computeIfAbsent(name, n -> Optional.ofNullable(Kind.derive(n))).orElse(null);
  }

  /** How many resources the engine holds. */
  int count() {
    return store.count();
  }

  void reset() {
    store.reset();
  }

  // ---------------------------------------------------------------------------------------------

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Handlers.Handler<?, ?> make(Operation<?, ?> op) {
    Verb verb = verb(op.name());
    Kind kind = verb == Verb.LIST ? kind(op.resourceKind()) : verb == Verb.SEARCH
        || verb == Verb.OTHER ? null : kind(Kind.of(op.name(), verbWord(op.name())));
    if (kind == null && verb != Verb.SEARCH) {
      verb = verb == Verb.LIST ? Verb.LIST : Verb.OTHER;
    }
    Verb v = verb;
    Function<Object, Object> handle = input -> {
      checkEnums(op, input);
      return switch (v) {
        case CREATE -> create(op, kind, input);
        case DESCRIBE -> describe(op, kind, input);
        case UPDATE -> update(op, kind, input);
        case DELETE -> delete(op, kind, input);
        case START -> start(op, kind, input, true);
        case STOP -> start(op, kind, input, false);
        case LIST -> Listing.list(this, op, kind, input);
        case SEARCH -> Listing.search(this, op, input);
        case OTHER -> other(op, input);
      };
    };
    return new Handlers.Handler(op,
        (Function<SageMakerRequest, SageMakerResponse>) (Function) handle);
  }

  private static Verb verb(String name) {
    return switch (verbWord(name)) {
      case "Create" -> Verb.CREATE;
      case "Describe" -> Verb.DESCRIBE;
      case "Update" -> Verb.UPDATE;
      case "Delete" -> Verb.DELETE;
      case "Start" -> Verb.START;
      case "Stop" -> Verb.STOP;
      case "List" -> Verb.LIST;
      case "Search" -> name.equals("Search") ? Verb.SEARCH : Verb.OTHER;
      default -> Verb.OTHER;
    };
  }

  /** The verb an operation's name starts with: its first capitalized word. */
  private static String verbWord(String name) {
    int i = 1;
    while (i < name.length() && !Character.isUpperCase(name.charAt(i))) {
      i++;
    }
    return name.substring(0, i);
  }

  // ---------------------------------------------------------------------------------------------

  private Object create(Operation<?, ?> op, Kind kind, Object input) {
    Map<String, Object> request = fields(op.input(), input);
    List<String> values = new ArrayList<>();
    for (String k : kind.keys) {
      Object v = request.get(k);
      values.add(kind.isGenerated(k) || v == null ? "" : v.toString());
    }
    requireParents(op, kind, request);
    String key = Store.key(values);
    Resource existing = kind.generated.isEmpty() ? store.of(kind).get(key) : null;
    if (existing != null) {
      throw op.errors().contains("ResourceInUse")
          ? ServiceError.resourceInUse(kind.titled() + " \"" + existing.arn + "\" already exists.")
          : ServiceError.validation("Cannot create already existing " + kind.thing + " \""
              + existing.arn + "\".");
    }
    state.checkCapacity();
    Map<String, Object> made = new LinkedHashMap<>();
    String arn;
    if (kind.generated.isEmpty()) {
      arn = store.arn(kind, values);
    } else {
      String id = null;
      for (String g : kind.generated) {
        if (!g.endsWith("Arn")) {
          id = Filler.fit(Store.keyShape(op, kind, g), "");
          made.put(g, id);
        }
      }
      arn = state.arnPrefix() + kind.arnType + "/" + (id != null ? id : State.randomId(12));
      for (String g : kind.generated) {
        if (g.endsWith("Arn")) {
          arn = store.madeArn(Store.keyShape(op, kind, g), arn);
          made.put(g, arn);
        }
      }
      key = Store.key(kind.generated.stream().map(g -> made.get(g).toString()).toList());
    }
    String name = Optional.ofNullable(request.get(kind.nameMember))
        .or(() -> Optional.ofNullable(made.get(kind.nameMember))).map(Object::toString)
        .orElse(key);
    Resource r = new Resource(state, kind, key, name, arn);
    request.forEach(r::set);
    made.forEach(r::set);
    if (kind.arnMember != null) {
      r.set(kind.arnMember, arn);
    }
    lifecycle(kind).created(r, steps);
    store.put(r);
    tags.created(arn, request.get("Tags"));
    return answer(op.output(), r);
  }

  /**
   * For a key that names another kind's resource too (an app's {@code DomainId}, an image
   * version's {@code ImageName}), that resource must exist: GUESS, the service checks its
   * parents, with the create's not-found error.
   */
  private void requireParents(Operation<?, ?> op, Kind kind, Map<String, Object> request) {
    for (String k : kind.keys) {
      if (k.equals(kind.nameMember) || kind.isGenerated(k) || request.get(k) == null) {
        continue;
      }
      String stem = k.replaceFirst("(Name|Id|Arn)$", "");
      Kind parent = stem.equals(k) || stem.equals(kind.name) ? null : kind(stem);
      if (parent == null || !parent.keys.contains(k)) {
        continue;
      }
      List<String> values = new ArrayList<>();
      boolean all = true;
      for (String pk : parent.keys) {
        Object v = request.get(pk);
        all &= v != null;
        values.add(v == null ? "" : v.toString());
      }
      if (all && !store.of(parent).containsKey(Store.key(values))) {
        throw Store.notFound(op, parent, store.arn(parent, values));
      }
    }
  }

  private Object describe(Operation<?, ?> op, Kind kind, Object input) {
    Resource r = store.find(op, kind, fields(op.input(), input));
    Object answer = answer(op.output(), r);
    if (r.polled(state) && lifecycle(kind).advance(r, steps)) {
      remove(r);
    }
    return answer;
  }

  private Object update(Operation<?, ?> op, Kind kind, Object input) {
    Resource r = store.find(op, kind, fields(op.input(), input));
    Map<String, Object> request = fields(op.input(), input);
    request.forEach((k, v) -> {
      if (!kind.keys.contains(k) && !k.equals("Tags")) {
        r.set(k, v);
      }
    });
    r.modified = state.now();
    lifecycle(kind).updated(r, steps);
    return answer(op.output(), r);
  }

  private Object delete(Operation<?, ?> op, Kind kind, Object input) {
    Resource r = store.find(op, kind, fields(op.input(), input));
    Object answer = answer(op.output(), r);
    if (lifecycle(kind).deleted(r, steps)) {
      remove(r);
    } else {
      r.modified = state.now();
    }
    return answer;
  }

  private Object start(Operation<?, ?> op, Kind kind, Object input, boolean start) {
    Resource r = store.find(op, kind, fields(op.input(), input));
    if (start) {
      lifecycle(kind).started(r, steps);
    } else {
      lifecycle(kind).stopped(r, steps);
    }
    r.modified = state.now();
    return answer(op.output(), r);
  }

  /** A plausible success that repeats what the request said (see the class comment). */
  private Object other(Operation<?, ?> op, Object input) {
    Map<String, Object> request = fields(op.input(), input);
    String name = "default";
    for (Map.Entry<String, Object> e : request.entrySet()) {
      if (e.getKey().endsWith("Name") && e.getValue() instanceof String s) {
        name = s;
        break;
      }
    }
    return filler.make(op.output(), request, filler.hint(name));
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * What a resource shows in answers: what it holds, its ARN, its times under the names output
   * shapes use, and its current tags.
   */
  Map<String, Object> view(Resource r) {
    Map<String, Object> v = new HashMap<>(r.fields());
    v.put(r.kind.name + "Arn", r.arn);
    for (String created : List.of("CreationTime", "CreatedTime", "CreateDate", "CreatedAt")) {
      v.put(created, r.created);
    }
    for (String modified : List.of("LastModifiedTime", "LastModifiedDate", "LastUpdatedTime")) {
      v.put(modified, r.modified);
    }
    Object current = tags.of(r.arn);
    if (current != null) {
      v.put("Tags", current);
    }
    return v;
  }

  /**
   * An answer of shape {@code shape} about {@code r}: what it shows, under the same wire names;
   * where the shape holds the resource as one structure named after its kind ({@code
   * DescribeWorkforce}'s {@code Workforce}, Search's records), that structure made the same way.
   */
  Object answer(StructSchema<?> shape, Resource r) {
    Map<String, Object> v = view(r);
    Member nested = shape.member(r.kind.name);
    if (nested != null && nested.shape() instanceof StructSchema<?> s
        && !StructSchema.isStructure(v.get(r.kind.name))) {
      v.put(r.kind.name, filler.make(s, v, filler.hint(r)));
    }
    Object answer = filler.make(shape, v, filler.hint(r));
    // What the answer made up (a ProjectId, say) is the resource's from now on, so that every
    // answer about it says the same.
    fields(shape, answer).forEach((k, x) -> {
      if (!v.containsKey(k)) {
        r.set(k, x);
      }
    });
    return answer;
  }

  /** The resources of a kind, by key. */
  Map<String, Resource> store(Kind kind) {
    return store.of(kind);
  }

  Filler filler() {
    return filler;
  }

  State state() {
    return state;
  }

  private void remove(Resource r) {
    store.remove(r);
    tags.removed(r.arn);
  }

  private Lifecycle lifecycle(Kind kind) {
    return lifecycles.computeIfAbsent(kind.name, n -> Lifecycles.of(kind));
  }

  /** The members a value has set, by wire name. */
  static Map<String, Object> fields(StructSchema<?> schema, Object value) {
    @SuppressWarnings("unchecked")
    Object[] values = ((StructSchema<Object>) schema).values(value);
    Map<String, Object> out = new LinkedHashMap<>();
    for (Member m : schema.members()) {
      if (values[m.index()] != null) {
        out.put(m.wireName(), values[m.index()]);
      }
    }
    return out;
  }

  /**
   * The request's enum-valued members must hold values the service knows (the client lets
   * unknown values through, as enums are open), in the service's validation wording.
   */
  private static void checkEnums(Operation<?, ?> op, Object input) {
    @SuppressWarnings("unchecked")
    StructSchema<Object> schema = (StructSchema<Object>) op.input();
    Object[] values = schema.values(input);
    for (Member m : schema.members()) {
      if (values[m.index()] instanceof String s && m.shape() instanceof StringShape shape
          && shape.enumType() != null) {
        List<String> known = Kind.enumValues(shape);
        String path = Character.toLowerCase(m.wireName().charAt(0)) + m.wireName().substring(1);
        Paging.oneOf(Optional.of(s), path, s, known.toArray(new String[0]));
      }
    }
  }
}
