package org.groma.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.keys.KeyRecord;
import org.groma.app.keys.Keystore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Members' Ed25519 signing keys, sealed in a keystore file under a passphrase.",
    subcommands = {KeysCommand.New.class, KeysCommand.ListKeys.class})
final class KeysCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The keystore file option shared by the subcommands. */
  static final class KeystoreFile {
    @Option(names = "--keystore", paramLabel = "FILE", defaultValue = "groma-keystore.json",
        description = "Keystore file (default: ${DEFAULT-VALUE} in the current directory).")
    Path path;
  }

  @Command(name = "new", mixinStandardHelpOptions = true,
      description = {"Generates a key for a member and adds it to the keystore (created if missing).",
          "Prints the key id and public key to put in the commission's roster."})
  static final class New implements Runnable {
    @Spec CommandSpec spec;
    @Mixin KeystoreFile keystore;
    @Mixin Passphrase passphrase;

    @Option(names = "--member", required = true, paramLabel = "NAME", description = "The member's name.")
    String member;

    @Option(names = "--party", required = true, paramLabel = "A|B|M",
        description = "The member's party: A, B, or M for the mediator.")
    String party;

    @Option(names = "--json", description = "Print the new key as JSON.")
    boolean json;

    @Override
    public void run() {
      if (!party.matches("[ABM]")) {
        throw new BadInputException("--party must be A, B or M (mediator), not '" + party + "'");
      }
      try {
        Keystore ks = Keystore.loadOrEmpty(keystore.path);
        char[] pass = passphrase.read(true);
        KeyRecord made = ks.generate(member, party, pass, new SecureRandom(), Clock.systemUTC());
        ks.save(keystore.path);
        print(spec.commandLine().getOut(), json, List.of(made));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists the keys in a keystore (no passphrase needed: only public halves are shown).")
  static final class ListKeys implements Runnable {
    @Spec CommandSpec spec;
    @Mixin KeystoreFile keystore;

    @Option(names = "--json", description = "Print the keys as JSON.")
    boolean json;

    @Override
    public void run() {
      try {
        print(spec.commandLine().getOut(), json, Keystore.load(keystore.path).keys());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  record KeyView(String member, String party, String keyId, String publicKey, String created) {
    static KeyView of(KeyRecord k) {
      return new KeyView(k.member(), k.party(), k.keyId(), k.publicKeyHex(), k.created().toString());
    }
  }

  private static void print(PrintWriter out, boolean json, List<KeyRecord> keys) {
    List<KeyView> views = keys.stream().map(KeyView::of).toList();
    if (json) {
      Output.json(out, views);
      return;
    }
    for (KeyView k : views) {
      out.printf("%s  party %s  key %s  public %s  created %s%n",
          k.member(), k.party(), k.keyId(), k.publicKey(), k.created());
    }
    out.flush();
  }
}
