package dev.sagemaker4j.client.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The one rule on how much of an answer the client reads ({@code maxResponseBytes}) and on its
 * declared length: refused before reading when the declared length is over the limit, failed as
 * soon as more than the limit arrives, and a body that ends before its {@code Content-Length}
 * is truncated, even when what arrived happens to be complete JSON.
 */
final class BodyLimit {
  private BodyLimit() {}

  /** The body length the response declares, or -1; sync and async responses alike. */
  static long declaredLength(SdkHttpResponse response) {
    String value = response.firstMatchingHeader("Content-Length").orElse(null);
    try {
      return value == null ? -1 : Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Thrown through a stream's reader when the body passes the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("the body is larger than maxResponseBytes", null);
    }
  }

  /** Thrown through a stream's reader when the body ends before its declared length. */
  static final class Truncated extends IOException {
    private static final long serialVersionUID = 1L;
    final long read;

    Truncated(long read) {
      super("the body ended early", null);
      this.read = read;
    }
  }

  /**
   * A body stream that fails once more than {@code max} bytes have come through it, and, when
   * the length was declared, at its end if fewer bytes came than declared.
   */
  static final class Counting extends FilterInputStream {
    private final long max;
    private final long declared;
    private long count;

    Counting(InputStream in, long max, long declared) {
      super(in);
      this.max = max;
      this.declared = declared;
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b < 0) {
        ended();
      } else {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      // one byte past the limit at most: enough to know it was passed
      int n = in.read(b, off, (int) Math.min(len, max - count + 1));
      if (n < 0) {
        ended();
      } else {
        add(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(Math.min(n, max - count + 1));
      add(skipped);
      return skipped;
    }

    private void add(long n) throws TooLarge {
      count += n;
      if (count > max) {
        throw new TooLarge();
      }
    }

    private void ended() throws Truncated {
      if (declared >= 0 && count < declared) {
        throw new Truncated(count);
      }
    }
  }
}
