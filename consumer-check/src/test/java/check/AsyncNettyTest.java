package check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.model.EndpointStatus;
import dev.sagemaker4j.model.ProductionVariantInstanceType;
import dev.sagemaker4j.testing.LocalSageMaker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;

/** The async client on Netty, built as the README builds it, against the stand-in. */
class AsyncNettyTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
  private static final String IMAGE =
      "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";

  @Test
  void asyncClientOnNetty_createsAndWaitsForAnEndpoint() throws Exception {
    // The client closes only what it created: the test closes the Netty client it passes.
    try (LocalSageMaker local = LocalSageMaker.start();
         SdkAsyncHttpClient netty = NettyNioAsyncHttpClient.builder().maxConcurrency(200).build();
         SageMakerAsyncClient sageMaker = SageMakerAsyncClient.builder()
             .region(local.region())
             .endpointOverride(local.endpoint())
             .credentialsProvider(local.credentialsProvider())
             .httpClient(netty)
             .build()) {
      EndpointStatus status = sageMaker
          .createModel(r -> r.modelName("churn-model").executionRoleArn(ROLE)
              .primaryContainer(c -> c.image(IMAGE)))
          .thenCompose(m -> sageMaker.createEndpointConfig(r -> r
              .endpointConfigName("churn-config")
              .productionVariants(v -> v.variantName("variant-a").modelName("churn-model")
                  .initialInstanceCount(1)
                  .instanceType(ProductionVariantInstanceType.ML_M5_XLARGE))))
          .thenCompose(c -> sageMaker.createEndpoint(r -> r.endpointName("churn")
              .endpointConfigName("churn-config")))
          .thenCompose(e -> sageMaker.waiter().waitUntilEndpointInService(
              r -> r.endpointName("churn"), o -> o.delay(Duration.ZERO)))
          .thenApply(w -> w.response().orElseThrow().endpointStatus())
          .get(30, TimeUnit.SECONDS);

      assertEquals(EndpointStatus.IN_SERVICE, status);
    }
  }
}
