package org.groma.journal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.groma.journal.TestResources;
import org.groma.journal.entry.EntryCodec;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.groma.journal.sign.SigningKey;
import org.junit.jupiter.api.Test;

/** Entries and checkpoints written by format version 1 stay readable and verifiable (fixture never regenerated). */
class FormatV1FixtureTest {

  @Test
  void the_v1_fixture_journal_still_verifies() {
    byte[] file = TestResources.bytes("vectors/journal/entry_v1_seq0.json.txt");
    byte[] stored = Arrays.copyOf(file, file.length - 1); // drop the file's final newline
    SignedEntry entry = EntryCodec.decode(stored);
    assertThat(entry.hash().hex()).isEqualTo("7b5eb8f340dffa0ce1ec9c95b9108904d72aa17ac18bed70a6a4ab931ebb0a74");

    byte[] seed = new byte[32];
    seed[0] = 1;
    SigningKey author = SigningKey.fromSeed(seed);
    List<String> vkeys = TestResources.dataLines("vectors/journal/checkpoint_v1_keys.txt");
    NoteVerifierKey operator = NoteVerifierKey.parse(vkeys.get(0));
    NoteVerifierKey witness = NoteVerifierKey.parse(vkeys.get(1));
    SignedNote cp = SignedNote.parse(TestResources.bytes("vectors/journal/checkpoint_v1_size1.note"));

    VerificationResult r = JournalVerifier.verify(List.of(stored), new MapKeyDirectory().add(author.verifyingKey()),
        "groma.example/commission/a-b", Optional.of(new CheckpointTrust(operator, List.of(witness), 1)),
        List.of(cp));
    assertThat(r.firstError()).isEmpty();
    assertThat(r.entries()).isEqualTo(1);
    assertThat(new String(stored, StandardCharsets.UTF_8)).startsWith("{\"entry\":{\"author\":");
  }
}
