package dev.sagemaker4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.javapoet.JavaFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model update that flips {@code required} must not change a published signature: the
 * generator keeps the form the baseline records, and the API check catches a generator that
 * does not. The mini model's {@code CreateWidgetInput} requires {@code WidgetName} and {@code
 * Size} and leaves {@code Count} optional; the "updated" model swaps that.
 */
class ApiStabilityTest {
  private static final List<String> OPERATIONS = List.of("CreateWidget");

  private static ServiceModel model(boolean updated) throws IOException {
    try (InputStream in = ApiStabilityTest.class.getResourceAsStream("/mini/mini-service.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (updated) {
        String before = "\"required\": [\n        \"WidgetName\",\n        \"ClientToken\",\n"
            + "        \"Size\"\n      ]";
        assertTrue(json.contains(before), "the mini model still reads as this test expects");
        json = json.replace(before, "\"required\": [\n        \"ClientToken\",\n"
            + "        \"Count\"\n      ]");
      }
      return ServiceModel.parse(json);
    }
  }

  private static ApiDump api(List<JavaFile> files) {
    return ApiDump.ofGenerated(files, Main.MODEL_PACKAGES);
  }

  private static String source(List<JavaFile> files, String type) {
    return files.stream().filter(f -> f.typeSpec.name.equals(type)).findFirst().orElseThrow()
        .toString();
  }

  @Test
  void withoutTheBaseline_aFlippedRequiredFlag_isABreakTheCheckNames() throws IOException {
    ApiDump published = api(new Generator(model(false), OPERATIONS).modelSources());

    List<String> breaks = published.breaks(api(
        new Generator(model(true), OPERATIONS).modelSources()));

    assertTrue(breaks.contains("dev.sagemaker4j.model.CreateWidgetRequest:"
        + " method public String widgetName()"), breaks.toString());
    assertTrue(breaks.contains("dev.sagemaker4j.model.CreateWidgetRequest:"
        + " method public OptionalLong count()"), breaks.toString());
  }

  @Test
  void withTheBaseline_everyPublishedSignatureIsKept_andSaysWhy() throws IOException {
    ApiDump published = api(new Generator(model(false), OPERATIONS).modelSources());
    ApiBaseline baseline = (type, accessor) ->
        published.plainAccessor(JavaNames.MODEL_PKG + "." + type, accessor);

    List<JavaFile> regenerated = new Generator(model(true), OPERATIONS, Extras.none(), baseline,
        Policies.none()).modelSources();

    assertEquals(List.of(), published.breaks(api(regenerated)));
    String request = source(regenerated, "CreateWidgetRequest");
    assertTrue(request.contains("public @Nullable String widgetName()"), request);
    assertTrue(request.contains("no longer requires this member; the accessor keeps the plain"
        + " type"), request);
    assertTrue(request.contains("public OptionalLong count()"), request);
    assertTrue(request.contains("now requires this member; the accessor keeps the {@code"
        + " Optional} type"), request);
    // the checker follows the new model, whatever the accessor's form
    assertTrue(request.contains("\"Count:r:"), request);
    assertTrue(request.contains("\"WidgetName::"), request);
  }

  @Test
  void aNewMember_takesTheFormTheModelGivesIt() throws IOException {
    ApiDump published = api(new Generator(model(false), OPERATIONS).modelSources());

    assertEquals(null, published.plainAccessor(JavaNames.MODEL_PKG + ".CreateWidgetRequest",
        "notAMember"));
    assertEquals(Boolean.TRUE, published.plainAccessor(
        JavaNames.MODEL_PKG + ".CreateWidgetRequest", "widgetName"));
    assertEquals(Boolean.FALSE, published.plainAccessor(
        JavaNames.MODEL_PKG + ".CreateWidgetRequest", "count"));
  }
}
