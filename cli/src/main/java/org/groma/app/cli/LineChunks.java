package org.groma.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A stream of text cut into chunks of whole lines, each with the number of its first line, so that the lines
 * can be read on several threads and still be named by their number.
 *
 * <p>Line ends are those of {@link java.io.BufferedReader}: {@code \n}, {@code \r\n} and a lone {@code \r};
 * a last line without an end counts. Text is UTF-8: strictly, as {@link java.nio.file.Files#readAllLines}
 * reads a file (a malformed byte is an {@link IOException}), or leniently, as an {@link
 * java.io.InputStreamReader} reads standard input (a malformed byte becomes U+FFFD). Chunks are cut after a
 * line end, never inside a character.
 *
 * <p>A chunk is handed on when the buffer is full or when the stream has nothing more ready, so that a person
 * typing lines gets each answer at once while a file is read in large chunks.
 *
 * <h2>Thread safety</h2>
 * One reader thread.
 */
final class LineChunks {

  /** Bytes per chunk: a few tens of thousands of coordinate lines, enough to keep a core busy a while. */
  static final int CHUNK_BYTES = 1 << 20;

  /** One chunk of whole lines; {@code firstLine} counts from 1. */
  record Chunk(int index, String text, long firstLine, long bytesReadSoFar) {}

  private final InputStream in;
  private final boolean strict;
  private byte[] buffer;
  private int filled;
  private boolean eof;
  private int index;
  private long nextLine = 1;
  private long bytesRead;

  LineChunks(InputStream in, boolean strict, int chunkBytes) {
    this.in = in;
    this.strict = strict;
    this.buffer = new byte[Math.max(16, chunkBytes)];
  }

  /** The next chunk, or null at the end of the stream. */
  Chunk next() throws IOException {
    while (true) {
      if (eof) {
        if (filled == 0) {
          return null;
        }
        return emit(filled);
      }
      int n = in.read(buffer, filled, buffer.length - filled);
      if (n < 0) {
        eof = true;
        continue;
      }
      filled += n;
      bytesRead += n;
      if (filled == buffer.length || nothingReady()) {
        int cut = lastCut();
        if (cut > 0) {
          return emit(cut);
        }
        if (filled == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2); // one line longer than a chunk
        }
      }
    }
  }

  /** True when a read would block (or the stream cannot tell): time to hand on what is buffered. */
  private boolean nothingReady() {
    try {
      return in.available() <= 0;
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * Where the buffered bytes may be cut: after the last {@code \n}, or else after the last {@code \r} that
   * has a byte after it (a {@code \r} at the very end may be the first half of {@code \r\n}); 0 if nowhere.
   */
  private int lastCut() {
    for (int i = filled - 1; i >= 0; i--) {
      if (buffer[i] == '\n') {
        return i + 1;
      }
    }
    for (int i = filled - 2; i >= 0; i--) {
      if (buffer[i] == '\r') {
        return i + 1;
      }
    }
    return 0;
  }

  private Chunk emit(int length) throws IOException {
    String text = decode(length);
    Chunk chunk = new Chunk(index++, text, nextLine, bytesRead - (filled - length));
    nextLine += lineEnds(length);
    System.arraycopy(buffer, length, buffer, 0, filled - length);
    filled -= length;
    return chunk;
  }

  private String decode(int length) throws IOException {
    if (!strict) {
      return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }
    if (isAscii(length)) {
      return new String(buffer, 0, length, StandardCharsets.ISO_8859_1); // no byte can be malformed
    }
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(buffer, 0, length))
        .toString();
  }

  private boolean isAscii(int length) {
    for (int i = 0; i < length; i++) {
      if (buffer[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Line ends in the first {@code length} bytes ({@code \r\n} counts once). */
  private long lineEnds(int length) {
    long ends = 0;
    for (int i = 0; i < length; i++) {
      byte b = buffer[i];
      if (b == '\n') {
        ends++;
      } else if (b == '\r') {
        ends++;
        if (i + 1 < length && buffer[i + 1] == '\n') {
          i++;
        }
      }
    }
    return ends;
  }
}
