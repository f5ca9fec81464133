package dev.sagemaker4j.spring;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Where the auto-configured clients connect, and as whom, when something other than the {@code
 * sagemaker4j.*} properties decides it. With a bean of this type in the context, the clients take
 * their region, endpoint and credentials from it and ignore {@code sagemaker4j.region}, {@code
 * sagemaker4j.endpoint} and {@code sagemaker4j.credentials.*}. The test support ({@code
 * sagemaker4j.local.enabled=true}) provides one that points at the local stand-in.
 *
 * <p>The clients do not close the credentials provider; make it a bean of its own if it needs
 * closing.
 */
public interface SageMakerConnectionDetails {
  /** The region requests are signed for. */
  Region region();

  /** The endpoint to call, such as {@code http://127.0.0.1:8090}. */
  URI endpoint();

  /** The credentials requests are signed with. */
  AwsCredentialsProvider credentialsProvider();
}
