package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.client.internal.Operation;
import dev.sagemaker4j.model.internal.ListShape;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.Shape;
import dev.sagemaker4j.model.internal.StructSchema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * {@code List<X>s} and {@code Search} over the engine's resources, as the service pages: sorted
 * ({@code SortBy} by name, creation or modification time, status or any member the resources
 * hold; GUESS: newest first when {@code SortOrder} is absent, as for models and endpoints), a
 * window of {@code MaxResults} (default 10) cut, and only then filtered, so a page can be short
 * or empty and still carry a {@code NextToken}. The result list is always sent, empty too.
 *
 * <p>Filters by the members' names: {@code NameContains} and {@code StatusEquals}; creation and
 * modification time bounds ({@code CreationTimeAfter}, {@code CreatedBefore}, {@code
 * LastModifiedTimeAfter}, {@code ModifiedTimeBefore}, ...); {@code <Member>Contains} (ignoring
 * case), {@code <Member>Equals}, {@code <Member>Prefix} and {@code <Member>After/Before} on what
 * the resources hold; any other member equal to what they hold under its name. GUESS: a filter
 * on something the stand-in does not hold is ignored.
 */
final class Listing {
  private Listing() {}

  static Object list(Engine engine, Operation<?, ?> op, @Nullable Kind kind, Object input) {
    Map<String, Object> request = Engine.fields(op.input(), input);
    List<Resource> all = kind == null ? new ArrayList<>()
        : new ArrayList<>(engine.store(kind).values());
    Predicate<Resource> filter = r -> true;
    for (Map.Entry<String, Object> e : request.entrySet()) {
      filter = filter.and(filter(e.getKey(), e.getValue()));
    }
    return page(engine, op, all, filter, request);
  }

  /** {@code Search}: the engine's resources of the kind searched for, filtered and sorted. */
  static Object search(Engine engine, Operation<?, ?> op, Object input) {
    Map<String, Object> request = Engine.fields(op.input(), input);
    String resource = String.valueOf(request.get("Resource"));
    String kindName = switch (resource) {
      case "ExperimentTrial" -> "Trial";
      case "ExperimentTrialComponent" -> "TrialComponent";
      default -> resource;
    };
    Kind kind = engine.kind(kindName);
    List<Resource> all = kind == null ? new ArrayList<>()
        : new ArrayList<>(engine.store(kind).values());
    Object expression = request.get("SearchExpression");
    Predicate<Resource> filter = expression == null ? r -> true
        : r -> matches(expression, engine.view(r));
    return page(engine, op, all, filter, request);
  }

  private static Object page(Engine engine, Operation<?, ?> op, List<Resource> all,
      Predicate<Resource> filter, Map<String, Object> request) {
    Object order = request.get("SortOrder");
    boolean descending = order == null || normal(order.toString()).equals("descending");
    all.sort(Paging.order(sortKey((String) request.get("SortBy")), descending));
    Object max = request.get("MaxResults");
    Paging.Page<Resource> page = Paging.page(all, filter,
        max instanceof Integer i ? OptionalInt.of(i) : OptionalInt.empty(),
        Optional.ofNullable((String) request.get("NextToken")));
    @SuppressWarnings("unchecked")
    StructSchema<Object> out = (StructSchema<Object>) op.output();
    Object[] values = new Object[out.members().size()];
    Member result = resultMember(out);
    if (result != null) {
      List<Object> items = new ArrayList<>();
      Shape element = ((ListShape) result.shape()).member();
      for (Resource r : page.items()) {
        items.add(item(engine, element, r));
      }
      values[result.index()] = List.copyOf(items);
    }
    Member next = out.member("NextToken");
    if (next != null) {
      values[next.index()] = page.nextToken();
    }
    return engine.filler().complete(out, out.create(values), engine.filler().hint("default"), 0);
  }

  /** One resource as an element of the result list: a summary, a search record, or its ARN. */
  private static Object item(Engine engine, Shape element, Resource r) {
    if (element.kind() != Shape.Kind.STRUCTURE) {
      return element.kind() == Shape.Kind.STRING ? r.arn : r.name;
    }
    return engine.answer((StructSchema<?>) element, r);
  }

  /** The output's list of results: its one list member, or null. */
  private static @Nullable Member resultMember(StructSchema<?> out) {
    for (Member m : out.members()) {
      if (m.shape().kind() == Shape.Kind.LIST) {
        return m;
      }
    }
    return null;
  }

  private static Comparator<Resource> sortKey(@Nullable String sortBy) {
    String n = sortBy == null ? "creationtime" : normal(sortBy);
    switch (n) {
      case "creationtime", "createdate", "createdtime" -> {
        return Paging.byCreation();
      }
      case "lastmodifiedtime", "lastmodifieddate" -> {
        return Comparator.comparing(r -> r.modified);
      }
      case "name" -> {
        return Paging.by(r -> r.name);
      }
      case "status" -> {
        return Paging.by(r -> String.valueOf(r.status()));
      }
      default -> {
        return Comparator.comparing(r -> comparable(r, n),
            Comparator.nullsFirst(Listing::compare));
      }
    }
  }

  /** What a resource holds under a member whose normal name is {@code n}; its name or status. */
  private static @Nullable Object comparable(Resource r, String n) {
    if (n.equals(normal(r.kind.nameMember))) {
      return r.name;
    }
    for (Map.Entry<String, Object> e : r.fields().entrySet()) {
      if (normal(e.getKey()).equals(n)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static int compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
    }
    if (a instanceof Instant x && b instanceof Instant y) {
      return x.compareTo(y);
    }
    return a.toString().compareTo(b.toString());
  }

  private static String normal(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------------------------------------

  private static Predicate<Resource> filter(String member, Object value) {
    switch (member) {
      case "MaxResults", "NextToken", "SortBy", "SortOrder" -> {
        return r -> true;
      }
      case "NameContains" -> {
        return r -> Paging.contains(r.name, Optional.of(value.toString()));
      }
      case "StatusEquals" -> {
        return r -> value.toString().equals(r.status());
      }
      case "CreationTimeAfter", "CreatedAfter" -> {
        return r -> r.created.isAfter((Instant) value);
      }
      case "CreationTimeBefore", "CreatedBefore" -> {
        return r -> r.created.isBefore((Instant) value);
      }
      case "LastModifiedTimeAfter", "ModifiedTimeAfter" -> {
        return r -> r.modified.isAfter((Instant) value);
      }
      case "LastModifiedTimeBefore", "ModifiedTimeBefore" -> {
        return r -> r.modified.isBefore((Instant) value);
      }
      default -> {
        return suffixed(member, value);
      }
    }
  }

  private static Predicate<Resource> suffixed(String member, Object value) {
    String text = value.toString();
    for (String suffix : List.of("Contains", "Equals", "Prefix", "After", "Before")) {
      if (!member.endsWith(suffix) || member.length() == suffix.length()) {
        continue;
      }
      String stem = member.substring(0, member.length() - suffix.length());
      return r -> {
        Object held = held(r, stem);
        if (held == null) {
          return true; // GUESS: a filter on what the stand-in does not hold is ignored
        }
        String h = held.toString();
        return switch (suffix) {
          case "Contains" -> h.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
          case "Equals" -> h.equals(text);
          case "Prefix" -> h.toLowerCase(Locale.ROOT).startsWith(text.toLowerCase(Locale.ROOT));
          case "After" -> compare(held, value) > 0;
          default -> compare(held, value) < 0;
        };
      };
    }
    return r -> {
      Object held = r.get(member);
      return held == null || held.equals(value);
    };
  }

  /** What a resource holds under {@code stem} (or {@code <stem>Name}, {@code <stem>Time}). */
  private static @Nullable Object held(Resource r, String stem) {
    for (String name : List.of(stem, stem + "Name", stem + "Time")) {
      Object v = r.get(name);
      if (v != null) {
        return v;
      }
    }
    return stem.equals(r.kind.nameMember) ? r.name : null;
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Whether a resource's view passes a {@code SearchExpression}: its {@code Filters} and {@code
   * SubExpressions}, joined by its {@code Operator} (And unless Or). GUESS: {@code
   * NestedFilters} are not applied.
   */
  private static boolean matches(Object expression, Map<String, Object> view) {
    StructSchema<Object> s = StructSchema.ofValue(expression);
    boolean or = "Or".equals(get(s, expression, "Operator"));
    List<Boolean> results = new ArrayList<>();
    Object filters = get(s, expression, "Filters");
    if (filters instanceof List<?> list) {
      for (Object f : list) {
        results.add(passes(f, view));
      }
    }
    Object subs = get(s, expression, "SubExpressions");
    if (subs instanceof List<?> list) {
      for (Object e : list) {
        results.add(matches(e, view));
      }
    }
    return results.isEmpty() || (or ? results.contains(true) : !results.contains(false));
  }

  private static boolean passes(Object filter, Map<String, Object> view) {
    StructSchema<Object> s = StructSchema.ofValue(filter);
    String name = String.valueOf(get(s, filter, "Name"));
    Object op = get(s, filter, "Operator");
    String operator = op == null ? "Equals" : op.toString();
    Object wanted = get(s, filter, "Value");
    Object held = at(view, name);
    if (operator.equals("Exists") || operator.equals("NotExists")) {
      return (held != null) == operator.equals("Exists");
    }
    if (held == null || wanted == null) {
      return operator.equals("NotEquals");
    }
    String text = wanted.toString();
    Object target = held instanceof Number ? new BigDecimal(text) : held instanceof Instant
        ? Instant.ofEpochMilli((long) (Double.parseDouble(text) * 1000)) : text;
    int c = compare(held, target);
    return switch (operator) {
      case "NotEquals" -> c != 0;
      case "GreaterThan" -> c > 0;
      case "GreaterThanOrEqualTo" -> c >= 0;
      case "LessThan" -> c < 0;
      case "LessThanOrEqualTo" -> c <= 0;
      case "Contains" -> held.toString().contains(text);
      case "In" -> List.of(text.split(",")).contains(held.toString());
      default -> c == 0;
    };
  }

  /** The value at a property path such as {@code Tags.team} or {@code ResourceConfig.Count}. */
  private static @Nullable Object at(Map<String, Object> view, String path) {
    String[] parts = path.split("\\.");
    Object v = view.get(parts[0]);
    for (int i = 1; i < parts.length && v != null; i++) {
      if (StructSchema.isStructure(v)) {
        v = get(StructSchema.ofValue(v), v, parts[i]);
      } else if (v instanceof Map<?, ?> m) {
        v = m.get(parts[i]);
      } else if (v instanceof List<?> list && parts[0].equals("Tags")) {
        Object found = null;
        for (Object t : list) {
          StructSchema<Object> ts = StructSchema.ofValue(t);
          if (parts[i].equals(get(ts, t, "Key"))) {
            found = get(ts, t, "Value");
          }
        }
        v = found;
      } else {
        v = null;
      }
    }
    return v;
  }

  private static @Nullable Object get(StructSchema<Object> s, Object value, String member) {
    Member m = s.member(member);
    return m == null ? null : s.get(value, m.index());
  }
}
