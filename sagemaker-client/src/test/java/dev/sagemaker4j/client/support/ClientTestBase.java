package dev.sagemaker4j.client.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One WireMock server and one {@link Harness} per test class, reset before each test. */
public abstract class ClientTestBase {
  @RegisterExtension
  protected static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).build();

  protected static Harness harness;

  @BeforeAll
  static void startHarness() {
    harness = new Harness(wm);
  }

  @AfterAll
  static void stopHarness() {
    harness.close();
  }

  @BeforeEach
  void resetHarness() {
    harness.reset(wm);
  }
}
