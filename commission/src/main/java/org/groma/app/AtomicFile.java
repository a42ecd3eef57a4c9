package org.groma.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: into a temporary file beside the target, synced, then renamed over
 * it, so a crash or an error leaves the old file or the new one, never half of one, and no temporary file
 * behind. The one way Groma writes the files it produces (GeoJSON, bundles, keystores, accounts, GCPs).
 *
 * <h2>Limitations</h2>
 * Where the file system cannot rename atomically, the rename falls back to a plain replace.
 */
public final class AtomicFile {

  /** Writes the content to the stream it is given. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /** Writes {@code bytes} to {@code target}, readable as the user's default permissions allow. */
  public static void write(Path target, byte[] bytes) {
    write(target, false, out -> out.write(bytes));
  }

  /**
   * Writes what {@code content} produces to {@code target}.
   *
   * @param ownerOnly make the file readable and writable by its owner alone (keys and password hashes)
   */
  public static void write(Path target, boolean ownerOnly, Content content) {
    Path abs = target.toAbsolutePath();
    Path tmp = null;
    try {
      tmp = stage(abs, ownerOnly, content);
      rename(tmp, abs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /**
   * Writes several files all or none: each is written and synced beside its target first, and only when every
   * one is written are they renamed over their targets, so an error while writing (a full disk, a folder that
   * cannot be written) leaves every target as it was. A crash during the renames may leave some renamed.
   */
  public static void writeAll(Map<Path, byte[]> files) {
    Map<Path, Path> staged = new LinkedHashMap<>();
    Path current = null;
    try {
      for (Map.Entry<Path, byte[]> f : files.entrySet()) {
        current = f.getKey();
        Path abs = current.toAbsolutePath();
        staged.put(stage(abs, false, out -> out.write(f.getValue())), abs);
      }
      for (Map.Entry<Path, Path> m : staged.entrySet()) {
        current = m.getValue();
        rename(m.getKey(), m.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + current + ": " + e.getMessage(), e);
    } finally {
      staged.keySet().forEach(AtomicFile::deleteQuietly);
    }
  }

  /** Writes what {@code content} produces into a new synced file beside {@code abs}, and returns it. */
  private static Path stage(Path abs, boolean ownerOnly, Content content) throws IOException {
    Files.createDirectories(abs.getParent());
    Path tmp = create(abs, ownerOnly);
    boolean written = false;
    try {
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        // Writers that close what they are given (Jackson does) must not close the channel before it is synced.
        OutputStream unclosable = new java.io.FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        };
        content.writeTo(unclosable);
        unclosable.flush();
        channel.force(true);
      }
      written = true;
      return tmp;
    } finally {
      if (!written) {
        deleteQuietly(tmp);
      }
    }
  }

  private static void rename(Path tmp, Path abs) throws IOException {
    try {
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp == null) {
      return;
    }
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // the write's own outcome is what the caller hears of
    }
  }

  /**
   * A new empty file beside {@code target}. Not Files.createTempFile: its owner-only permissions would pass
   * to the target on the rename, where the user's defaults are wanted.
   */
  private static Path create(Path target, boolean ownerOnly) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
          + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
      try {
        Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt < 8) {
          continue;
        }
        throw e;
      }
      if (ownerOnly) {
        try {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
          // Windows: the file has the user's default ACL.
        }
      }
      return tmp;
    }
  }
}
