package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sagemaker4j.client.support.ClientMethods;
import dev.sagemaker4j.client.support.Harness;
import dev.sagemaker4j.client.support.Harness.Mode;
import dev.sagemaker4j.client.support.Wire;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.fixtures.JsonTrees;
import dev.sagemaker4j.model.fixtures.ValidValues;
import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.model.json.SageMakerJson;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated operation, sync and async: a request with every member set goes out as its
 * JSON with the operation's target and content type, and a response with every member set comes
 * back equal.
 */
class OperationsWireTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).build();

  private static Harness harness;

  @BeforeAll
  static void start() {
    harness = new Harness(wm);
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  @BeforeEach
  void reset() {
    harness.reset(wm);
  }

  /** The operations, as the sync interface's methods that take a request object. */
  static List<Method> operations() {
    return ClientMethods.operations();
  }

  static Stream<Arguments> cases() {
    return operations().stream().flatMap(m -> Arrays.stream(Mode.values())
        .map(mode -> Arguments.of(m.getName(), mode)));
  }

  @Test
  void everyOperationOfTheCatalogue_isOnBothClients() throws Exception {
    List<String> fromMethods = new ArrayList<>();
    for (Method m : operations()) {
      fromMethods.add(m.getName());
    }
    List<String> fromCatalogue = new ArrayList<>();
    for (String op : dev.sagemaker4j.client.internal.Operations.names()) {
      fromCatalogue.add(dev.sagemaker4j.model.fixtures.ModelTypes.javaName(op));
    }
    java.util.Collections.sort(fromCatalogue);
    assertEquals(fromCatalogue, fromMethods,
        "one sync method per generated operation, and no other");
    for (Method m : operations()) {
      Method async = SageMakerAsyncClient.class.getMethod(m.getName(), m.getParameterTypes());
      assertEquals(CompletableFuture.class, async.getReturnType());
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void operation_sendsItsRequest_andReadsItsResponse(String name, Mode mode) throws Exception {
    Method syncMethod = operations().stream().filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow();
    Class<?> requestType = syncMethod.getParameterTypes()[0];
    Class<?> responseType = syncMethod.getReturnType();
    ValidValues values = new ValidValues(name.hashCode());
    Object request = values.struct(StructSchema.forType(requestType));
    Object expected = values.struct(StructSchema.forType(responseType));
    String responseJson = SageMakerJson.mapper().writeValueAsString(expected);
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/x-amz-json-1.1")
        .withHeader("x-amzn-RequestId", "req-" + name)
        .withBody(responseJson)));

    Object actual = invoke(mode, syncMethod, request);

    LoggedRequest sent = Wire.only(wm);
    String operation = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    assertEquals("SageMaker." + operation, sent.getHeader("X-Amz-Target"));
    assertEquals("application/x-amz-json-1.1", sent.getHeader("Content-Type"));
    assertEquals("/", sent.getUrl());
    assertEquals("POST", sent.getMethod().getName());
    JsonTrees.assertSameTree(
        JsonTrees.parse(SageMakerJson.mapper().writeValueAsString(request)),
        JsonTrees.parse(sent.getBody()));
    assertEquals(expected, actual);
    SageMakerResponse response = (SageMakerResponse) actual;
    assertEquals("req-" + name, response.responseMetadata().orElseThrow().requestId().orElseThrow());
    assertEquals(1, response.responseMetadata().get().attempts());
    assertTrue(sent.getHeader("User-Agent").startsWith("sagemaker4j/"), sent.getHeader("User-Agent"));
  }

  private Object invoke(Mode mode, Method syncMethod, Object request) throws Exception {
    try {
      if (mode == Mode.SYNC) {
        return syncMethod.invoke(harness.sync, request);
      }
      Method async = SageMakerAsyncClient.class.getMethod(syncMethod.getName(),
          syncMethod.getParameterTypes());
      return Harness.join((CompletableFuture<?>) async.invoke(harness.async, request));
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }
}
