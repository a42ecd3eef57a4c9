package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.groma.app.BadInputException;
import org.groma.app.keys.Keystore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysCommandTest {

  @TempDir Path dir;

  @Test
  void keys_new_adds_a_sealed_key_and_list_shows_it_without_a_passphrase() throws Exception {
    Path ks = dir.resolve("ks.json");
    Path pass = dir.resolve("pass.txt");
    Files.writeString(pass, "a long enough passphrase\n");
    Cli made = Cli.run("keys", "new", "--member", "Party A co-chair", "--party", "A",
        "--keystore", ks.toString(), "--passphrase-file", pass.toString(), "--json");
    assertThat(made.exitCode()).as(made.err()).isZero();
    assertThat(made.out()).contains("\"member\" : \"Party A co-chair\"").contains("\"party\" : \"A\"");
    Cli second = Cli.run("keys", "new", "--member", "Mediator", "--party", "M",
        "--keystore", ks.toString(), "--passphrase-file", pass.toString());
    assertThat(second.exitCode()).as(second.err()).isZero();

    Cli listed = Cli.run("keys", "list", "--keystore", ks.toString());
    assertThat(listed.exitCode()).isZero();
    assertThat(listed.out()).contains("Party A co-chair  party A").contains("Mediator  party M");
    assertThat(Keystore.load(ks).keys()).hasSize(2);
  }

  @Test
  void a_bad_party_is_refused_and_no_keystore_is_written() throws Exception {
    Path ks = dir.resolve("ks.json");
    Path pass = dir.resolve("pass.txt");
    Files.writeString(pass, "a long enough passphrase\n");
    Cli r = Cli.run("keys", "new", "--member", "x", "--party", "C",
        "--keystore", ks.toString(), "--passphrase-file", pass.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("--party must be A, B or M");
    assertThat(ks).doesNotExist();
  }

  @Test
  void a_short_new_passphrase_is_refused_and_no_keystore_is_written() throws Exception {
    Path ks = dir.resolve("ks.json");
    Path pass = dir.resolve("pass.txt");
    Files.writeString(pass, "short\n");
    Cli r = Cli.run("keys", "new", "--member", "x", "--party", "A",
        "--keystore", ks.toString(), "--passphrase-file", pass.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("at least 12 characters");
    assertThat(ks).doesNotExist();
  }

  @Test
  void the_passphrase_comes_from_the_environment_when_no_file_is_given() {
    Passphrase p = new Passphrase();
    assertThat(p.read(Map.of(Passphrase.ENV, "from the environment"), null, true))
        .containsExactly("from the environment".toCharArray());
    assertThatThrownBy(() -> p.read(Map.of(), null, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("set $GROMA_PASSPHRASE");
  }
}
