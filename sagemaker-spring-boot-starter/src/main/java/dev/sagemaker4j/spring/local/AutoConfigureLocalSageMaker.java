package dev.sagemaker4j.spring.local;

import dev.sagemaker4j.spring.SageMakerAutoConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * On a Spring Boot test class: starts the embedded stand-in {@code LocalSageMaker} (from {@code
 * dev.sagemaker4j:sagemaker-testing}) as a bean and points the auto-configured SageMaker clients
 * at it, so the test needs no AWS account. The same as setting {@code
 * sagemaker4j.local.enabled=true}; it also works in test slices ({@code @WebMvcTest} and the
 * like), which import only the auto-configurations they name.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureLocalSageMaker
 * class ModelDeployerTest {
 *   @Autowired ModelDeployer deployer;      // your service, given the SageMakerClient bean
 *   @Autowired LocalSageMaker sageMaker;    // the stand-in: failNext, throttleNext, reset
 *
 *   @Test
 *   void deploy_waitsUntilTheEndpointIsInService() {
 *     assertEquals("InService", deployer.deploy("churn"));
 *   }
 * }
 * }</pre>
 *
 * <p>The stand-in's resources move with Describe calls, not with time, so the sync client's waits
 * (retries, waiter polls) return at once and a waiter never sleeps; see {@link
 * LocalSageMakerAutoConfiguration}. One stand-in runs per application context, and Spring's test
 * context cache shares it among test classes of the same configuration: call {@code reset()} on
 * it where a test needs a clean state.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration({LocalSageMakerAutoConfiguration.class, SageMakerAutoConfiguration.class})
@TestPropertySource(properties = "sagemaker4j.local.enabled=true")
public @interface AutoConfigureLocalSageMaker {}
