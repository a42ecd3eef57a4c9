package org.groma.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void a_failed_write_leaves_the_old_file_and_no_temporary_file() throws Exception {
    Path target = dir.resolve("out.json");
    AtomicFile.write(target, "old".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> AtomicFile.write(target, false, out -> {
      out.write("half of the new".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot write").hasMessageContaining("disk full");
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(dir.toFile().list()).containsExactly("out.json");
  }

  @Test
  void a_writer_that_closes_its_stream_still_gets_its_file_synced_and_owner_only_is_honoured() throws Exception {
    Path target = dir.resolve("keys.json");
    AtomicFile.write(target, true, out -> {
      out.write("secret".getBytes(StandardCharsets.UTF_8));
      out.close();
    });
    assertThat(Files.readString(target)).isEqualTo("secret");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    assertThat(dir.toFile().list()).containsExactly("keys.json");
  }
}
