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
 * What the model marks deprecated is listed for the model's tests and generated with {@code
 * @Deprecated} and a Javadoc {@code @deprecated} line: the mini model with a member and a
 * structure marked deprecated.
 */
class DeprecatedListTest {
  private static ServiceModel withDeprecations() throws IOException {
    try (InputStream in = resource("/mini/mini-service.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String arn = "\"WidgetArn\": {\n          \"shape\": \"WidgetName\"\n        }";
      String tag = "\"Tag\": {\n      \"type\": \"structure\",";
      assertTrue(json.contains(arn) && json.contains(tag), "the mini model reads as expected");
      return ServiceModel.parse(json
          .replace(arn, "\"WidgetArn\": {\n\"shape\": \"WidgetName\", \"deprecated\": true}")
          .replace(tag, tag + " \"deprecated\": true,"));
    }
  }

  private static InputStream resource(String name) {
    return DeprecatedListTest.class.getResourceAsStream(name);
  }

  @Test
  void deprecatedList_namesTheDeprecatedStructuresAndMembers() throws IOException {
    Generator g = new Generator(withDeprecations(), List.of("CreateWidget"));

    assertEquals("# " + JavaNames.HEADER + "\n"
        + "# What the model marks deprecated: structures (Type) and members (Type.member).\n"
        + "# The model's tests check that each carries @Deprecated, and nothing else.\n"
        + "CreateWidgetResponse.widgetArn\n"
        + "Tag\n", g.deprecatedList());
  }

  @Test
  void deprecatedMemberAndStructure_carryTheAnnotationAndTheJavadocLine() throws IOException {
    List<JavaFile> files = new Generator(withDeprecations(), List.of("CreateWidget"))
        .modelSources();

    String response = source(files, "CreateWidgetResponse");
    assertTrue(response.contains("@deprecated The service model marks this member deprecated.\n"
        + "   */\n  @Deprecated\n  public @Nullable String widgetArn()"), response);
    assertTrue(response.contains("@deprecated The service model marks this member deprecated.\n"
        + "     *\n     * @param value the value; null unsets the member\n"
        + "     * @return this builder\n     */\n    @Deprecated\n"
        + "    public Builder widgetArn(String value)"), response);
    String tag = source(files, "Tag");
    assertTrue(tag.contains("@deprecated The service model marks this structure deprecated.\n"
        + " */\n@Deprecated\npublic final class Tag"), tag);
  }

  @Test
  void miniModelAsItIs_listsNothing() throws IOException {
    String list = new Generator(GeneratorTest.mini(), List.of("CreateWidget")).deprecatedList();

    assertEquals(3, list.lines().count(), list);
  }

  private static String source(List<JavaFile> files, String type) {
    return files.stream().filter(f -> f.typeSpec.name.equals(type)).findFirst().orElseThrow()
        .toString();
  }
}
