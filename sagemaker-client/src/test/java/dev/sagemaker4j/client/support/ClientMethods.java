package dev.sagemaker4j.client.support;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.internal.StructSchema;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** The generated operations as the sync client's methods, for tests that cover every one. */
public final class ClientMethods {
  private ClientMethods() {}

  /** The sync interface's methods that take a request object, sorted by name. */
  public static List<Method> operations() {
    List<Method> ops = new ArrayList<>();
    for (Method m : SageMakerClient.class.getMethods()) {
      if (m.getParameterCount() == 1
          && SageMakerRequest.class.isAssignableFrom(m.getParameterTypes()[0])
          && SageMakerResponse.class.isAssignableFrom(m.getReturnType())) {
        ops.add(m);
      }
    }
    ops.sort((a, b) -> a.getName().compareTo(b.getName()));
    return ops;
  }

  /** The schema of a request or response type. */
  @SuppressWarnings("unchecked")
  public static StructSchema<Object> schema(Class<?> type) {
    return (StructSchema<Object>) StructSchema.of(type);
  }
}
