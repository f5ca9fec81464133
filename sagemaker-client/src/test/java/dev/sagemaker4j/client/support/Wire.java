package dev.sagemaker4j.client.support;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/** What the clients sent, as WireMock recorded it, oldest first. */
public final class Wire {
  private Wire() {}

  public static List<LoggedRequest> requests(WireMockExtension wm) {
    List<LoggedRequest> all = new java.util.ArrayList<>();
    wm.getAllServeEvents().forEach(e -> all.add(0, e.getRequest()));
    return all;
  }

  public static LoggedRequest only(WireMockExtension wm) {
    List<LoggedRequest> all = requests(wm);
    if (all.size() != 1) {
      throw new AssertionError("expected one request, WireMock saw " + all.size());
    }
    return all.get(0);
  }
}
