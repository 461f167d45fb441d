package botnia.neo4j;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded, for local development and tests only: Bolt on loopback, no encryption, no auth.
 *
 * Usage: Launcher --data DIR [--port 7687] [--plugins DIR] [--page-cache 256m] [--heap-tx 512m]
 *
 * Prints "BOTNIA-NEO4J READY bolt://127.0.0.1:PORT" once Bolt accepts connections; the TypeScript side waits for it.
 * Stops cleanly on SIGTERM/SIGINT, and also when standard input closes, so that a parent that dies without a signal
 * does not leave a database behind.
 */
public final class Launcher {
    public static void main(String[] args) throws Exception {
        String data = null;
        int port = 7687;
        String plugins = null;
        String pageCache = "256m";
        boolean watchStdin = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--plugins" -> plugins = args[++i];
                case "--page-cache" -> pageCache = args[++i];
                case "--watch-stdin" -> watchStdin = true;
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (data == null) {
            System.err.println("--data DIR is required");
            System.exit(2);
        }

        System.out.println("BOTNIA-NEO4J starting Neo4j in " + data + " on 127.0.0.1:" + port);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(Path.of(data).toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                // Local use: stop in about a second instead of waiting out Bolt's default grace periods (5 s each).
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100));
        if (plugins != null) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(plugins).toAbsolutePath());
        }
        DatabaseManagementService dbms = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("BOTNIA-NEO4J stopping");
            dbms.shutdown();
            System.out.println("BOTNIA-NEO4J stopped");
            stopped.countDown();
        }, "neo4j-shutdown"));

        waitForBolt(port);
        System.out.println("BOTNIA-NEO4J READY bolt://127.0.0.1:" + port);
        System.out.flush();

        if (watchStdin) {
            // The parent holds our stdin open; EOF means it is gone.
            while (System.in.read() != -1) {
                // ignore input
            }
            System.exit(0);
        }
        stopped.await();
    }

    private static void waitForBolt(int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (Exception e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Bolt did not open on port " + port + " within 120 s");
    }
}
