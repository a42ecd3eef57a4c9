package org.groma.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.groma.app.keys.KeyRecord;
import org.groma.app.keys.Keystore;
import org.groma.app.node.CommissionNode;
import org.groma.app.server.Accounts;
import org.groma.app.server.NodeServer;
import org.groma.app.keys.NodeSigner;
import org.groma.app.server.sync.SyncSchedule;
import org.groma.journal.sign.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Serves one commission's store: the JSON API, OGC API – Features and the web map.",
        "The store is verified in full before anything is served. Members' keys come from the keystore",
        "(unlocked with its passphrase), accounts from the accounts file. With --operator or --peer it",
        "syncs with other nodes of the commission (docs/sync.md). Stops on Ctrl-C."})
final class ServeCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "The commission's store (.gpkg).")
  Path data;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String bind;

  @Option(names = "--accounts", paramLabel = "FILE",
      description = "Accounts file (default: FILE with .accounts.json instead of .gpkg).")
  Path accounts;

  @Option(names = "--keystore", paramLabel = "FILE",
      description = "Keystore with the keys this node signs with (default: FILE with .keystore.json).")
  Path keystore;

  @Mixin Passphrase passphrase;

  @Mixin SyncOptions sync;

  @Option(names = "--max-skew", paramLabel = "SECONDS", defaultValue = "300",
      description = {"Refuse entries dated more than this after this machine's clock, from members, peers and",
          "bundles alike (default: ${DEFAULT-VALUE})."})
  long maxSkewSeconds;

  @Override
  public void run() {
    Path acc = accounts != null ? accounts : sibling(data, ".accounts.json");
    Path ks = keystore != null ? keystore : sibling(data, ".keystore.json");
    NodeSigner signer = unlockAll(ks, Files.exists(ks) ? passphrase.read(false) : null);
    if (maxSkewSeconds < 0) {
      throw new org.groma.app.BadInputException("--max-skew " + maxSkewSeconds + " is negative");
    }
    CommissionNode node = CommissionNode.open(data, CommissionNode.Options.full()
        .withClock(Clock.systemUTC(), java.time.Duration.ofSeconds(maxSkewSeconds)));
    Optional<SyncSchedule> syncing;
    try {
      syncing = sync.start(node, signer, Clock.systemUTC());
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
    serveUntilStopped(spec.commandLine().getOut(), node, Accounts.load(acc), signer, bind, port,
        syncing.<AutoCloseable>map(s -> s).orElse(() -> {}));
  }

  /** The file beside {@code data} with its {@code .gpkg} replaced by {@code suffix}. */
  static Path sibling(Path data, String suffix) {
    String name = data.getFileName().toString();
    String base = name.endsWith(".gpkg") ? name.substring(0, name.length() - 5) : name;
    return data.resolveSibling(base + suffix);
  }

  static NodeSigner unlockAll(Path ks, char[] pass) {
    NodeSigner signer = new NodeSigner();
    if (pass == null) {
      return signer;
    }
    try {
      Keystore store = Keystore.load(ks);
      for (KeyRecord k : store.keys()) {
        signer.add(SigningKey.fromSeed(store.unlock(k, pass).seed()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return signer;
  }

  /**
   * Starts the server, prints its address, and blocks until the process is asked to stop (Ctrl-C) or the
   * calling thread is interrupted; either way the server and the node are closed.
   */
  static void serveUntilStopped(PrintWriter out, CommissionNode node, Accounts accounts, NodeSigner signer,
      String bind, int port) {
    serveUntilStopped(out, node, accounts, signer, bind, port, () -> {});
  }

  /** As above; {@code beforeStop} (the sync schedule) is closed first when the process is asked to stop. */
  static void serveUntilStopped(PrintWriter out, CommissionNode node, Accounts accounts, NodeSigner signer,
      String bind, int port, AutoCloseable beforeStop) {
    NodeServer server;
    try {
      server = NodeServer.start(node, accounts, signer, bind, port, Clock.systemUTC());
    } catch (RuntimeException e) {
      closeQuietly(beforeStop);
      node.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      closeQuietly(beforeStop);
      server.close();
      node.close();
      stopped.countDown();
    }, "groma-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    String host = bind.equals("0.0.0.0") ? "127.0.0.1" : bind;
    out.printf("Serving %s (%d entries) at http://%s:%d/%n", node.file(), node.size(), host, server.port());
    out.println("Press Ctrl-C to stop.");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // Stopped from inside the process (a test, a program embedding the command): close here instead.
      Runtime.getRuntime().removeShutdownHook(hook);
      closeQuietly(beforeStop);
      server.close();
      node.close();
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      org.slf4j.LoggerFactory.getLogger(ServeCommand.class).warn("while stopping: {}", e.getMessage());
    }
  }
}
