package dev.sagemaker4j.client.support;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The TCP sockets this process holds that are connected to a given port, read from Linux's
 * {@code /proc}: the client's ends of its connections to a test server, whatever state they are
 * in (established, or closed by the server and not yet by the client).
 */
final class ClientSockets {
  private ClientSockets() {}

  static int connectedTo(int remotePort) {
    Set<String> ours = socketInodes();
    int n = 0;
    for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
      List<String> lines;
      try {
        lines = Files.readAllLines(Path.of(table));
      } catch (IOException e) {
        continue; // no IPv6 table
      }
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
        String[] f = line.trim().split("\\s+");
        if (f.length < 10) {
          continue;
        }
        String remote = f[2];
        int port = Integer.parseInt(remote.substring(remote.lastIndexOf(':') + 1), 16);
        if (port == remotePort && ours.contains(f[9])) {
          n++;
        }
      }
    }
    return n;
  }

  /** The inodes of the sockets among this process's open file descriptors. */
  private static Set<String> socketInodes() {
    Set<String> inodes = new HashSet<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
      for (Path fd : fds) {
        String target;
        try {
          target = Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
          continue; // closed meanwhile
        }
        if (target.startsWith("socket:[")) {
          inodes.add(target.substring("socket:[".length(), target.length() - 1));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list /proc/self/fd: these tests need Linux", e);
    }
    return inodes;
  }
}
