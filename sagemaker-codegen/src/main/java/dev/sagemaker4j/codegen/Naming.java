package dev.sagemaker4j.codegen;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names for model names, following the AWS SDK for Java v2 so that code moving between the
 * two SDKs reads the same: {@code S3Uri} is {@code s3Uri()}, {@code VPCConfig} is {@code
 * vpcConfig()}, enum value {@code ml.p5.48xlarge} is {@code ML_P5_48_XLARGE}.
 */
final class Naming {
  private Naming() {}

  /**
   * Lower-cases the leading capitals of a member name, except the last one when it starts a
   * word: {@code EndpointName} to {@code endpointName}, {@code VPCConfig} to {@code vpcConfig},
   * {@code S3Uri} to {@code s3Uri}. Java keywords get a {@code Value} suffix.
   */
  static String memberName(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    int i = 0;
    do {
      sb.append(Character.toLowerCase(name.charAt(i++)));
    } while (i < name.length() && Character.isUpperCase(name.charAt(i))
        && !(i < name.length() - 1 && Character.isLowerCase(name.charAt(i + 1))));
    sb.append(name.substring(i));
    String result = sb.toString();
    return SourceVersion.isKeyword(result) ? result + "Value" : result;
  }

  /** Capitalizes the first letter: a member name as a type or enum-constant stem. */
  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** An enum constant for a wire value, as the AWS SDK for Java v2 names it. */
  static String enumConstant(String value) {
    String result = value.replace("textORcsv", "TEXT_OR_CSV");
    result = String.join("_", splitOnWordBoundaries(result)).toUpperCase(Locale.US);
    if (result.isEmpty() || !Character.isJavaIdentifierStart(result.charAt(0))) {
      result = "VALUE_" + result;
    }
    if (!SourceVersion.isIdentifier(result) || SourceVersion.isKeyword(result)) {
      throw new IllegalArgumentException("no Java name for enum value '" + value + "'");
    }
    return result;
  }

  static String[] splitOnWordBoundaries(String toSplit) {
    String result = toSplit;
    result = result.replaceAll("[^A-Za-z0-9]+", " ");
    result = result.replaceAll("([^a-z]{2,})v([0-9]+)", "$1 v$2 ")
        .replaceAll("([^A-Z]{2,})V([0-9]+)", "$1 V$2 ");
    result = String.join(" ", result.split("(?<=[a-z])(?=[A-Z]([a-zA-Z]|[0-9]))"));
    result = result.replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
    result = result.replaceAll("([0-9])([a-zA-Z])", "$1 $2");
    result = result.replaceAll(" +", " ").trim();
    return result.isEmpty() ? new String[0] : result.split(" ");
  }

  /** Method names the generated types or their builders already use ({@code type} too, in unions). */
  static final Set<String> RESERVED_MEMBER_NAMES = Set.of("builder", "toBuilder", "build", "from",
      "applyMutation", "responseMetadata", "equals", "hashCode", "toString", "getClass",
      "clone", "finalize", "notify", "notifyAll", "wait");
}
