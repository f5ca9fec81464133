package dev.sagemaker4j.testing.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An HTTP/1.1 proxy in front of the stand-in that loses messages on purpose, one plan step per
 * request: forward; drop the request before the stand-in sees it; forward it and then lose the
 * answer; forward it and answer 500 instead; forward it and answer too late. It relays bytes as
 * they are, so the client's signature still verifies at the stand-in.
 */
public final class LossyProxy implements AutoCloseable {
  /** What to do with one request. */
  public enum Step {
    FORWARD,
    DROP_REQUEST,
    LOSE_ANSWER,
    ANSWER_500_AFTER_FORWARDING,
    ANSWER_LATE
  }

  private final ServerSocket server;
  private final URI upstream;
  private final ConcurrentLinkedQueue<Step> plan = new ConcurrentLinkedQueue<>();
  private volatile int forwarded;

  public LossyProxy(URI upstream) throws IOException {
    this.upstream = upstream;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "lossy-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Queues the steps for the next requests; after them every request is forwarded. */
  public void plan(Step... steps) {
    plan.addAll(java.util.List.of(steps));
  }

  /** Forgets the steps not yet used, so that the next request is forwarded. */
  public void clearPlan() {
    plan.clear();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  /** How many requests reached the stand-in. */
  public int forwarded() {
    return forwarded;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Thread t = new Thread(() -> serve(client), "lossy-proxy-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      while (true) {
        byte[] request = readMessage(in);
        if (request == null) {
          return;
        }
        Step step = plan.poll();
        if (step == null) {
          step = Step.FORWARD;
        }
        if (step == Step.DROP_REQUEST) {
          return; // close without an answer: the stand-in never saw it
        }
        byte[] answer = forward(request);
        forwarded++;
        switch (step) {
          case LOSE_ANSWER:
            return;
          case ANSWER_500_AFTER_FORWARDING:
            byte[] body = "{\"__type\":\"InternalFailure\",\"message\":\"We encountered an internal error.\"}"
                .getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/x-amz-json-1.1\r\n"
                + "Content-Length: " + body.length + "\r\nx-amzn-RequestId: proxy-500\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            break;
          case ANSWER_LATE:
            Thread.sleep(3_000);
            return;
          default:
            out.write(answer);
            out.flush();
        }
      }
    } catch (IOException | InterruptedException e) {
      // the client went away
    }
  }

  private byte[] forward(byte[] request) throws IOException {
    try (Socket s = new Socket(upstream.getHost(), upstream.getPort())) {
      s.getOutputStream().write(request);
      s.getOutputStream().flush();
      return readMessage(s.getInputStream());
    }
  }

  /** One HTTP message with a Content-Length body, or null at the end of the stream. */
  private static byte[] readMessage(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String headers = head.toString(StandardCharsets.US_ASCII);
    int length = 0;
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    byte[] body = in.readNBytes(length);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(head.toByteArray());
    all.write(body);
    return all.toByteArray();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
