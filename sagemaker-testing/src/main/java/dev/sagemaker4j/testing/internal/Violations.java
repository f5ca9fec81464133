package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.model.ConstraintViolation;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the model violations of a request as the service's {@code ValidationException} message:
 * {@code 1 validation error detected: Value 'x' at 'productionVariants.1.member.modelName' failed
 * to satisfy constraint: Member must satisfy regular expression pattern: ^...}, several joined by
 * {@code "; "} after {@code N validation errors detected: }.
 *
 * <p>Paths are the service's: members in lower camel case, list elements as {@code .N.member}
 * counted from 1. Only the pattern rule's text is recorded from the service; the other rule texts
 * are those the AWS validation framework uses elsewhere (GUESS).
 */
final class Violations {
  private static final Pattern SHORTENED = Pattern.compile("\"(.*)\"\\.\\.\\. \\(\\d+ characters\\)",
      Pattern.DOTALL);

  private Violations() {}

  static String message(List<ConstraintViolation> violations) {
    StringBuilder sb = new StringBuilder();
    sb.append(violations.size()).append(violations.size() == 1
        ? " validation error detected: " : " validation errors detected: ");
    for (int i = 0; i < violations.size(); i++) {
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(one(violations.get(i)));
    }
    return sb.toString();
  }

  static String one(ConstraintViolation v) {
    ServicePath path = ServicePath.of(v.path());
    String rule = rule(v);
    if (path.mapKey) {
      // GUESS: how the validation framework reports the keys and values of a map.
      rule = "Map keys must satisfy constraint: [" + rule + "]";
    } else if (path.mapValue) {
      rule = "Map value must satisfy constraint: [" + rule + "]";
    }
    return value(v) + " at '" + path.text + "' failed to satisfy constraint: " + rule;
  }

  private static String value(ConstraintViolation v) {
    switch (v.rule()) {
      case REQUIRED:
        return "Value null";
      case MIN_SIZE:
      case MAX_SIZE:
      case UNION:
        // GUESS: no value is shown for lists, maps and unions.
        return "Value";
      default:
        break;
    }
    String shown = v.value();
    if (shown.equals("(redacted)")) {
      return "Value"; // GUESS: sensitive values are left out of the message
    }
    Matcher m = SHORTENED.matcher(shown);
    if (m.matches()) {
      shown = m.group(1) + "...";
    } else if (shown.length() >= 2 && shown.startsWith("\"") && shown.endsWith("\"")) {
      shown = shown.substring(1, shown.length() - 1);
    }
    return "Value '" + shown + "'";
  }

  private static String rule(ConstraintViolation v) {
    switch (v.rule()) {
      case REQUIRED:
        return "Member must not be null";
      case MIN_LENGTH:
      case MIN_SIZE:
        return "Member must have length greater than or equal to " + v.constraint();
      case MAX_LENGTH:
      case MAX_SIZE:
        return "Member must have length less than or equal to " + v.constraint();
      case PATTERN:
        String p = v.constraint();
        return "Member must satisfy regular expression pattern: " + (p.startsWith("^") ? p : "^" + p);
      case MIN_VALUE:
        return "Member must have value greater than or equal to " + v.constraint();
      case MAX_VALUE:
        return "Member must have value less than or equal to " + v.constraint();
      case UNION:
        // GUESS: the service's wording for a union with more or fewer than one member set.
        return "Member must have exactly one of [" + v.constraint() + "] set";
      default:
        throw new IllegalStateException("unknown rule " + v.rule());
    }
  }

  /** A checker path ({@code ProductionVariants[0].ModelName}) in the service's form. */
  static final class ServicePath {
    final String text;
    final boolean mapKey;
    final boolean mapValue;

    private ServicePath(String text, boolean mapKey, boolean mapValue) {
      this.text = text;
      this.mapKey = mapKey;
      this.mapValue = mapValue;
    }

    static ServicePath of(String checkerPath) {
      StringBuilder out = new StringBuilder();
      boolean mapKey = false;
      boolean mapValue = false;
      int i = 0;
      int n = checkerPath.length();
      while (i < n) {
        char c = checkerPath.charAt(i);
        mapKey = false;
        mapValue = false;
        if (c == '.') {
          i++;
        } else if (c == '[' && i + 1 < n && checkerPath.charAt(i + 1) == '"') {
          int end = checkerPath.indexOf("\"]", i + 2);
          end = end < 0 ? n : end;
          String key = checkerPath.substring(i + 2, end);
          i = Math.min(n, end + 2);
          if (i < n) {
            out.append('.').append(key);
          } else {
            mapValue = true;
          }
        } else if (c == '[') {
          int end = checkerPath.indexOf(']', i);
          end = end < 0 ? n : end;
          int index = Integer.parseInt(checkerPath.substring(i + 1, end));
          out.append('.').append(index + 1).append(".member");
          i = end + 1;
        } else if (c == '{') {
          int end = checkerPath.indexOf('}', i);
          i = end < 0 ? n : end + 1;
          mapKey = true;
        } else {
          int end = i;
          while (end < n && ".[{".indexOf(checkerPath.charAt(end)) < 0) {
            end++;
          }
          String name = checkerPath.substring(i, end);
          if (out.length() > 0) {
            out.append('.');
          }
          out.append(name.substring(0, 1).toLowerCase(Locale.ROOT)).append(name.substring(1));
          i = end;
        }
      }
      return new ServicePath(out.toString(), mapKey, mapValue);
    }
  }
}
