package dev.sagemaker4j.testing.internal;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** Optional accessors' values as the nullable ones builders take. */
final class Nullables {
  private Nullables() {}

  static <T> @Nullable T v(Optional<T> value) {
    return value.orElse(null);
  }

  static @Nullable Integer v(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  static @Nullable Long v(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  static @Nullable Double v(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
