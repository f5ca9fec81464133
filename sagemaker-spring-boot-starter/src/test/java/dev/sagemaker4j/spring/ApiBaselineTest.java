package dev.sagemaker4j.spring;

import dev.sagemaker4j.codegen.ApiBaselineCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module's public API is the one recorded in {@code api/sagemaker-spring-boot-starter.api}: nothing a user relies on
 * was removed or changed, and nothing was added without being recorded (and reviewed).
 */
class ApiBaselineTest {
  @Test
  void publicApi_isTheRecordedOne() throws Exception {
    ApiBaselineCheck.verify("sagemaker-spring-boot-starter", List.of("dev.sagemaker4j.spring", "dev.sagemaker4j.spring.local"));
  }
}
