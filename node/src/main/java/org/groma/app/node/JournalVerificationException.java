package org.groma.app.node;

import java.nio.file.Path;
import org.groma.journal.verify.VerificationError;

/**
 * A store's journal did not verify: a node refuses to work from it. Names the file, the first entry that
 * fails and why; the file is left as it was.
 */
public final class JournalVerificationException extends RuntimeException {

  private final transient Path file;
  private final VerificationError error;
  private final long verifiedEntries;

  public JournalVerificationException(Path file, long verifiedEntries, VerificationError error) {
    super(file + ": the journal does not verify: entry " + error.seq() + ": " + error.reason()
        + " (" + verifiedEntries + " entries verified before it; nothing was changed)");
    this.file = file;
    this.error = error;
    this.verifiedEntries = verifiedEntries;
  }

  public Path file() {
    return file;
  }

  public VerificationError error() {
    return error;
  }

  public long verifiedEntries() {
    return verifiedEntries;
  }
}
