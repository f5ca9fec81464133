package check.modular;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.model.ConstraintViolationException;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.EndpointStatus;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Runs on the module path only: calls a loopback server that answers like SageMaker through the
 * sync client (URL-connection) and the async client (Netty, found through the module's
 * {@code uses}), writes and reads an answer with a plain Jackson {@code ObjectMapper}, is refused
 * a bad request before anything is sent, and cannot reach the clients' internal packages. Prints
 * one line per check; exits with 1 when any fails.
 */
public final class Main {
  private static final String ENDPOINT_JSON = "{\"EndpointName\":\"churn\","
      + "\"EndpointArn\":\"arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn\","
      + "\"EndpointConfigName\":\"churn-config\",\"EndpointStatus\":\"InService\","
      + "\"CreationTime\":1529870369.986,\"LastModifiedTime\":1529870370.5}";

  private final List<String> failures = new ArrayList<>();
  private int passed;

  public static void main(String[] args) throws Exception {
    Main main = new Main();
    main.run();
    System.out.println("module-path check: " + main.passed + " passed, " + main.failures.size()
        + " failed");
    main.failures.forEach(f -> System.out.println("  FAIL " + f));
    System.exit(main.failures.isEmpty() ? 0 : 1);
  }

  private void check(String what, boolean ok) {
    if (ok) {
      passed++;
      System.out.println("  ok   " + what);
    } else {
      failures.add(what);
    }
  }

  private void run() throws Exception {
    Module client = SageMakerClient.class.getModule();
    Module model = DescribeEndpointResponse.class.getModule();
    check("sagemaker-client is the named module dev.sagemaker4j.client",
        client.isNamed() && "dev.sagemaker4j.client".equals(client.getName()));
    check("sagemaker-model is the named module dev.sagemaker4j.model",
        model.isNamed() && "dev.sagemaker4j.model".equals(model.getName()));
    check("the API packages are exported", client.isExported("dev.sagemaker4j.client")
        && client.isExported("dev.sagemaker4j.client.waiters")
        && model.isExported("dev.sagemaker4j.model"));
    check("the internal packages are not exported",
        !client.isExported("dev.sagemaker4j.client.internal")
            && !model.isExported("dev.sagemaker4j.model.internal"));
    check("an internal class cannot be used", internalIsOutOfReach());

    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      byte[] body = ENDPOINT_JSON.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
      exchange.getResponseHeaders().add("x-amzn-RequestId", "7f6c1a0e-0000-4000-8000-000000000001");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
        AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    try {
      DescribeEndpointResponse sync;
      try (SageMakerClient sageMaker = SageMakerClient.builder().region(Region.US_EAST_1)
          .endpointOverride(endpoint).credentialsProvider(credentials).build()) {
        sync = sageMaker.describeEndpoint(r -> r.endpointName("churn"));
        check("the sync client reads an answer", sync.endpointStatus() == EndpointStatus.IN_SERVICE
            && sync.creationTime().equals(Instant.parse("2018-06-24T19:59:29.986Z")));
        int before = requests.get();
        boolean refused;
        try {
          sageMaker.createModel(r -> r.modelName("not a valid name!"));
          refused = false;
        } catch (ConstraintViolationException e) {
          refused = e.getMessage().contains("ModelName");
        }
        check("a bad request is refused before it is sent", refused && requests.get() == before);
      }
      try (SageMakerAsyncClient async = SageMakerAsyncClient.builder().region(Region.US_EAST_1)
          .endpointOverride(endpoint).credentialsProvider(credentials).build()) {
        DescribeEndpointResponse answer = async.describeEndpoint(r -> r.endpointName("churn"))
            .get(30, TimeUnit.SECONDS);
        check("the async client (Netty, found as a service) reads an answer",
            answer.endpointArn().equals(sync.endpointArn()));
      }
      ObjectMapper mapper = new ObjectMapper();
      String json = mapper.writeValueAsString(sync);
      JsonNode expected = mapper.readTree(ENDPOINT_JSON);
      check("a plain ObjectMapper writes the wire form", mapper.readTree(json).equals(expected));
      check("a plain ObjectMapper reads it back",
          mapper.readValue(json, DescribeEndpointResponse.class).equals(sync));
    } finally {
      server.stop(0);
    }
  }

  private static boolean internalIsOutOfReach() {
    try {
      Class<?> operations = Class.forName("dev.sagemaker4j.client.internal.Operations");
      operations.getMethod("names").invoke(null);
      return false;
    } catch (IllegalAccessException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  private Main() {
  }
}
