package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.benchmarks.server.ServerProcess;
import java.net.URI;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The benchmark server, in a process of its own, for the length of one fork. */
@State(Scope.Benchmark)
public class LocalServer {
  private ServerProcess process;

  /** Starts the server process. */
  @Setup(Level.Trial)
  public void start() {
    process = ServerProcess.start();
  }

  /** Stops it. */
  @TearDown(Level.Trial)
  public void stop() {
    process.close();
  }

  /** Where it listens. */
  public URI endpoint() {
    return process.endpoint();
  }
}
