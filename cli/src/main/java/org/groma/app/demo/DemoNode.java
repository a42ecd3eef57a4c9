package org.groma.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.groma.app.BadInputException;
import org.groma.app.demo.DemoRoster.DemoMember;
import org.groma.app.keys.KeyRecord;
import org.groma.app.keys.Keystore;
import org.groma.app.node.CommissionNode;
import org.groma.app.server.Accounts;
import org.groma.app.keys.NodeSigner;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.SignedNote;
import org.groma.journal.sign.SigningKey;

/**
 * The demo commission's node, in a directory of its own: built on first use, reopened (and so verified)
 * afterwards. The directory holds the three files {@code groma serve} expects beside a store:
 *
 * <ul>
 *   <li>{@value #STORE}: the commission store (GeoPackage) with the signed journal and its layers;
 *   <li>{@value #KEYSTORE}: every member's, the log operator's and the witnesses' Ed25519 keys (generated from
 *       a {@link SecureRandom}), sealed under the documented demo passphrase {@link #PASSPHRASE};
 *   <li>{@value #ACCOUNTS}: the node accounts, Argon2id-hashed documented demo passwords
 *       ({@link DemoRoster}).
 * </ul>
 *
 * <p>The files are built in a hidden folder inside the directory and moved in when complete, the store last,
 * so an interrupted build leaves no store behind and the next run builds again.
 *
 * <h2>Thread safety</h2>
 * The node is safe for concurrent use; building is done once, by one caller.
 */
public final class DemoNode implements AutoCloseable {

  /** What every name and text of the demo says. */
  public static final String LABEL = "DEMO DATA — not an agreed boundary";

  /** The demo keystore's passphrase: documented, so it protects nothing. Never use these keys for real. */
  public static final String PASSPHRASE = "groma demo passphrase, not a secret";

  public static final Path DEFAULT_DIR = Path.of("groma-demo");
  public static final String STORE = "demo.gpkg";
  public static final String KEYSTORE = "demo.keystore.json";
  public static final String ACCOUNTS = "demo.accounts.json";

  private final Path dir;
  private final CommissionNode node;
  private final Accounts accounts;
  private final NodeSigner signer;
  private final boolean built;

  private DemoNode(Path dir, CommissionNode node, Accounts accounts, NodeSigner signer, boolean built) {
    this.dir = dir;
    this.node = node;
    this.accounts = accounts;
    this.signer = signer;
    this.built = built;
  }

  /**
   * Opens the demo in {@code dir}, building it first if the directory holds no demo store. Either way the
   * store is opened with full verification. {@code progress} hears one line per step.
   *
   * @throws BadInputException when the directory holds a store that is not the demo's, or only some of the
   *     demo's files
   */
  public static DemoNode openOrBuild(Path dir, Consumer<String> progress) {
    Path store = dir.resolve(STORE);
    if (Files.exists(store)) {
      return reopen(dir, progress);
    }
    NodeSigner signer = build(dir, progress);
    return open(dir, signer, true, progress);
  }

  private static DemoNode reopen(Path dir, Consumer<String> progress) {
    for (String f : List.of(KEYSTORE, ACCOUNTS)) {
      if (!Files.exists(dir.resolve(f))) {
        throw new BadInputException(dir.resolve(STORE) + " has no " + f + " beside it; remove " + dir
            + " to build the demo again");
      }
    }
    progress.accept("reusing the demo commission in " + dir + " (remove that folder to build it again)");
    Keystore ks;
    try {
      ks = Keystore.load(dir.resolve(KEYSTORE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Each key is sealed by scrypt (about 0.1 s to open): the nine open on every core while the store is
    // verified, which keeps a warm start short.
    char[] pass = PASSPHRASE.toCharArray();
    try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
      List<Future<SigningKey>> keys = ks.keys().stream()
          .map(k -> pool.submit(() -> SigningKey.fromSeed(ks.unlock(k, pass).seed()))).toList();
      DemoNode demo = open(dir, new NodeSigner(), false, progress);
      try {
        for (Future<SigningKey> k : keys) {
          demo.signer.add(k.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        demo.close();
        throw new IllegalStateException("interrupted while unlocking the demo keys", e);
      } catch (ExecutionException e) {
        demo.close();
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      }
      return demo;
    }
  }

  private static DemoNode open(Path dir, NodeSigner signer, boolean built, Consumer<String> progress) {
    Path store = dir.resolve(STORE);
    CommissionNode node = CommissionNode.open(store, CommissionNode.Options.full());
    if (!node.origin().equals(DemoJournal.ORIGIN)) {
      String origin = node.origin();
      node.close();
      throw new BadInputException(store + " is not Groma's demo commission (its origin is " + origin
          + ", not " + DemoJournal.ORIGIN + "); serve a real commission with groma serve");
    }
    progress.accept(String.format(Locale.ROOT, "verified %s: %d entries, every signature and rule; %s", store,
        node.size(), checkpointSummary(node)));
    return new DemoNode(dir, node, Accounts.load(dir.resolve(ACCOUNTS)), signer, built);
  }

  /** "checkpoint at 21 cosigned by 2 of 2 witnesses", for the latest checkpoint (verified by the open). */
  private static String checkpointSummary(CommissionNode node) {
    return node.checkpoints().stream()
        .max(Comparator.comparingLong((SignedNote n) -> Checkpoint.parseBody(n.text()).size()))
        .map(latest -> {
          long cosigned = node.trust().witnesses().stream().filter(w -> latest.signatureOf(w).isPresent()).count();
          return "checkpoint at " + Checkpoint.parseBody(latest.text()).size() + " cosigned by " + cosigned + " of "
              + node.trust().witnesses().size() + " witnesses";
        })
        .orElse("no checkpoint");
  }

  /** Builds the three files in a hidden folder of {@code dir}, then moves them in, the store last. */
  private static NodeSigner build(Path dir, Consumer<String> progress) {
    progress.accept("building the demo commission in " + dir + " (first run; " + LABEL + ")");
    Path work;
    try {
      Files.createDirectories(dir);
      work = Files.createTempDirectory(dir, ".demo-build-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      ShippedExtract osm = ShippedExtract.load(ShippedExtract.OSM);
      ShippedExtract naturalEarth = ShippedExtract.load(ShippedExtract.NATURAL_EARTH);
      progress.accept("sources: data/" + osm.fileName() + " sha256 " + osm.sha256Hex() + ", data/"
          + naturalEarth.fileName() + " sha256 " + naturalEarth.sha256Hex());
      // The boundary extraction takes most of a cold build; keys and accounts are made meanwhile.
      CompletableFuture<DemoLines> lines = CompletableFuture.supplyAsync(() -> DemoLines.extract(osm, naturalEarth));
      SecureRandom random = new SecureRandom();
      Map<String, SigningKey> keys = new LinkedHashMap<>();
      for (String label : DemoRoster.KEY_LABELS) {
        keys.put(label, SigningKey.generate(random));
      }
      sealKeys(keys, work.resolve(KEYSTORE), random);
      progress.accept(DemoRoster.KEY_LABELS.size() + " Ed25519 keys generated and sealed under the demo"
          + " passphrase");
      writeAccounts(work.resolve(ACCOUNTS), random);
      progress.accept(DemoRoster.MEMBERS.size() + " node accounts with Argon2id-hashed demo passwords");
      DemoLines l = join(lines);
      progress.accept(String.format(Locale.ROOT, "common boundary ARM–AZE: OpenStreetMap-derived %d parts %.1f km,"
              + " Natural Earth %d parts %.1f km", l.osm().parts().size(), l.osm().totalLengthM() / 1000,
          l.naturalEarth().parts().size(), l.naturalEarth().totalLengthM() / 1000));
      progress.accept(String.format(Locale.ROOT, "sections: %d along the longest OpenStreetMap-derived line"
              + " (%.1f km), %d turning points after simplifying within %.0f m", l.sectionCount(),
          l.osmLine().lengthM() / 1000, l.simplified().vertices().size(), DemoLines.SIMPLIFY_DEVIATION_M));
      try (CommissionNode node = DemoJournal.write(work.resolve(STORE), keys, l, osm, naturalEarth, progress)) {
        node.rebuildLayers();
      }
      for (String f : List.of(KEYSTORE, ACCOUNTS, STORE, DemoPatrols.GPX_FILE)) {
        Files.move(work.resolve(f), dir.resolve(f));
      }
      deleteTree(work);
      NodeSigner signer = new NodeSigner();
      keys.values().forEach(signer::add);
      return signer;
    } catch (IOException e) {
      deleteAfterFailure(work, e);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      deleteAfterFailure(work, e);
      throw e;
    }
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static void sealKeys(Map<String, SigningKey> keys, Path file, SecureRandom random) throws IOException {
    Keystore ks = Keystore.empty();
    char[] pass = PASSPHRASE.toCharArray();
    for (DemoMember m : DemoRoster.MEMBERS) {
      add(ks, m.name(), m.party().code(), keys.get(m.label()), pass, random);
    }
    add(ks, DemoRoster.OPERATOR_NAME, "M", keys.get(DemoRoster.OPERATOR), pass, random);
    add(ks, DemoRoster.WITNESS_A_NAME, "A", keys.get(DemoRoster.WITNESS_A), pass, random);
    add(ks, DemoRoster.WITNESS_B_NAME, "B", keys.get(DemoRoster.WITNESS_B), pass, random);
    ks.save(file);
  }

  private static void add(Keystore ks, String member, String party, SigningKey key, char[] pass,
      SecureRandom random) {
    byte[] seed = key.seedBytes();
    try {
      KeyRecord r = ks.add(member, party, seed, pass, random, Clock.systemUTC());
      if (!r.keyId().equals(key.keyId())) {
        throw new IllegalStateException("sealed key " + r.keyId() + " is not key " + key.keyId());
      }
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  private static void writeAccounts(Path file, SecureRandom random) {
    Accounts accounts = Accounts.load(file);
    for (DemoMember m : DemoRoster.MEMBERS) {
      accounts.put(m.user(), m.party(), m.name(), m.orderedRoles(), m.password().toCharArray(), random);
    }
  }

  private static void deleteAfterFailure(Path work, Exception cause) {
    try {
      deleteTree(work);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  public Path dir() {
    return dir;
  }

  public CommissionNode node() {
    return node;
  }

  public Accounts accounts() {
    return accounts;
  }

  /** Every key of the demo, so the node signs for whoever signs in (one node stands in for all three). */
  public NodeSigner signer() {
    return signer;
  }

  /** Whether this call built the demo (first run), rather than reopening it. */
  public boolean built() {
    return built;
  }

  @Override
  public void close() {
    node.close();
  }
}
