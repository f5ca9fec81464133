package dev.sagemaker4j.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerAsyncClientBuilder;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.SageMakerClientBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * A JUnit 5 extension that runs WireMock on a free loopback port for a test class and hands out
 * SageMaker clients pointed at it, typed stubs and typed verification.
 *
 * <pre>{@code
 * class DeployerTest {
 *   @RegisterExtension
 *   static SageMakerWireMock sageMaker = SageMakerWireMock.create();
 *
 *   @Test
 *   void deploy_whenTheQuotaIsUsedUp_reportsIt() {
 *     sageMaker.stubs().createEndpoint()
 *         .willFail(SageMakerError.RESOURCE_LIMIT_EXCEEDED, "The account-level service limit ...");
 *
 *     new Deployer(sageMaker.client()).deploy("churn");
 *
 *     assertEquals("churn", sageMaker.sent().createEndpoint().get(0).endpointName());
 *   }
 * }
 * }</pre>
 *
 * <p>Or {@code @ExtendWith(SageMakerWireMock.class)} and take {@code SageMakerClient}, {@code
 * SageMakerAsyncClient} or {@code SageMakerWireMock} as test method parameters. Stubs and recorded
 * requests are cleared before each test. The clients use test credentials and retry without
 * waiting, so a throttled-then-successful call takes no time; for another configuration start
 * from {@link #clientBuilder()}.
 */
public final class SageMakerWireMock implements BeforeAllCallback, AfterAllCallback,
    BeforeEachCallback, AfterEachCallback, ParameterResolver {
  /** The access key of the test credentials. */
  public static final String ACCESS_KEY_ID = "AKIDSAGEMAKER4JTEST";
  private static final String SECRET = "sagemaker4j-test-secret";

  private WireMockServer server;
  private final List<AutoCloseable> clients = new ArrayList<>();
  private SageMakerClient client;
  private SageMakerAsyncClient asyncClient;
  private boolean perMethod;

  /** For {@code @ExtendWith}; prefer {@link #create()} with {@code @RegisterExtension}. */
  public SageMakerWireMock() {}

  public static SageMakerWireMock create() {
    return new SageMakerWireMock();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (server == null) {
      perMethod = true; // registered on an instance field: one server per test
      start();
    }
    reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perMethod) {
      stop();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  private synchronized void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
        .maxRequestJournalEntries(10_000));
    server.start();
  }

  private synchronized void stop() {
    for (AutoCloseable c : clients) {
      try {
        c.close();
      } catch (Exception e) {
        // closing test clients; nothing to report
      }
    }
    clients.clear();
    client = null;
    asyncClient = null;
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  private WireMockServer server() {
    if (server == null) {
      throw new IllegalStateException("SageMakerWireMock is not running: register it with"
          + " @RegisterExtension or @ExtendWith");
    }
    return server;
  }

  /** The stand-in endpoint, {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return URI.create(server().baseUrl());
  }

  /** The test credentials the clients sign with. */
  public AwsCredentialsProvider credentialsProvider() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET));
  }

  /** Stubs, one method per operation: {@code stubs().createEndpoint().willReturn(...)}. */
  public SageMakerStubs stubs() {
    return new SageMakerStubs(server());
  }

  /** What was received, typed: {@code sent().createEndpoint()}. */
  public SentRequests sent() {
    return new SentRequests(server());
  }

  /** The WireMock server itself, for anything the typed stubs do not cover. */
  public WireMockServer wireMock() {
    return server();
  }

  /** Clears stubs, scenarios and recorded requests (done before each test). */
  public void reset() {
    server().resetAll();
  }

  /** A client pointed at WireMock, shared for the test class, closed by the extension. */
  public synchronized SageMakerClient client() {
    if (client == null) {
      client = clientBuilder().build();
      clients.add(client);
    }
    return client;
  }

  /** An async client pointed at WireMock, shared for the test class, closed by the extension. */
  public synchronized SageMakerAsyncClient asyncClient() {
    if (asyncClient == null) {
      asyncClient = asyncClientBuilder().build();
      clients.add(asyncClient);
    }
    return asyncClient;
  }

  /** A builder with region, endpoint, credentials and waitless retries set; change the rest. */
  public SageMakerClientBuilder clientBuilder() {
    return SageMakerClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint())
        .credentialsProvider(credentialsProvider())
        .overrideConfiguration(o -> o.retryStrategy(immediateRetries())
            .eventualConsistencyBackoff(BackoffStrategy.retryImmediately())
            .sleeper(d -> { }));
  }

  /** An async builder with region, endpoint, credentials and waitless retries set. */
  public SageMakerAsyncClientBuilder asyncClientBuilder() {
    return SageMakerAsyncClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint())
        .credentialsProvider(credentialsProvider())
        .overrideConfiguration(o -> o.retryStrategy(immediateRetries())
            .eventualConsistencyBackoff(BackoffStrategy.retryImmediately()));
  }

  private static software.amazon.awssdk.retries.api.RetryStrategy immediateRetries() {
    return AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .backoffStrategy(BackoffStrategy.retryImmediately())
        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
        .build();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == SageMakerClient.class || type == SageMakerAsyncClient.class
        || type == SageMakerWireMock.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == SageMakerClient.class) {
      return client();
    }
    if (type == SageMakerAsyncClient.class) {
      return asyncClient();
    }
    if (type == SageMakerWireMock.class) {
      return this;
    }
    throw new ParameterResolutionException("cannot supply " + type);
  }

  @Override
  public String toString() {
    return "SageMakerWireMock(" + (server == null ? "stopped" : server.baseUrl()) + ")";
  }

}
