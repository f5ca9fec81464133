package dev.sagemaker4j.testing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import dev.sagemaker4j.client.internal.Operations;
import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.testing.ResourceKind;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The stand-in behind {@code LocalSageMaker}: a WireMock server on the loopback interface whose
 * one stub hands every request to the {@link Dispatcher}, through a response transformer.
 */
public final class StandIn implements AutoCloseable {
  private final State state;
  private final Models models;
  private final Endpoints endpoints;
  private final ProcessingJobs jobs;
  private final Pipelines pipelines;
  private final Clusters clusters;
  private final Tags tags = new Tags();
  private final Handlers handlers;
  private final Dispatcher dispatcher;
  private final WireMockServer server;

  private StandIn(Settings settings) {
    this.state = new State(settings);
    this.models = new Models(state);
    this.endpoints = new Endpoints(state, models);
    this.jobs = new ProcessingJobs(state);
    this.pipelines = new Pipelines(state);
    this.clusters = new Clusters(state);
    this.handlers = new Handlers(state, tags, models, endpoints, jobs, pipelines, clusters);
    state.countWith(() -> models.count() + endpoints.count() + jobs.count() + pipelines.count()
        + clusters.count() + handlers.engine().count());
    this.dispatcher = new Dispatcher(state, handlers);
    WireMockConfiguration options = WireMockConfiguration.options()
        .port(settings.port())
        .bindAddress("127.0.0.1")
        .jettyAcceptors(1)
        .containerThreads(16)
        .extensions(new Transformer(dispatcher))
        .mappingSource(new NoMappings())
        .notifier(new Slf4jNotifier(false))
        .gzipDisabled(true)
        .templatingEnabled(false)
        .maxRequestJournalEntries(1000);
    this.server = new WireMockServer(options);
  }

  /** Starts a stand-in with these settings; close it when done. */
  public static StandIn start(Settings settings) {
    StandIn standIn = new StandIn(settings);
    standIn.server.start();
    standIn.server.stubFor(any(anyUrl())
        .willReturn(aResponse().withTransformers(Transformer.NAME)));
    return standIn;
  }

  /** Answers one request as the server would, without the HTTP around it. */
  WireResponse handle(WireRequest request) {
    return dispatcher.handle(request);
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** The WireMock server, whose request journal holds the last 1000 requests. */
  public WireMockServer server() {
    return server;
  }

  /** Plans a failure; see {@code LocalSageMaker.failNext}. */
  public void failNext(ResourceKind kind, @Nullable String name, String reason) {
    failNext(FailurePlan.kindName(kind), name, reason);
  }

  /** Plans a failure for a kind as the operations name it, such as {@code TrainingJob}. */
  public void failNext(String kind, @Nullable String name, String reason) {
    synchronized (state) {
      state.failures.add(kind, name, reason);
    }
  }

  /**
   * The kind of resource as the operations name it ({@code TrainingJob}) for a name given with
   * any case, dashes or underscores ({@code training-job}): one whose {@code Describe<X>} answers
   * a status, so that it has a lifecycle whose steps can fail.
   *
   * @throws IllegalArgumentException when there is no such kind
   */
  public static String kindNamed(String kind) {
    if (kind == null || kind.isEmpty()) {
      throw new IllegalArgumentException("kind must not be empty, was " + kind);
    }
    String wanted = kind.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    for (String op : Operations.names()) {
      String name = op.startsWith("Describe") ? op.substring("Describe".length()) : "";
      if (name.toLowerCase(Locale.ROOT).equals(wanted)) {
        StructSchema<?> out = Operations.byName(op).output();
        for (String status : List.of(name + "Status", "Status")) {
          if (!Kind.values(out.member(status)).isEmpty()) {
            return name;
          }
        }
      }
    }
    throw new IllegalArgumentException("no kind of resource named '" + kind + "' with a"
        + " lifecycle: Describe<kind> of the service answers no status (such as TrainingJob, or"
        + " training-job)");
  }

  /** Throttles the next {@code n} requests. */
  public void throttleNext(int n) {
    dispatcher.throttleNext(n);
  }

  /** Forgets every resource, planned failure, throttle and recorded request. */
  public void reset() {
    synchronized (state) {
      state.reset();
      models.reset();
      endpoints.reset();
      jobs.reset();
      pipelines.reset();
      clusters.reset();
      tags.reset();
      handlers.engine().reset();
    }
    dispatcher.throttleNext(0);
    server.resetRequests();
  }

  @Override
  public void close() {
    server.stop();
  }

  /** Loads no stub files: the stand-in's one stub is added in code. */
  private static final class NoMappings implements MappingsSource {
    @Override
    public void loadMappingsInto(StubMappings stubMappings) {}

    @Override
    public void save(List<StubMapping> stubMappings) {}

    @Override
    public void save(StubMapping stubMapping) {}

    @Override
    public void remove(StubMapping stubMapping) {}

    @Override
    public void removeAll() {}
  }
}
