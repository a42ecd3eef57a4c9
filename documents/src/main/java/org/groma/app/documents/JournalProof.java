package org.groma.app.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a page proves about the record: the journal hashes of the acts it prints and a checkpoint that
 * includes them, with the witnesses who cosigned it. Anyone holding the store checks it with {@code groma
 * verify STORE --entry HASH --checkpoint SIZE:ROOT} (docs/cli.md).
 *
 * @param entryHashes    the entries' hashes (64 lower-case hex digits each), at least one
 * @param checkpointSize the size of a stored checkpoint that includes every one of them, or null when none does
 * @param checkpointRoot that checkpoint's root (64 hex digits), or null
 * @param cosigners      the witnesses whose verified cosignatures that checkpoint carries (empty when none)
 */
public record JournalProof(List<String> entryHashes, Long checkpointSize, String checkpointRoot,
    List<String> cosigners) {

  public JournalProof {
    entryHashes = List.copyOf(entryHashes);
    cosigners = List.copyOf(cosigners);
    if (entryHashes.isEmpty()) {
      throw new IllegalArgumentException("a journal proof names at least one entry");
    }
    for (String h : entryHashes) {
      if (!h.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("entry hash \"" + h + "\" is not 64 lower-case hex digits");
      }
    }
    if ((checkpointSize == null) != (checkpointRoot == null)) {
      throw new IllegalArgumentException("a checkpoint needs both its size and its root");
    }
    if (checkpointRoot != null && !checkpointRoot.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("checkpoint root \"" + checkpointRoot + "\" is not 64 lower-case hex digits");
    }
  }

  /** The checkpoint as {@code groma verify --checkpoint} takes it ({@code SIZE:ROOT}), or null. */
  public String checkpointArgument() {
    return checkpointSize == null ? null : checkpointSize + ":" + checkpointRoot;
  }

  /**
   * The proof as the footer prints it, one sentence per line (a renderer wraps them at spaces only, so
   * hashes stay whole and copyable): the entries, the checkpoint and its cosigners, how to check.
   */
  public List<String> lines(Language language) {
    Objects.requireNonNull(language, "language");
    List<String> out = new ArrayList<>();
    out.add(language.proof + ": " + (entryHashes.size() == 1 ? language.entry : language.entries) + " "
        + String.join(" ", entryHashes));
    if (checkpointSize == null) {
      out.add(language.checkpoint + ": " + language.notCovered);
    } else {
      out.add(language.checkpoint + " " + checkpointArgument() + "; " + (cosigners.isEmpty() ? language.notCosigned
          : language.cosignedBy + " " + String.join(", ", cosigners)));
    }
    out.add(language.howToCheck);
    return out;
  }
}
