package dev.sagemaker4j.client.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A loopback HTTP server that misbehaves on purpose, byte by byte and on its own clock: each
 * connection it accepts runs a {@link Script} (answer, stall, trickle, hang up, say nothing),
 * chosen by the connection's number. One request per connection: every complete answer says
 * {@code Connection: close}, so no HTTP client keeps a connection of this server alive.
 *
 * <p>It keeps count of what it accepted and read, and of the connections still open: a
 * connection counts as open from its accept until the client closes it (the server sees the end
 * of the stream or a reset) or the script ends it. A client that leaks a socket leaves it open.
 * {@link #clientSockets()} counts the same from the client's side, in this process's file
 * descriptors.
 */
public final class HostileServer implements AutoCloseable {
  /** What the server does with one connection. */
  @FunctionalInterface
  public interface Script {
    void run(Connection c) throws IOException, InterruptedException;
  }

  /** Scripts by connection number, from 0. */
  @FunctionalInterface
  public interface Scripts {
    Script forConnection(int n);
  }

  /** A complete, successful DescribeEndpoint answer. */
  public static final String OK_BODY =
      "{\"EndpointName\":\"churn-endpoint\",\"EndpointStatus\":\"InService\"}";

  private final ServerSocket server;
  private volatile Scripts scripts;
  private final Set<Connection> open = ConcurrentHashMap.newKeySet();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final AtomicInteger accepted = new AtomicInteger();
  /** {@link System#nanoTime()} when each complete request was read, in order. */
  private final List<Long> requests = new CopyOnWriteArrayList<>();
  private final List<String> heads = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private HostileServer(Scripts scripts) throws IOException {
    this.scripts = scripts;
    this.server = new ServerSocket(0, 1000, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "hostile-server-accept");
    acceptor.setDaemon(true);
    threads.add(acceptor);
    acceptor.start();
  }

  /** A server that runs {@code script} on every connection. */
  public static HostileServer start(Script script) throws IOException {
    return new HostileServer(n -> script);
  }

  /** A server that runs the script {@code scripts} gives for each connection's number. */
  public static HostileServer start(Scripts scripts) throws IOException {
    return new HostileServer(scripts);
  }

  /** From now on every new connection runs {@code script}. */
  public void answerFromNowOn(Script script) {
    this.scripts = n -> script;
  }

  public int port() {
    return server.getLocalPort();
  }

  public URI http() {
    return URI.create("http://127.0.0.1:" + port());
  }

  public URI https() {
    return URI.create("https://127.0.0.1:" + port());
  }

  /** Connections accepted so far. */
  public int accepted() {
    return accepted.get();
  }

  /** Complete requests read so far. */
  public int requests() {
    return requests.size();
  }

  /** Complete requests read after {@code nanoTime}. */
  public long requestsAfter(long nanoTime) {
    return requests.stream().filter(t -> t - nanoTime > 0).count();
  }

  /** The head (request line and headers) of every complete request read, in order. */
  public List<String> heads() {
    return List.copyOf(heads);
  }

  /** Connections neither closed by the client nor ended by their script. */
  public int openConnections() {
    return open.size();
  }

  /** Sockets of this process connected to this server: the client's ends. */
  public int clientSockets() {
    return ClientSockets.connectedTo(port());
  }

  /** Waits until {@code n} complete requests have been read; false if that took too long. */
  public boolean awaitRequests(int n, Duration max) throws InterruptedException {
    return await(() -> requests() >= n, max);
  }

  /**
   * Waits until no connection is open on either side; false if one still is after {@code max}.
   */
  public boolean awaitAllClosed(Duration max) throws InterruptedException {
    return await(() -> openConnections() == 0 && clientSockets() == 0, max);
  }

  /** Polls {@code condition} every 20 ms for at most {@code max}. */
  public static boolean await(BooleanSupplier condition, Duration max)
      throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  private void accept() {
    while (!closed) {
      Socket s;
      try {
        s = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      int n = accepted.getAndIncrement();
      Connection c = new Connection(s, n);
      open.add(c);
      Thread t = new Thread(() -> serve(c, scripts.forConnection(n)), "hostile-server-" + n);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  private void serve(Connection c, Script script) {
    try {
      script.run(c);
    } catch (IOException e) {
      // the client went away mid-script: that is what most scripts wait for
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      open.remove(c);
      c.closeNow();
    }
  }

  @Override
  public void close() throws InterruptedException {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Connection c : open) {
      c.closeNow();
    }
    for (Thread t : threads) {
      t.join(2000);
    }
  }

  /** One accepted connection, as a script sees it. */
  public final class Connection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    /** The connection's number, from 0. */
    public final int number;

    Connection(Socket socket, int number) {
      this.socket = socket;
      this.number = number;
      InputStream i;
      OutputStream o;
      try {
        i = new BufferedInputStream(socket.getInputStream());
        o = socket.getOutputStream();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      this.in = i;
      this.out = o;
    }

    /**
     * Reads one whole request, head and body (by its Content-Length, or chunked), and counts
     * it; answers {@code Expect: 100-continue}. Returns the head.
     */
    public String readRequest() throws IOException {
      String head = readHead();
      String lower = head.toLowerCase(Locale.ROOT);
      if (lower.contains("\r\nexpect: 100-continue")) {
        write("HTTP/1.1 100 Continue\r\n\r\n");
      }
      long length = header(lower, "content-length");
      if (length >= 0) {
        if (in.readNBytes((int) length).length < length) {
          throw new IOException("the client closed the connection before the whole body");
        }
      } else if (lower.contains("\r\ntransfer-encoding: chunked")) {
        readChunks();
      }
      requests.add(System.nanoTime());
      heads.add(head);
      return head;
    }

    private String readHead() throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int matched = 0;
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          throw new IOException("the client closed the connection before a whole request");
        }
        head.write(b);
        matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      return head.toString(StandardCharsets.ISO_8859_1);
    }

    private void readChunks() throws IOException {
      while (true) {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != '\n') {
          if (b < 0) {
            throw new IOException("the client closed the connection in a chunk");
          }
          line.append((char) b);
        }
        int size = Integer.parseInt(line.toString().trim().split(";")[0], 16);
        in.readNBytes(size + 2);
        if (size == 0) {
          return;
        }
      }
    }

    private long header(String lowerHead, String name) {
      for (String line : lowerHead.split("\r\n")) {
        if (line.startsWith(name + ":")) {
          return Long.parseLong(line.substring(name.length() + 1).trim());
        }
      }
      return -1;
    }

    /** Writes {@code text} (ISO-8859-1) and flushes it. */
    public void write(String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }

    /**
     * A response head: status, the JSON content type, a request id, {@code Content-Length:
     * declaredLength} and {@code Connection: close}.
     */
    public void writeHead(int status, long declaredLength) throws IOException {
      write("HTTP/1.1 " + status + (status == 200 ? " OK" : " Error") + "\r\n"
          + "Content-Type: application/x-amz-json-1.1\r\n"
          + "x-amzn-RequestId: hostile-" + number + "\r\n"
          + "Content-Length: " + declaredLength + "\r\n"
          + "Connection: close\r\n\r\n");
    }

    /** A whole answer: head and {@code body}; the script then ends and closes the connection. */
    public void answer(int status, String body) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      writeHead(status, bytes.length);
      out.write(bytes);
      out.flush();
    }

    /**
     * Holds the connection, reading and dropping whatever comes, until the client closes it
     * (or resets it), or the server stops.
     */
    public void hold() throws IOException {
      byte[] sink = new byte[8192];
      while (in.read(sink) >= 0) {
        // dropped
      }
    }

    /** Closes the connection from the server's side. */
    public void closeNow() {
      try {
        socket.close();
      } catch (IOException e) {
        // closed anyway
      }
    }
  }

  // ---- scripts the tests share -----------------------------------------------------------

  /** Reads the request and answers it with {@link #OK_BODY}. */
  public static Script ok() {
    return c -> {
      c.readRequest();
      c.answer(200, OK_BODY);
    };
  }

  /**
   * Reads the request, sends {@code HTTP/1.1 200} with {@code Content-Length: 222} and the
   * first 40 bytes of a body, then holds the connection without another byte.
   */
  public static Script stallAfterHeaders() {
    return c -> {
      c.readRequest();
      c.writeHead(200, 222);
      c.write(OK_BODY.substring(0, 40));
      c.hold();
    };
  }

  /** Reads the request, sends the head, then the body one byte per {@code everyMs}. */
  public static Script trickle(long everyMs) {
    return c -> {
      c.readRequest();
      String body = OK_BODY + " ".repeat(200);
      c.writeHead(200, body.length());
      for (char ch : body.toCharArray()) {
        c.write(String.valueOf(ch));
        Thread.sleep(everyMs);
      }
      c.hold();
    };
  }

  /**
   * Reads the request, declares a Content-Length longer than the body it sends, a body that is
   * complete JSON on its own, and closes the connection.
   */
  public static Script shortBodyOfCompleteJson() {
    return c -> {
      c.readRequest();
      c.writeHead(200, OK_BODY.length() + 100);
      c.write(OK_BODY);
    };
  }

  /** Reads the request and never answers; holds the connection until the client closes it. */
  public static Script neverAnswer() {
    return c -> {
      c.readRequest();
      c.hold();
    };
  }

  /** Accepts and reads, but never writes a byte: a TLS handshake to it never ends. */
  public static Script silent() {
    return Connection::hold;
  }
}
