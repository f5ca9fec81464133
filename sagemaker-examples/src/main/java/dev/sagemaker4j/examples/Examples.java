package dev.sagemaker4j.examples;

import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.waiters.WaiterOverrides;
import dev.sagemaker4j.testing.LocalSageMaker;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Where an example runs. By default against {@link LocalSageMaker}, started in this process, so
 * no AWS account is needed. With {@code --aws} against SageMaker, with the AWS default credential
 * and region chains; then set {@code -Dsagemaker4j.roleArn=...} (an execution role SageMaker can
 * assume) and {@code -Dsagemaker4j.bucket=...} (an S3 bucket it can read and write), or the
 * examples use placeholders that the real service rejects.
 */
public final class Examples implements AutoCloseable {
  private final LocalSageMaker local;
  private final SageMakerClient client;
  private SageMakerAsyncClient asyncClient;
  private final PrintStream out;
  private final String suffix = Long.toString(System.currentTimeMillis() % 100_000_000, 36);

  private Examples(LocalSageMaker local, SageMakerClient client, PrintStream out) {
    this.local = local;
    this.client = client;
    this.out = out;
  }

  /** Opens the place the arguments name: {@code --aws}, else a local stand-in. */
  public static Examples open(String[] args) {
    return open(args, b -> { }, System.out);
  }

  /** Opens it with the stand-in's settings changed (ignored with {@code --aws}). */
  public static Examples open(String[] args, Consumer<LocalSageMaker.Builder> localSettings,
      PrintStream out) {
    if (Arrays.asList(args).contains("--aws")) {
      out.println("Running against AWS (default credentials and region)");
      return new Examples(null, SageMakerClient.create(), out);
    }
    LocalSageMaker.Builder b = LocalSageMaker.builder();
    localSettings.accept(b);
    LocalSageMaker local = b.start();
    out.println("Running against the local SageMaker stand-in at " + local.endpoint());
    return new Examples(local, local.client(), out);
  }

  public SageMakerClient client() {
    return client;
  }

  /** The async client, made on first use. */
  public synchronized SageMakerAsyncClient asyncClient() {
    if (asyncClient == null) {
      asyncClient = local != null ? local.asyncClient() : SageMakerAsyncClient.create();
    }
    return asyncClient;
  }

  /** Whether this runs against the stand-in. */
  public boolean isLocal() {
    return local != null;
  }

  /** A name unique to this run, so runs against AWS do not collide. */
  public String name(String base) {
    return base + "-" + suffix;
  }

  public String roleArn() {
    return System.getProperty("sagemaker4j.roleArn", "arn:aws:iam::"
        + (local != null ? local.accountId() : "123456789012") + ":role/SageMakerRole");
  }

  /** An S3 URI in the examples' bucket. */
  public String s3(String key) {
    return "s3://" + System.getProperty("sagemaker4j.bucket", "amzn-s3-demo-bucket") + "/" + key;
  }

  /**
   * How waiters wait: against the stand-in, without pause (its resources move with each poll);
   * against AWS, the waiter's own delays.
   */
  public void waits(WaiterOverrides.Builder o) {
    if (local != null) {
      o.delay(Duration.ZERO);
    }
  }

  /** Prints what just happened. */
  public void step(String format, Object... args) {
    out.println("  - " + String.format(format, args));
  }

  public void title(String title) {
    out.println();
    out.println("== " + title);
  }

  @Override
  public void close() {
    client.close();
    if (asyncClient != null) {
      asyncClient.close();
    }
    if (local != null) {
      local.close();
    }
  }
}
