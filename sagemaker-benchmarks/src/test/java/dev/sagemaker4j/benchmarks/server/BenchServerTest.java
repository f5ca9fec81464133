package dev.sagemaker4j.benchmarks.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BenchServerTest {
  private static final byte[] PONG = CannedResponses.ok("{\"pong\":1}".getBytes(
      StandardCharsets.UTF_8));

  private BenchServer server;
  private Socket socket;

  @BeforeEach
  void start() throws IOException {
    server = BenchServer.start(0, Map.of("SageMaker.Ping", PONG));
    socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
    socket.setSoTimeout(5000);
  }

  @AfterEach
  void stop() throws IOException {
    socket.close();
    server.close();
  }

  @Test
  void serve_twoRequestsOnOneConnection_answersBothWithTheCannedResponse() throws IOException {
    send(request("SageMaker.Ping", "{\"a\":1}", ""));
    assertEquals(new String(PONG, StandardCharsets.UTF_8), readResponse());
    send(request("SageMaker.Ping", "{\"b\":22}", ""));
    assertEquals(new String(PONG, StandardCharsets.UTF_8), readResponse());
    assertEquals(2, server.requests());
  }

  @Test
  void serve_pipelinedRequestsInOneWrite_answersEach() throws IOException {
    send(request("SageMaker.Ping", "{}", "") + request("SageMaker.Ping", "{\"c\":3}", ""));
    assertEquals(new String(PONG, StandardCharsets.UTF_8), readResponse());
    assertEquals(new String(PONG, StandardCharsets.UTF_8), readResponse());
  }

  @Test
  void serve_bodyArrivingInPieces_answersOnceWhole() throws IOException {
    String r = request("SageMaker.Ping", "{\"long\":\"" + "x".repeat(40_000) + "\"}", "");
    send(r.substring(0, 100));
    send(r.substring(100, 30_000));
    send(r.substring(30_000));
    assertEquals(new String(PONG, StandardCharsets.UTF_8), readResponse());
    assertEquals(1, server.requests());
  }

  @Test
  void serve_expectContinue_sendsContinueBeforeTheBody() throws IOException {
    String r = request("SageMaker.Ping", "{}", "Expect: 100-continue\r\n");
    int head = r.indexOf("\r\n\r\n") + 4;
    send(r.substring(0, head));
    assertEquals("HTTP/1.1 100 Continue\r\n\r\n", readExactly(25));
    send(r.substring(head));
    assertEquals(new String(PONG, StandardCharsets.UTF_8), readResponse());
  }

  @Test
  void serve_unknownTarget_answers400() throws IOException {
    send(request("SageMaker.Nope", "{}", ""));
    String response = readResponse();
    assertTrue(response.startsWith("HTTP/1.1 400 "), response);
    assertTrue(response.contains("UnknownOperationException"), response);
  }

  private static String request(String target, String body, String extraHeaders) {
    return "POST / HTTP/1.1\r\nHost: localhost\r\nx-amz-target: " + target + "\r\n"
        + "Content-Type: application/x-amz-json-1.1\r\n" + extraHeaders
        + "content-length: " + body.length() + "\r\n\r\n" + body;
  }

  private void send(String s) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(s.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Reads one response: its head, then as many bytes as its Content-Length says. */
  private String readResponse() throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed after " + head);
      }
      head.write(b);
    }
    String h = head.toString(StandardCharsets.US_ASCII);
    int i = h.indexOf("Content-Length: ") + "Content-Length: ".length();
    int length = Integer.parseInt(h.substring(i, h.indexOf("\r\n", i)));
    return h + readExactly(length);
  }

  private String readExactly(int n) throws IOException {
    return new String(socket.getInputStream().readNBytes(n), StandardCharsets.US_ASCII);
  }
}
