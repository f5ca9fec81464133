package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.paginators.ListEndpointsIterable;
import dev.sagemaker4j.client.paginators.ListEndpointsPublisher;
import dev.sagemaker4j.client.support.ClientTestBase;
import dev.sagemaker4j.client.support.Harness;
import dev.sagemaker4j.client.support.Wire;
import dev.sagemaker4j.model.EndpointSummary;
import dev.sagemaker4j.model.ListEndpointsResponse;
import dev.sagemaker4j.model.fixtures.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Paginators walk pages lazily across tokens, keep going on a short or empty page that still
 * carries a token, stop on a missing or empty token, refuse a token sent back unchanged, and,
 * async, fetch no page before the subscriber asks and none after it cancels.
 */
class PaginatorTest extends ClientTestBase {
  private static String page(String token, String... names) {
    StringBuilder sb = new StringBuilder("{\"Endpoints\":[");
    for (int i = 0; i < names.length; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"EndpointName\":\"").append(names[i])
          .append("\",\"EndpointArn\":\"arn:aws:sagemaker:us-east-1:123456789012:endpoint/")
          .append(names[i]).append("\",\"CreationTime\":1717243501.219,\"LastModifiedTime\":"
              + "1717243501.219,\"EndpointStatus\":\"InService\"}");
    }
    return sb.append("]").append(token == null ? "" : ",\"NextToken\":\"" + token + "\"")
        .append("}").toString();
  }

  /** Serves the first page to a request without a token, and page n+1 to token n. */
  private static void pages(String... bodies) {
    wm.stubFor(post("/").withRequestBody(notContaining("NextToken"))
        .willReturn(aResponse().withStatus(200).withBody(bodies[0])));
    for (int i = 1; i < bodies.length; i++) {
      wm.stubFor(post("/").withRequestBody(matchingJsonPath("$.NextToken", equalTo("t" + i)))
          .willReturn(aResponse().withStatus(200).withBody(bodies[i])));
    }
  }

  private static List<String> sentTokens() {
    List<String> tokens = new ArrayList<>();
    for (var r : Wire.requests(wm)) {
      tokens.add(JsonTrees.parse(r.getBody()).path("NextToken").asText(""));
    }
    return tokens;
  }

  private static List<String> names(Iterable<EndpointSummary> items) {
    List<String> names = new ArrayList<>();
    items.forEach(e -> names.add(e.endpointName()));
    return names;
  }

  @Test
  void threePages_areWalkedInOrder_withEachToken_andTheLimitKept() {
    pages(page("t1", "a", "b"), page("t2", "c", "d"), page(null, "e"));

    ListEndpointsIterable paginator = harness.sync.listEndpointsPaginator(r -> r.maxResults(2));

    assertEquals(0, Wire.requests(wm).size(), "nothing is sent before iteration");
    assertEquals(List.of("a", "b", "c", "d", "e"), names(paginator.endpoints()));
    assertEquals(List.of("", "t1", "t2"), sentTokens());
    for (var r : Wire.requests(wm)) {
      assertEquals(2, JsonTrees.parse(r.getBody()).get("MaxResults").asInt());
    }
    assertEquals(3, paginator.stream().count(), "a new iteration starts again");
    assertEquals(5, paginator.endpoints().stream().count());
  }

  @Test
  void emptyAndShortPagesThatCarryAToken_doNotEndTheWalk() {
    pages(page("t1"), page("t2", "a"), page("t3"), page("", "b"));

    List<String> found = names(harness.sync.listEndpointsPaginator(r -> r.maxResults(10))
        .endpoints());

    assertEquals(List.of("a", "b"), found);
    assertEquals(List.of("", "t1", "t2", "t3"), sentTokens(),
        "an empty NextToken ends the walk");
  }

  @Test
  void aTokenSentBackUnchanged_stopsTheWalkWithAnError() {
    pages(page("t1", "a"), page("t1", "b"));

    List<String> seen = new ArrayList<>();
    SdkClientException e = assertThrows(SdkClientException.class,
        () -> harness.sync.listEndpointsPaginator(r -> r.maxResults(1)).endpoints()
            .forEach(x -> seen.add(x.endpointName())));

    assertEquals(List.of("a", "b"), seen);
    assertTrue(e.getMessage().startsWith("ListEndpoints returned the NextToken it was sent (t1)"),
        e.getMessage());
    assertEquals(2, Wire.requests(wm).size());
  }

  @Test
  void asyncItems_walkEveryPage() throws Exception {
    pages(page("t1", "a", "b"), page("t2"), page(null, "c"));
    List<String> seen = new CopyOnWriteArrayList<>();

    Harness.join(harness.async.listEndpointsPaginator(r -> r.maxResults(2)).endpoints()
        .subscribe(e -> seen.add(e.endpointName())));

    assertEquals(List.of("a", "b", "c"), seen);
    assertEquals(List.of("", "t1", "t2"), sentTokens());
  }

  @Test
  void asyncPages_withTheConsumerConvenience() {
    pages(page("t1", "a"), page(null, "b"));
    List<ListEndpointsResponse> seen = new CopyOnWriteArrayList<>();

    Harness.join(harness.async.listEndpointsPaginator(r -> r.maxResults(1)).subscribe(seen::add));

    assertEquals(2, seen.size());
  }

  /** A subscriber that asks for what the test says, and records what it gets. */
  private static final class Probe<T> implements Subscriber<T> {
    final List<T> received = new CopyOnWriteArrayList<>();
    final CompletableFuture<Void> done = new CompletableFuture<>();
    volatile Subscription subscription;

    @Override
    public void onSubscribe(Subscription s) {
      subscription = s;
    }

    @Override
    public void onNext(T t) {
      received.add(t);
    }

    @Override
    public void onError(Throwable t) {
      done.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      done.complete(null);
    }

    void awaitCount(int n) throws InterruptedException {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (received.size() < n && System.nanoTime() < until) {
        Thread.sleep(5);
      }
      assertEquals(n, received.size());
    }
  }

  @Test
  void asyncPages_areFetchedOnlyAsTheSubscriberAsks() throws Exception {
    pages(page("t1", "a"), page("t2", "b"), page(null, "c"));
    ListEndpointsPublisher publisher = harness.async.listEndpointsPaginator(r -> r.maxResults(1));
    Probe<ListEndpointsResponse> probe = new Probe<>();

    publisher.subscribe(probe);
    Thread.sleep(100);
    assertEquals(0, Wire.requests(wm).size(), "no page before the subscriber asks");

    probe.subscription.request(1);
    probe.awaitCount(1);
    Thread.sleep(100);
    assertEquals(1, Wire.requests(wm).size(), "one page asked, one page fetched");

    probe.subscription.request(5);
    probe.done.get(10, TimeUnit.SECONDS);
    assertEquals(3, probe.received.size());
    assertEquals(3, Wire.requests(wm).size());
  }

  @Test
  void asyncCancelMidWalk_sendsNoFurtherRequests() throws Exception {
    pages(page("t1", "a", "b"), page("t2", "c"), page(null, "d"));
    Probe<EndpointSummary> probe = new Probe<>();

    harness.async.listEndpointsPaginator(r -> r.maxResults(2)).endpoints().subscribe(probe);
    probe.subscription.request(1);
    probe.awaitCount(1);
    probe.subscription.cancel();
    probe.subscription.request(10);
    Thread.sleep(200);

    assertEquals(1, Wire.requests(wm).size());
    assertEquals(1, probe.received.size());
    assertTrue(!probe.done.isDone(), "a cancelled subscription is not completed");
  }

  @Test
  void asyncNonPositiveRequest_failsTheSubscriptionAsTheSpecSays() throws Exception {
    pages(page(null, "a"));
    Probe<ListEndpointsResponse> probe = new Probe<>();
    harness.async.listEndpointsPaginator(r -> r.maxResults(1)).subscribe(probe);

    probe.subscription.request(0);

    Exception e = assertThrows(Exception.class, () -> probe.done.get(5, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof IllegalArgumentException, e.toString());
  }

  @Test
  void asyncServiceError_endsTheWalkWithIt() {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(400)
        .withBody("{\"__type\":\"ValidationException\",\"message\":\"bad token\"}")));

    Exception e = assertThrows(Exception.class, () -> Harness.join(
        harness.async.listEndpointsPaginator(r -> r.maxResults(1)).subscribe(p -> {})));

    assertTrue(e instanceof dev.sagemaker4j.client.exception.SageMakerException, e.toString());
  }
}
