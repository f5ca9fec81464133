package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.client.internal.Operation;
import dev.sagemaker4j.client.internal.Operations;
import dev.sagemaker4j.client.internal.WaiterDefinition;
import dev.sagemaker4j.client.internal.WaiterDefinitions;
import dev.sagemaker4j.client.support.ClientTestBase;
import dev.sagemaker4j.client.waiters.SageMakerWaiter;
import dev.sagemaker4j.client.waiters.WaiterException;
import dev.sagemaker4j.client.waiters.WaiterResponse;
import dev.sagemaker4j.model.fixtures.ValidValues;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated waiter, driven through each of its acceptors: the poll answers with what the
 * acceptor looks for (a status, an error code), and the wait ends as the acceptor says, success
 * with the response or failure with a {@link WaiterException}. The waiters come from the
 * generated definitions, so a waiter added to the model or to extra-waiters.json is covered
 * without a test written for it.
 */
class GeneratedWaitersTest extends ClientTestBase {
  static List<Field> definitions() {
    List<Field> out = new ArrayList<>();
    for (Field f : WaiterDefinitions.class.getFields()) {
      if (f.getType() == WaiterDefinition.class) {
        out.add(f);
      }
    }
    return out;
  }

  static Stream<Arguments> acceptors() throws Exception {
    List<Arguments> out = new ArrayList<>();
    for (Field f : definitions()) {
      WaiterDefinition d = (WaiterDefinition) f.get(null);
      for (int i = 0; i < d.acceptors().size(); i++) {
        if (d.acceptors().get(i).state() != WaiterDefinition.State.RETRY) {
          out.add(Arguments.of(d.name(), i));
        }
      }
    }
    return out.stream();
  }

  @Test
  void everyDefinition_hasAWaitMethodOnBothClients() throws Exception {
    List<Field> all = definitions();
    assertTrue(all.size() >= 13, "the model's 13 waiters and the project's own: " + all.size());
    for (Field f : all) {
      WaiterDefinition d = (WaiterDefinition) f.get(null);
      Operation<?, ?> op = Operations.byName(d.operation());
      SageMakerWaiter.class.getMethod("waitUntil" + d.name(), op.inputType());
      dev.sagemaker4j.client.waiters.SageMakerAsyncWaiter.class.getMethod(
          "waitUntil" + d.name(), op.inputType());
    }
  }

  @ParameterizedTest(name = "{0} acceptor {1}")
  @MethodSource("acceptors")
  void acceptor_endsTheWaitAsItSays(String name, int index) throws Exception {
    WaiterDefinition d = definitions().stream().map(GeneratedWaitersTest::value)
        .filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    WaiterDefinition.Acceptor a = d.acceptors().get(index);
    Operation<?, ?> op = Operations.byName(d.operation());
    var answer = a.matcher() == WaiterDefinition.Matcher.ERROR
        ? aResponse().withStatus(400).withBody("{\"__type\":\"" + a.expected()
            + "\",\"message\":\"gone\"}")
        : aResponse().withStatus(200).withBody(responseWith(a.argument(), a.expected()));
    wm.stubFor(post("/").withHeader("X-Amz-Target", equalTo(op.target()))
        .willReturn(answer.withHeader("x-amzn-RequestId", "rid")));
    Object request = new ValidValues(name.hashCode()).struct(op.input());
    Method wait = SageMakerWaiter.class.getMethod("waitUntil" + d.name(), op.inputType());

    Object outcome;
    try {
      outcome = wait.invoke(harness.sync.waiter(), request);
    } catch (InvocationTargetException e) {
      outcome = e.getCause();
    }

    if (a.state() == WaiterDefinition.State.SUCCESS) {
      WaiterResponse<?> done = assertInstanceOf(WaiterResponse.class, outcome);
      assertEquals(1, done.attempts());
    } else {
      WaiterException e = assertInstanceOf(WaiterException.class, outcome);
      assertEquals(WaiterException.Reason.FAILURE_STATE, e.reason());
      assertEquals(1, e.attempts());
    }
  }

  private static WaiterDefinition value(Field f) {
    try {
      return (WaiterDefinition) f.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** A response whose member at {@code path} ({@code a.b} of wire names) is {@code value}. */
  private static String responseWith(String path, Object value) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode current = root;
    String[] parts = path.split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      current = current.putObject(parts[i].replace("[]", ""));
    }
    String last = parts[parts.length - 1];
    if (value instanceof Boolean b) {
      current.put(last, b);
    } else if (value instanceof Number n) {
      current.put(last, n.doubleValue());
    } else {
      current.put(last, value.toString());
    }
    return root.toString();
  }
}
