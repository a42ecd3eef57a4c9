package org.groma.app;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads a JSON document given by a user (an act's body, a genesis, a bundle) into a tree, turning every
 * way it can be wrong into a {@link BadInputException} that says where.
 *
 * <p>Why it exists: Jackson refuses a string longer than {@link StreamReadConstraints#getMaxStringLength()}
 * (20 000 000 characters) with a {@link StreamConstraintsException} that has no location, and code that
 * printed the location of every parse error failed there with a {@code NullPointerException}, an internal
 * error (exit 5). Here such a string is reported with its JSON pointer, its length and the limit.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class JsonInput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonInput() {}

  /** The longest JSON string read, in UTF-16 characters (Jackson's default, kept deliberately). */
  public static int maxStringChars() {
    return StreamReadConstraints.defaults().getMaxStringLength();
  }

  /**
   * The tree of {@code bytes} (UTF-8), or {@code null} when they hold no JSON value at all.
   *
   * @param what names the document in messages, e.g. {@code "body big.json"}
   * @throws BadInputException when the bytes are not JSON, or a string or the nesting exceeds a limit
   */
  public static JsonNode read(byte[] bytes, String what) {
    try (JsonParser parser = JSON.createParser(bytes)) {
      try {
        return JSON.readTree(parser);
      } catch (JsonProcessingException e) {
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
          throw overLimit(bytes, parser, what, e);
        }
        JsonLocation at = e.getLocation();
        throw new BadInputException(what + " is not valid JSON: " + e.getOriginalMessage()
            + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BadInputException overLimit(byte[] bytes, JsonParser parser, String what, JsonProcessingException e) {
    String pointer = parser.getParsingContext().pathAsPointer().toString();
    String where = pointer.isEmpty() ? "/" : pointer;
    long start = parser.currentTokenLocation().getByteOffset();
    int limit = maxStringChars();
    if (start >= 0 && start < bytes.length && bytes[(int) start] == '"') {
      return new BadInputException(what + ": " + where + " is " + stringChars(bytes, (int) start)
          + " characters long; at most " + limit + " are allowed", e);
    }
    return new BadInputException(what + ": at " + where + ": " + e.getOriginalMessage(), e);
  }

  /** The length in UTF-16 characters of the JSON string whose opening quote is at {@code quote}. */
  private static long stringChars(byte[] bytes, int quote) {
    long chars = 0;
    int i = quote + 1;
    while (i < bytes.length && bytes[i] != '"') {
      int b = bytes[i] & 0xff;
      if (b == '\\') {
        i += i + 1 < bytes.length && bytes[i + 1] == 'u' ? 6 : 2;
        chars++;
      } else {
        // One per UTF-8 lead byte; a 4-byte sequence is a surrogate pair, two UTF-16 characters.
        if ((b & 0xC0) != 0x80) {
          chars += (b & 0xF8) == 0xF0 ? 2 : 1;
        }
        i++;
      }
    }
    return chars;
  }
}
