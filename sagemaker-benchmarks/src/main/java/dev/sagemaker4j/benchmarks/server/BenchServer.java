package dev.sagemaker4j.benchmarks.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmarks' HTTP/1.1 server: one NIO selector thread, keep-alive, {@code TCP_NODELAY}, and a
 * canned response chosen by the request's {@code X-Amz-Target}. It reads the request head and the
 * {@code Content-Length} body and never parses JSON, so what it costs is the same small amount
 * for every contender.
 *
 * <p>Run as its own process ({@link #main}) so that its CPU time and allocation are not counted
 * against the client being measured: it prints {@code listening on port N} and serves until its
 * standard input closes.
 */
public final class BenchServer implements AutoCloseable {
  private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};
  private static final byte[] CONTINUE =
      "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_HEAD = 64 * 1024;

  private final Map<String, byte[]> responses;
  private final byte[] unknownTarget;
  private final Selector selector;
  private final ServerSocketChannel listener;
  private final Thread thread;
  private final AtomicLong requests = new AtomicLong();

  private BenchServer(Map<String, byte[]> responses, int port) throws IOException {
    this.responses = responses;
    this.unknownTarget = CannedResponses.error(400, "UnknownOperationException",
        "the benchmark server has no canned response for this X-Amz-Target");
    this.selector = Selector.open();
    this.listener = ServerSocketChannel.open();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
    listener.configureBlocking(false);
    listener.register(selector, SelectionKey.OP_ACCEPT);
    this.thread = new Thread(this::loop, "bench-server");
    thread.setDaemon(true);
  }

  /**
   * Starts a server on the loopback interface.
   *
   * @param port the port, or 0 for any free one
   * @param responses whole HTTP responses (status line, headers, body) by {@code X-Amz-Target}
   */
  public static BenchServer start(int port, Map<String, byte[]> responses) {
    try {
      BenchServer server = new BenchServer(new LinkedHashMap<>(responses), port);
      server.thread.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the benchmark server on port " + port, e);
    }
  }

  /** Serves the canned responses of {@link CannedResponses#all()} until standard input closes. */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    try (BenchServer server = start(port, CannedResponses.all())) {
      System.out.println("listening on port " + server.port());
      System.out.flush();
      InputStream in = System.in;
      while (in.read() >= 0) {
        // Serve until the parent closes our standard input or dies.
      }
    }
  }

  /** The port it listens on. */
  public int port() {
    return listener.socket().getLocalPort();
  }

  /** How many requests it has answered. */
  public long requests() {
    return requests.get();
  }

  @Override
  public void close() {
    try {
      selector.close();
      listener.close();
    } catch (IOException e) {
      // Closing: nothing more to do.
    }
  }

  private void loop() {
    try {
      while (selector.isOpen()) {
        selector.select();
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          try {
            if (!key.isValid()) {
              continue;
            }
            if (key.isAcceptable()) {
              accept();
            } else {
              Connection c = (Connection) key.attachment();
              if (key.isWritable()) {
                c.flush();
              }
              if (key.isValid() && key.isReadable()) {
                c.read();
              }
            }
          } catch (IOException e) {
            closeQuietly(key);
          }
        }
      }
    } catch (ClosedSelectorException e) {
      // Closed: stop serving.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void accept() throws IOException {
    SocketChannel channel;
    while ((channel = listener.accept()) != null) {
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
      key.attach(new Connection(channel, key));
    }
  }

  private static void closeQuietly(SelectionKey key) {
    key.cancel();
    try {
      key.channel().close();
    } catch (IOException e) {
      // Already gone.
    }
  }

  /** One keep-alive connection: bytes read so far, and responses not yet written. */
  private final class Connection {
    private final SocketChannel channel;
    private final SelectionKey key;
    private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
    private ByteBuffer in = ByteBuffer.allocate(16 * 1024);
    private boolean closeAfterWrite;
    /** Of the request being read: the head's length, or -1 while the head is incomplete. */
    private int headLength = -1;
    private int bodyLength;
    private byte[] response = unknownTarget;
    private boolean expectsContinue;
    private boolean continueSent;

    Connection(SocketChannel channel, SelectionKey key) {
      this.channel = channel;
      this.key = key;
    }

    void read() throws IOException {
      if (!in.hasRemaining()) {
        ByteBuffer bigger = ByteBuffer.allocate(in.capacity() * 2);
        in.flip();
        bigger.put(in);
        in = bigger;
      }
      int n = channel.read(in);
      if (n < 0) {
        closeQuietly(key);
        return;
      }
      answerComplete();
    }

    /** Answers every complete request in the buffer, and keeps the rest. */
    private void answerComplete() throws IOException {
      byte[] buf = in.array();
      int start = 0;
      int end = in.position();
      while (true) {
        if (headLength < 0) {
          int head = indexOf(buf, start, end, HEAD_END);
          if (head < 0) {
            if (end - start > MAX_HEAD) {
              throw new IOException("request head larger than " + MAX_HEAD + " bytes");
            }
            break;
          }
          headLength = head + HEAD_END.length - start;
          parseHead(buf, start, headLength);
        }
        if (end - start < headLength + bodyLength) {
          if (!continueSent && expectsContinue) {
            continueSent = true;
            send(ByteBuffer.wrap(CONTINUE));
          }
          break;
        }
        start += headLength + bodyLength;
        headLength = -1;
        continueSent = false;
        requests.incrementAndGet();
        send(ByteBuffer.wrap(response));
      }
      if (start > 0) {
        System.arraycopy(buf, start, buf, 0, end - start);
        in.position(end - start);
      }
      if (closeAfterWrite && pending.isEmpty()) {
        closeQuietly(key);
      }
    }

    private void parseHead(byte[] buf, int from, int length) throws IOException {
      bodyLength = 0;
      expectsContinue = false;
      response = unknownTarget;
      int end = from + length;
      int line = indexOf(buf, from, end, HEAD_END, 2) + 2;
      while (line < end - 2) {
        int eol = indexOf(buf, line, end, HEAD_END, 2);
        int colon = line;
        while (colon < eol && buf[colon] != ':') {
          colon++;
        }
        String value = colon < eol ? trimmed(buf, colon + 1, eol) : "";
        if (nameIs(buf, line, colon, "content-length")) {
          bodyLength = Integer.parseInt(value);
        } else if (nameIs(buf, line, colon, "x-amz-target")) {
          response = responses.getOrDefault(value, unknownTarget);
        } else if (nameIs(buf, line, colon, "expect")) {
          expectsContinue = value.equalsIgnoreCase("100-continue");
        } else if (nameIs(buf, line, colon, "connection")) {
          closeAfterWrite |= value.equalsIgnoreCase("close");
        } else if (nameIs(buf, line, colon, "transfer-encoding")) {
          throw new IOException("the benchmark server reads Content-Length bodies only, not "
              + value);
        }
        line = eol + 2;
      }
    }

    private void send(ByteBuffer out) throws IOException {
      if (pending.isEmpty()) {
        channel.write(out);
        if (!out.hasRemaining()) {
          return;
        }
        key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
      }
      pending.add(out);
    }

    void flush() throws IOException {
      while (!pending.isEmpty()) {
        ByteBuffer out = pending.peek();
        channel.write(out);
        if (out.hasRemaining()) {
          return;
        }
        pending.poll();
      }
      key.interestOps(SelectionKey.OP_READ);
      if (closeAfterWrite) {
        closeQuietly(key);
      }
    }
  }

  private static int indexOf(byte[] buf, int from, int to, byte[] what) {
    return indexOf(buf, from, to, what, what.length);
  }

  /** Where the first {@code length} bytes of {@code what} start in {@code buf[from, to)}. */
  private static int indexOf(byte[] buf, int from, int to, byte[] what, int length) {
    outer:
    for (int i = from; i <= to - length; i++) {
      for (int j = 0; j < length; j++) {
        if (buf[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static boolean nameIs(byte[] buf, int from, int to, String lowerCaseName) {
    if (to - from != lowerCaseName.length()) {
      return false;
    }
    for (int i = 0; i < lowerCaseName.length(); i++) {
      int c = buf[from + i];
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != lowerCaseName.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String trimmed(byte[] buf, int from, int to) {
    while (from < to && buf[from] == ' ') {
      from++;
    }
    while (to > from && buf[to - 1] == ' ') {
      to--;
    }
    return new String(buf, from, to - from, StandardCharsets.US_ASCII);
  }
}
