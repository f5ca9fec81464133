package dev.sagemaker4j.client.support;

import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.client.ConstraintChecking;
import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.model.ConstraintViolationException;
import dev.sagemaker4j.model.fixtures.SensitiveValues;
import dev.sagemaker4j.model.fixtures.ValidValues;
import dev.sagemaker4j.model.internal.JsonCodec;
import dev.sagemaker4j.model.internal.StructSchema;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * A program that calls, as an application would and with whatever logging its JVM is given,
 * every operation whose request or response can hold a sensitive member, with {@link
 * SensitiveValues#MARKER} in each: valid requests and rule-breaking ones through sync
 * (URL-connection) and async (Netty) clients in WARN mode, which log and send them; the
 * rule-breaking ones through an ENFORCE client, whose refusal the application logs with its
 * stack trace; and responses that carry the marker, which the application logs. A local server
 * answers. The last line counts what was done; nothing else it prints names a value.
 */
public final class SensitiveCallsProbe {
  public static final String SUMMARY = "--- probe: ";

  private static final Logger APP = LoggerFactory.getLogger("probe.application");

  private SensitiveCallsProbe() {}

  public static void main(String[] args) throws Exception {
    AtomicReference<byte[]> answer = new AtomicReference<>();
    AtomicInteger sentWithMarker = new AtomicInteger();
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (new String(body, StandardCharsets.UTF_8).contains(SensitiveValues.MARKER)) {
        sentWithMarker.incrementAndGet();
      }
      byte[] out = answer.get();
      exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
      exchange.getResponseHeaders().add("x-amzn-RequestId", "probe");
      exchange.sendResponseHeaders(200, out.length);
      exchange.getResponseBody().write(out);
      exchange.close();
    });
    server.start();
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    int requests = 0;
    int responses = 0;
    int refused = 0;
    int received = 0;
    try (SdkHttpClient http = UrlConnectionHttpClient.create();
        SdkAsyncHttpClient asyncHttp = NettyNioAsyncHttpClient.create();
        SageMakerClient warn = SageMakerClient.builder().region(Region.US_EAST_1)
            .endpointOverride(endpoint).credentialsProvider(ClientUnderTest.CREDENTIALS)
            .httpClient(http)
            .overrideConfiguration(o -> o.constraintChecking(ConstraintChecking.WARN)).build();
        SageMakerAsyncClient warnAsync = SageMakerAsyncClient.builder().region(Region.US_EAST_1)
            .endpointOverride(endpoint).credentialsProvider(ClientUnderTest.CREDENTIALS)
            .httpClient(asyncHttp)
            .overrideConfiguration(o -> o.constraintChecking(ConstraintChecking.WARN)).build();
        SageMakerClient enforce = SageMakerClient.builder().region(Region.US_EAST_1)
            .endpointOverride(endpoint).credentialsProvider(ClientUnderTest.CREDENTIALS)
            .httpClient(http).build()) {
      for (Method op : ClientMethods.operations()) {
        StructSchema<Object> input = ClientMethods.schema(op.getParameterTypes()[0]);
        StructSchema<Object> output = ClientMethods.schema(op.getReturnType());
        Method async = SageMakerAsyncClient.class.getMethod(op.getName(), op.getParameterTypes());
        answer.set("{}".getBytes(StandardCharsets.UTF_8));
        if (SensitiveValues.reaches(input)) {
          requests++;
          Object valid = SensitiveValues.holdingSensitive(input, SensitiveValues::valid);
          Object broken = SensitiveValues.holdingSensitive(input, SensitiveValues::breaking);
          APP.debug("sending {}", valid);
          for (Object request : List.of(valid, broken)) {
            op.invoke(warn, request);
            join(async.invoke(warnAsync, request));
          }
          try {
            call(op, enforce, broken);
          } catch (ConstraintViolationException e) {
            refused++;
            APP.error("{} was refused", op.getName(), e);
          }
        }
        if (SensitiveValues.reaches(output)) {
          responses++;
          Object response = SensitiveValues.holdingSensitive(output, SensitiveValues::valid);
          answer.set(JsonCodec.toBytes(output, response));
          Object request = SensitiveValues.replace(input, new ValidValues(1).struct(input),
              SensitiveValues::valid, new int[1]);
          for (Object got : List.of(op.invoke(warn, request),
              join(async.invoke(warnAsync, request)))) {
            APP.debug("received {}", got);
            if (new String(JsonCodec.toBytes(output, got), StandardCharsets.UTF_8)
                .contains(SensitiveValues.MARKER)) {
              received++;
            }
          }
        }
      }
    } finally {
      server.stop(0);
    }
    System.out.println(SUMMARY + requests + " requests, " + responses + " responses, " + refused
        + " refused, " + sentWithMarker.get() + " sent with the marker, " + received
        + " received with it");
  }

  private static Object call(Method op, Object client, Object request) throws Exception {
    try {
      return op.invoke(client, request);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception x ? x : e;
    }
  }

  private static Object join(Object future) {
    return ((CompletableFuture<?>) future).join();
  }
}
