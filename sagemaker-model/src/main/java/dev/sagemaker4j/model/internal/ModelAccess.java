package dev.sagemaker4j.model.internal;

import dev.sagemaker4j.model.ResponseMetadata;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.jspecify.annotations.Nullable;

/**
 * The bridge from the model's internals to the package-private state of generated structures
 * (their values, their schema, their constructor), so that none of it is public API. The
 * structures' base class installs the one implementation when it is initialized.
 */
public abstract class ModelAccess {
  private static volatile @Nullable ModelAccess instance;

  /** For the structures' base class only; a second call fails. */
  public static void install(ModelAccess access) {
    synchronized (ModelAccess.class) {
      if (instance != null) {
        throw new IllegalStateException("ModelAccess is installed already");
      }
      instance = access;
    }
  }

  static ModelAccess get() {
    ModelAccess a = instance;
    if (a == null) {
      try {
        Class.forName("dev.sagemaker4j.model.SageMakerObject", true,
            ModelAccess.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      a = instance;
      if (a == null) {
        throw new IllegalStateException("the model's structures did not install ModelAccess");
      }
    }
    return a;
  }

  /** The members of a structure in model order, null where unset. Do not modify. */
  protected abstract Object[] values(Object structure);

  protected abstract StructSchema<?> schema(Object structure);

  /** The schema of a generated structure type, or null for any other type. */
  protected abstract @Nullable StructSchema<?> schemaOf(Class<?> type);

  /** A handle {@code (Object[]) -> Object} on the values constructor of the lookup's class. */
  protected abstract MethodHandle constructor(MethodHandles.Lookup lookup);

  protected abstract void responseMetadata(Object response, ResponseMetadata metadata);
}
