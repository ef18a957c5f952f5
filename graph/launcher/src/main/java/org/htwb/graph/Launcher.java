package org.htwb.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, bound to loopback.
 *
 * <p>Configured from the environment, except the password: the parent process (the workbench
 * server or the test harness) generates it and writes it as the first line of stdin, because a
 * process's environment is readable by every other process of the same user
 * (/proc/&lt;pid&gt;/environ) and is inherited by anything it starts. After that line stdin is a
 * liveness pipe: the process stops cleanly on SIGINT/SIGTERM and also when its stdin closes, so a
 * crashed parent never leaves an orphaned database holding the store lock.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(required("WB_GRAPH_DATA_DIR")).toAbsolutePath();
    int port = Integer.parseInt(required("WB_GRAPH_BOLT_PORT"));
    String password = readPasswordLine(System.in);
    if (password.length() < 8) {
      fail("the password (first line of stdin) must have at least 8 characters");
    }
    long pageCacheMb = Long.parseLong(System.getenv().getOrDefault("WB_GRAPH_PAGECACHE_MB", "256"));

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            // One plan per statement, not one per size class (0, 1, 2-10, 11-100, ...) of each
            // list parameter: the ids a request names and the viewer's cases vary with every
            // request, and each new combination was planned again (1-3 s on a cold JVM).
            .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                },
                "graph-shutdown"));

    // The password is set on every start: it is per-launch, owned by the parent process.
    dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fail now if the store is unusable

    System.out.println("WB_GRAPH_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    Thread watcher = new Thread(Launcher::exitWhenStdinCloses, "stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
    stopped.await();
  }

  /**
   * The first line of stdin, read byte by byte: a buffered reader would swallow what follows, and
   * the liveness watcher must go on reading the same stream.
   */
  private static String readPasswordLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        fail("stdin closed before the password line");
      }
      if (line.size() > 1024) {
        fail("the password line is too long");
      }
      line.write(b);
    }
    return line.toString(StandardCharsets.UTF_8).strip();
  }

  private static void exitWhenStdinCloses() {
    try (InputStream in = System.in) {
      byte[] buf = new byte[256];
      while (in.read(buf) >= 0) {
        // Discard: stdin is only a liveness signal from the parent.
      }
    } catch (IOException ignored) {
      // Treat a broken pipe the same as EOF.
    }
    System.exit(0);
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      fail(name + " is not set");
    }
    return value;
  }

  private static void fail(String message) {
    System.err.println("graph-launcher: " + message);
    System.exit(2);
  }
}
