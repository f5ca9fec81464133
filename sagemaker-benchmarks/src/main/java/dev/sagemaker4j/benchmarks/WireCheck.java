package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.benchmarks.server.BenchServer;
import dev.sagemaker4j.benchmarks.server.CannedResponses;
import dev.sagemaker4j.model.DescribeEndpointRequest;
import dev.sagemaker4j.model.fixtures.FixtureRequests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * The one-time fairness check run before the benchmarks: both SDKs make the two benchmarked
 * calls through a recording HTTP client, and their bodies must be the same JSON tree (and the
 * tree the official client was captured sending). It also records whether the bytes and the
 * signed headers are the same, for the report. Each benchmark fork repeats the body check for
 * its own contender at setup.
 *
 * <p>{@code java ... WireCheck [report-file]}: exits with 1 when the bodies differ.
 */
public final class WireCheck {
  private WireCheck() {}

  /** Runs the check; writes a Markdown summary to the file given, if any. */
  public static void main(String[] args) throws IOException {
    List<String> lines = new ArrayList<>();
    boolean ok = true;
    try (BenchServer server = BenchServer.start(0, CannedResponses.all());
        CapturingHttpClient ourHttp = new CapturingHttpClient(Contenders.syncHttpClient());
        CapturingHttpClient officialHttp = new CapturingHttpClient(Contenders.syncHttpClient());
        dev.sagemaker4j.client.SageMakerClient ours = Contenders.ours(endpoint(server), ourHttp);
        software.amazon.awssdk.services.sagemaker.SageMakerClient official =
            Contenders.official(endpoint(server), officialHttp)) {
      ours.createProcessingJob(FixtureRequests.createProcessingJob());
      official.createProcessingJob(OfficialRequests.createProcessingJob());
      ok &= compare("CreateProcessingJob", WireFixtures.CREATE_PROCESSING_JOB, ourHttp.last(),
          officialHttp.last(), lines);
      ours.describeEndpoint(DescribeEndpointRequest.builder().endpointName("churn-endpoint")
          .build());
      official.describeEndpoint(OfficialRequests.describeEndpoint());
      ok &= compare("DescribeEndpoint", WireFixtures.DESCRIBE_ENDPOINT, ourHttp.last(),
          officialHttp.last(), lines);
    }
    lines.forEach(System.out::println);
    if (args.length > 0) {
      Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
    }
    if (!ok) {
      System.err.println("WireCheck: the SDKs do not send the same request; not benchmarking.");
      System.exit(1);
    }
  }

  private static java.net.URI endpoint(BenchServer server) {
    return java.net.URI.create("http://127.0.0.1:" + server.port());
  }

  private static boolean compare(String operation, String fixture, CapturingHttpClient.Sent ours,
      CapturingHttpClient.Sent official, List<String> out) {
    String treeDiff = WireFixtures.difference("$", WireFixtures.tree(official.body()),
        WireFixtures.tree(ours.body()));
    String fixtureDiff = WireFixtures.difference("$",
        WireFixtures.request(fixture).get("body"), WireFixtures.tree(official.body()));
    boolean sameBytes = Arrays.equals(ours.body(), official.body());
    out.add("- " + operation + ": JSON trees "
        + (treeDiff == null ? "equal" : "DIFFER (" + treeDiff + ")")
        + "; bytes " + (sameBytes ? "identical" : "differ") + " (ours " + ours.body().length
        + " B, official " + official.body().length + " B); official body "
        + (fixtureDiff == null ? "equals" : "DIFFERS from (" + fixtureDiff + ")")
        + " the captured fixture `" + fixture + "`; X-Amz-Target "
        + header(ours.request(), "X-Amz-Target") + " / "
        + header(official.request(), "X-Amz-Target")
        + "; signed headers ours `" + signed(ours.request()) + "`, official `"
        + signed(official.request()) + "`");
    return treeDiff == null && fixtureDiff == null
        && header(ours.request(), "X-Amz-Target").equals(
            header(official.request(), "X-Amz-Target"));
  }

  private static String header(SdkHttpRequest r, String name) {
    return r.firstMatchingHeader(name).orElse("(none)");
  }

  private static String signed(SdkHttpRequest r) {
    String auth = header(r, "Authorization");
    int i = auth.indexOf("SignedHeaders=");
    if (i < 0) {
      return "(unsigned)";
    }
    String rest = auth.substring(i + "SignedHeaders=".length());
    int end = rest.indexOf(',');
    return String.join(";", new TreeSet<>(Arrays.asList(
        (end < 0 ? rest : rest.substring(0, end)).split(";"))));
  }
}
