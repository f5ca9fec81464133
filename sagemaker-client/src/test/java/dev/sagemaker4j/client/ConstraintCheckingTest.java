package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.support.ClientTestBase;
import dev.sagemaker4j.client.support.Harness;
import dev.sagemaker4j.client.support.Harness.Mode;
import dev.sagemaker4j.client.support.Wire;
import dev.sagemaker4j.model.ConstraintChecker;
import dev.sagemaker4j.model.ConstraintViolationException;
import dev.sagemaker4j.model.DescribeEndpointRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three checking modes, sync and async: ENFORCE refuses a request that breaks the model's
 * rules and sends nothing, naming the model snapshot and how to relax the check; WARN logs each
 * distinct report once, naming the snapshot, and sends; OFF sends unchecked and says nothing.
 * The WARN line is read from SLF4J's simple logger, which writes to {@code System.err} at INFO.
 */
class ConstraintCheckingTest extends ClientTestBase {
  private static final DescribeEndpointRequest BAD_NAME =
      DescribeEndpointRequest.builder().endpointName("bad name").build();
  private static final DescribeEndpointRequest LONG_NAME =
      DescribeEndpointRequest.builder().endpointName("a".repeat(64)).build();
  private static final String WARNING = "although it breaks rules of the service model";

  @BeforeEach
  void answerEveryCall() {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withBody("{}")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void enforce_badRequest_throwsNamingSnapshotAndRelaxation_sendsNothing(Mode mode) {
    ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
        () -> harness.call(mode, c -> c.describeEndpoint(BAD_NAME),
            c -> c.describeEndpoint(BAD_NAME)));

    assertTrue(e.getMessage().contains("(" + ConstraintChecker.modelSnapshot() + ")"),
        e.getMessage());
    assertTrue(e.getMessage().contains(
        "overrideConfiguration(o -> o.constraintChecking(ConstraintChecking.WARN))"),
        e.getMessage());
    assertTrue(e.getMessage().contains("ConstraintChecking.OFF"), e.getMessage());
    assertEquals(0, Wire.requests(wm).size());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void warn_sameBadRequestTwice_logsOnceNamingTheSnapshot_andSendsBoth(Mode mode) {
    String err = stderrOf(o -> o.constraintChecking(ConstraintChecking.WARN), h -> {
      h.call(mode, c -> c.describeEndpoint(BAD_NAME), c -> c.describeEndpoint(BAD_NAME));
      h.call(mode, c -> c.describeEndpoint(BAD_NAME), c -> c.describeEndpoint(BAD_NAME));
      h.call(mode, c -> c.describeEndpoint(LONG_NAME), c -> c.describeEndpoint(LONG_NAME));
    });

    assertEquals(3, Wire.requests(wm).size(), "every call is sent");
    List<String> warnings = err.lines().filter(l -> l.contains(WARNING)).toList();
    assertEquals(2, warnings.size(), "one line per distinct report:\n" + err);
    String first = warnings.get(0);
    assertTrue(first.contains("WARN") && first.contains("Sending DescribeEndpoint")
        && first.contains("(" + ConstraintChecker.modelSnapshot() + ";")
        && first.contains("EndpointName must match the pattern"), first);
    assertTrue(warnings.get(1).contains("EndpointName must be at most 63 characters long"),
        warnings.get(1));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void off_viaTheBooleanOverload_sendsUnchecked_andLogsNothing(Mode mode) {
    String err = stderrOf(o -> o.constraintChecking(false), h ->
        h.call(mode, c -> c.describeEndpoint(BAD_NAME), c -> c.describeEndpoint(BAD_NAME)));

    assertEquals(1, Wire.requests(wm).size());
    assertEquals(List.of(), err.lines().filter(l -> l.contains(WARNING)).toList());
  }

  /** What the calls made through a client with {@code config} printed on {@code System.err}. */
  private static String stderrOf(Consumer<OverrideConfiguration.Builder> config,
      Consumer<Harness> calls) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.err;
    try (Harness h = new Harness(wm, config)) {
      System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      calls.accept(h);
    } finally {
      System.setErr(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
