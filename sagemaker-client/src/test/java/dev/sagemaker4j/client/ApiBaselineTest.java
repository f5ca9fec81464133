package dev.sagemaker4j.client;

import dev.sagemaker4j.codegen.ApiBaselineCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module's public API is the one recorded in {@code api/sagemaker-client.api}: nothing a user relies on
 * was removed or changed, and nothing was added without being recorded (and reviewed).
 */
class ApiBaselineTest {
  @Test
  void publicApi_isTheRecordedOne() throws Exception {
    ApiBaselineCheck.verify("sagemaker-client", List.of("dev.sagemaker4j.client", "dev.sagemaker4j.client.exception", "dev.sagemaker4j.client.waiters", "dev.sagemaker4j.client.paginators"));
  }
}
