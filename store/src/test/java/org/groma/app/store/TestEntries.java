package org.groma.app.store;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Journal-like test entries: JSON-ish bytes of about 400 bytes, distinct per (seed, index). */
final class TestEntries {

  /** Size of a typical signed journal entry (JCS JSON, Ed25519 signature), used by tests and the benchmark. */
  static final int TYPICAL_ENTRY_BYTES = 400;

  private TestEntries() {}

  static NewEntry entry(String tag, long index) {
    StringBuilder text = new StringBuilder("{\"origin\":\"groma.test/" + tag + "\",\"seq\":" + index + ",\"body\":\"");
    Random random = new Random(tag.hashCode() * 31L + index);
    while (text.length() < TYPICAL_ENTRY_BYTES - 2) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    text.append("\"}");
    return NewEntry.of(text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
