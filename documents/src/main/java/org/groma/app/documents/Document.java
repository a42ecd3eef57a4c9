package org.groma.app.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document: its page frame and its parts. Each part starts on a new page and carries the journal proof of
 * the acts it prints, which the footer of every page of that part shows (a pillar protocol per part, say, or
 * the whole consolidated treaty text as one part).
 */
public record Document(PageFrame frame, List<Part> parts) {

  public Document {
    Objects.requireNonNull(frame, "frame");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a document has at least one part");
    }
  }

  /**
   * Pages that print the acts {@code proof} names, with their blocks in order.
   *
   * @param language the language of these pages' frame (footer, page numbers), when it is not the document's
   *     (a treaty printed in every language, one part per language); null for the document's
   */
  public record Part(JournalProof proof, List<Block> blocks, Language language) {
    public Part {
      Objects.requireNonNull(proof, "proof");
      blocks = List.copyOf(blocks);
      if (blocks.isEmpty()) {
        throw new IllegalArgumentException("a part has at least one block");
      }
    }

    public Part(JournalProof proof, List<Block> blocks) {
      this(proof, blocks, null);
    }

    /** The language of this part's frame: its own, else the document's. */
    public Language language(PageFrame frame) {
      return language != null ? language : frame.language();
    }
  }

  /** The text of every block, line by line, in order (what a text export of the document holds). */
  public List<String> text() {
    List<String> out = new ArrayList<>();
    parts.forEach(p -> p.blocks().forEach(b -> out.addAll(b.lines())));
    return out;
  }

  public static Builder builder(PageFrame frame) {
    return new Builder(frame);
  }

  /** Builds a document part by part: {@code part(proof)}, then its blocks. */
  public static final class Builder {
    private final PageFrame frame;
    private final List<Part> parts = new ArrayList<>();
    private JournalProof proof;
    private Language language;
    private List<Block> blocks;

    private Builder(PageFrame frame) {
      this.frame = frame;
    }

    /** Starts a new part (on a new page) whose pages carry {@code proof}. */
    public Builder part(JournalProof proof) {
      return part(proof, null);
    }

    /** Starts a new part whose pages carry {@code proof} and are framed in {@code language}. */
    public Builder part(JournalProof proof, Language language) {
      close();
      this.proof = Objects.requireNonNull(proof, "proof");
      this.language = language;
      this.blocks = new ArrayList<>();
      return this;
    }

    public Builder add(Block block) {
      if (blocks == null) {
        throw new IllegalStateException("start a part (with its journal proof) before adding blocks");
      }
      blocks.add(Objects.requireNonNull(block, "block"));
      return this;
    }

    public Builder title(String text) {
      return add(new Block.Title(text));
    }

    public Builder heading(String text) {
      return add(new Block.Heading(text));
    }

    public Builder paragraph(String text) {
      return add(new Block.Paragraph(text));
    }

    public Builder keyValues(List<Block.Row> rows) {
      return add(new Block.KeyValues(rows));
    }

    public Builder image(byte[] bytes, String caption, double maxHeightMm) {
      return add(Block.Image.of(bytes, caption, maxHeightMm));
    }

    public Document build() {
      close();
      return new Document(frame, parts);
    }

    private void close() {
      if (proof != null) {
        parts.add(new Part(proof, blocks, language));
        proof = null;
        language = null;
        blocks = null;
      }
    }
  }
}
