package dev.sagemaker4j.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares a module's compiled public API with its committed baseline ({@code api/<module>.api}),
 * for the module's own test: a missing or changed member fails (it would break a user's compile
 * or link), and so does a new one until the baseline records it, so that every change of the API
 * shows in a review. Run the module's tests with {@code -Dsagemaker4j.api.update=true} to write
 * the baseline from the compiled classes, then read its diff.
 */
public final class ApiBaselineCheck {
  /** The system property that records the compiled API as the new baseline. */
  public static final String UPDATE = "sagemaker4j.api.update";

  private ApiBaselineCheck() {}

  /**
   * Checks the classes in {@code target/classes} of the module whose folder is the working
   * directory against {@code api/<module>.api}.
   *
   * @throws AssertionError naming every break, or every addition not yet recorded
   */
  public static void verify(String module, List<String> packages) throws IOException {
    ApiDump current = ApiDump.of(Path.of("target/classes"),
        ApiBaselineCheck.class.getClassLoader(), packages);
    Path file = Path.of("api", module + ".api");
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, current.text(), StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      throw new AssertionError(file + " is missing: record the API with -D" + UPDATE + "=true");
    }
    ApiDump baseline = ApiDump.read(file);
    List<String> breaks = baseline.breaks(current);
    if (!breaks.isEmpty()) {
      throw new AssertionError("the public API of " + module + " lost or changed what users may"
          + " rely on (" + file + "):\n  " + String.join("\n  ", breaks));
    }
    List<String> added = baseline.additions(current);
    if (!added.isEmpty()) {
      throw new AssertionError("the public API of " + module + " grew; record it in " + file
          + " with -D" + UPDATE + "=true and review the diff:\n  "
          + String.join("\n  ", added.subList(0, Math.min(added.size(), 50)))
          + (added.size() > 50 ? "\n  ... and " + (added.size() - 50) + " more" : ""));
    }
  }
}
