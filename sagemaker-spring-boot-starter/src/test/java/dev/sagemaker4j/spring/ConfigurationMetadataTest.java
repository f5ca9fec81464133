package dev.sagemaker4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/** What IDEs complete: every property with its description and default, and the value hints. */
class ConfigurationMetadataTest {

  private static JsonNode metadata() throws IOException {
    for (URL url : Collections.list(ConfigurationMetadataTest.class.getClassLoader()
        .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        JsonNode node = new ObjectMapper().readTree(in);
        if (node.path("groups").path(0).path("name").asText().startsWith("sagemaker4j")) {
          return node;
        }
      }
    }
    throw new AssertionError("no sagemaker4j configuration metadata on the class path");
  }

  @Test
  void everyProperty_hasADescriptionAndItsDefault() throws IOException {
    Map<String, String> defaults = new LinkedHashMap<>();
    for (JsonNode p : metadata().path("properties")) {
      assertThat(p.path("description").asText()).as(p.path("name").asText()).isNotBlank();
      defaults.put(p.path("name").asText(), p.path("defaultValue").asText(null));
    }
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("sagemaker4j.api-call-attempt-timeout", null);
    expected.put("sagemaker4j.api-call-timeout", null);
    expected.put("sagemaker4j.constraint-checking", "enforce");
    expected.put("sagemaker4j.credentials.profile", null);
    expected.put("sagemaker4j.dualstack-enabled", "false");
    expected.put("sagemaker4j.endpoint", null);
    expected.put("sagemaker4j.fips-enabled", "false");
    expected.put("sagemaker4j.local.account-id", "123456789012");
    expected.put("sagemaker4j.local.enabled", "false");
    expected.put("sagemaker4j.local.polls-per-transition", "2");
    expected.put("sagemaker4j.local.port", "0");
    expected.put("sagemaker4j.region", null);
    expected.put("sagemaker4j.retry.max-attempts", null);
    expected.put("sagemaker4j.retry.mode", "standard");
    assertThat(defaults).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void regionHint_listsEveryRegionTheAwsSdkKnows() throws IOException {
    List<String> hinted = hintValues("sagemaker4j.region");
    List<String> known = Region.regions().stream().filter(r -> !r.isGlobalRegion())
        .map(Region::id).sorted().toList();
    assertThat(hinted).containsExactlyElementsOf(known);
  }

  @Test
  void enumHints_listEveryModeInPropertyForm() throws IOException {
    assertThat(hintValues("sagemaker4j.retry.mode"))
        .containsExactly("standard", "adaptive", "legacy", "none");
    assertThat(hintValues("sagemaker4j.constraint-checking"))
        .containsExactly("enforce", "warn", "off");
    assertThat(hintValues("sagemaker4j.retry.mode")).isEqualTo(propertyForms(
        SageMakerProperties.RetryMode.values()));
    assertThat(hintValues("sagemaker4j.constraint-checking")).isEqualTo(propertyForms(
        SageMakerProperties.ConstraintCheckingMode.values()));
  }

  private static List<String> propertyForms(Enum<?>[] values) {
    return java.util.Arrays.stream(values)
        .map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList();
  }

  private static List<String> hintValues(String property) throws IOException {
    for (JsonNode hint : metadata().path("hints")) {
      if (hint.path("name").asText().equals(property)) {
        List<String> values = new ArrayList<>();
        hint.path("values").forEach(v -> values.add(v.path("value").asText()));
        return values;
      }
    }
    throw new AssertionError("no hint for " + property);
  }
}
