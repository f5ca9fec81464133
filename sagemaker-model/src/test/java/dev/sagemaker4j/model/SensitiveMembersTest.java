package dev.sagemaker4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.model.fixtures.SensitiveValues;
import dev.sagemaker4j.model.fixtures.SensitiveValues.Site;
import dev.sagemaker4j.model.fixtures.ValidValues;
import dev.sagemaker4j.model.internal.StringShape;
import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.model.internal.Values;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every member of the model whose shape is {@code sensitive} (found through the generated
 * schemas, not a list kept by hand) keeps its value out of {@code toString()} and out of the
 * checker's violations and their exception's message, valid or breaking a rule.
 */
class SensitiveMembersTest {
  private static final String MARKER = SensitiveValues.MARKER;

  @Test
  void everySensitiveMember_isRedactedInToString() {
    List<Site> sites = SensitiveValues.sites();
    assertFalse(sites.isEmpty(), "the model has sensitive members (ClientSecret, ...)");
    System.out.println(sites.size() + " sensitive members: " + sites);

    for (Site site : sites) {
      Object value = ownerWith(site, SensitiveValues::valid);

      assertEquals(List.of(), ConstraintChecker.violations(value), site + " holds a valid value");
      String text = value.toString();
      assertFalse(text.contains(MARKER), site + ": " + text);
      assertTrue(text.contains(site.member().wireName() + "=" + Values.REDACTED)
          || text.contains(site.member().wireName() + "=[" + Values.REDACTED), site + ": " + text);
    }
  }

  @Test
  void everySensitiveMember_breakingARule_isRedactedInTheViolationAndTheMessage() {
    for (Site site : SensitiveValues.sites()) {
      Object value = ownerWith(site, SensitiveValues::breaking);

      List<ConstraintViolation> found = ConstraintChecker.violations(value);
      assertTrue(found.stream().anyMatch(v -> v.path().startsWith(site.member().wireName())
          && v.value().equals("(redacted)")), site + ": " + found);
      assertTrue(found.stream().noneMatch(v -> v.value().contains(MARKER)), site + ": " + found);
      ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
          () -> ConstraintChecker.check(value));
      assertFalse(e.getMessage().contains(MARKER), site + ": " + e.getMessage());
      assertFalse(value.toString().contains(MARKER), site + ": " + value);
    }
  }

  /**
   * A valid value of the site's structure with the site's member set, every sensitive string in
   * it replaced by {@code replacement}; the member is checked to hold {@link #MARKER}.
   */
  private static Object ownerWith(Site site, Function<StringShape, String> replacement) {
    @SuppressWarnings("unchecked")
    StructSchema<Object> owner = (StructSchema<Object>) site.owner();
    int index = site.member().index();
    for (long seed = 1; seed <= 20; seed++) {
      ValidValues random = new ValidValues(seed);
      Object[] values = owner.union() ? new Object[owner.members().size()]
          : owner.values(random.struct(owner)).clone();
      values[index] = random.value(site.member().shape());
      Object value = SensitiveValues.replace(owner, owner.create(values), replacement,
          new int[1]);
      Object member = owner.get(value, index);
      if (member != null && member.toString().contains(MARKER)) {
        return value;
      }
    }
    throw new AssertionError(site + ": no random value holds the member");
  }
}
