package org.groma.app.commission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.groma.app.commission.TreatyEvent.Acceptance;
import org.groma.app.commission.TreatyEvent.ParagraphProposed;
import org.groma.app.commission.TreatyEvent.TreatyOpened;
import org.groma.journal.entry.Party;

/**
 * The treaty texts of the commission (docs/treaty.md): every treaty with every version of every paragraph,
 * every acceptance and initialling, each with its seq, time and entry hash. Nothing is ever dropped, so the
 * status and the consolidated text at any earlier date are read from the latest register
 * ({@link #status(Paragraph, Instant)}, {@link TreatyText}).
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class TreatyRegister {

  /** No treaty yet. */
  public static final TreatyRegister EMPTY = new TreatyRegister(PersistentMap.empty());

  /** Where a paragraph stands (docs/treaty.md, "Status"). */
  public enum Status {
    /** Not agreed: each live wording (the latest version of each proposer) stands in brackets. */
    BRACKETED("bracketed"),
    /** Both parties' co-chairs accepted the same version, at least one ad referendum. */
    AGREED_AD_REFERENDUM("agreed ad referendum"),
    /** Both parties' co-chairs accepted the same version definitively. */
    AGREED("agreed"),
    /** Agreed, and initialled by both parties' co-chairs. */
    INITIALLED("initialled");

    private final String code;

    Status(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** A paragraph's place: article and paragraph number, ordered as the treaty reads. */
  public record ParagraphRef(int article, int paragraph) implements Comparable<ParagraphRef> {
    @Override
    public int compareTo(ParagraphRef o) {
      return article != o.article ? Integer.compare(article, o.article) : Integer.compare(paragraph, o.paragraph);
    }

    @Override
    public String toString() {
      return article + "." + paragraph;
    }
  }

  /** A signed act on a version (an acceptance or an initialling), as the journal recorded it. */
  public record Signature(Party party, String member, Acceptance acceptance, long seq, Instant time,
      String entryHash) {}

  /**
   * One version of a paragraph with the acts on it, in journal order.
   *
   * @param acceptances every acceptance (an ad referendum one may be followed by the same party's definitive
   *     one); {@code acceptance} is set
   * @param initials every initialling; {@code acceptance} is null
   */
  public record Version(ParagraphProposed proposal, Actor proposedBy, long seq, Instant time, String entryHash,
      List<Signature> acceptances, List<Signature> initials) {
    public Version {
      acceptances = List.copyOf(acceptances);
      initials = List.copyOf(initials);
    }

    public String versionId() {
      return proposal.versionId();
    }

    public ParagraphRef ref() {
      return new ParagraphRef(proposal.article(), proposal.paragraph());
    }

    /** Whether {@code party} accepted this version by {@code asOf} (definitively, if {@code definitive}). */
    public boolean acceptedBy(Party party, Instant asOf, boolean definitive) {
      return acceptances.stream().anyMatch(s -> s.party() == party && !s.time().isAfter(asOf)
          && (!definitive || s.acceptance() == Acceptance.DEFINITIVE));
    }

    /** Whether {@code party} initialled this version by {@code asOf}. */
    public boolean initialledBy(Party party, Instant asOf) {
      return initials.stream().anyMatch(s -> s.party() == party && !s.time().isAfter(asOf));
    }

    Version withAcceptance(Signature s) {
      List<Signature> a = new ArrayList<>(acceptances);
      a.add(s);
      return new Version(proposal, proposedBy, seq, this.time, entryHash, a, initials);
    }

    Version withInitials(Signature s) {
      List<Signature> i = new ArrayList<>(initials);
      i.add(s);
      return new Version(proposal, proposedBy, seq, this.time, entryHash, acceptances, i);
    }
  }

  /** A paragraph: its versions' ids in the order proposed. */
  public record Paragraph(ParagraphRef ref, List<String> versionIds) {
    public Paragraph {
      versionIds = List.copyOf(versionIds);
    }
  }

  /** A treaty: how it was opened, its paragraphs in reading order, its versions by id. */
  public static final class Treaty {
    private final TreatyOpened opened;
    private final Actor openedBy;
    private final long seq;
    private final Instant time;
    private final String entryHash;
    private final PersistentMap<ParagraphRef, Paragraph> paragraphs;
    private final PersistentMap<String, Version> versions;

    Treaty(TreatyOpened opened, Actor openedBy, long seq, Instant time, String entryHash,
        PersistentMap<ParagraphRef, Paragraph> paragraphs, PersistentMap<String, Version> versions) {
      this.opened = opened;
      this.openedBy = openedBy;
      this.seq = seq;
      this.time = time;
      this.entryHash = entryHash;
      this.paragraphs = paragraphs;
      this.versions = versions;
    }

    public String treatyId() {
      return opened.treatyId();
    }

    /** The treaty's title in each of its languages. */
    public SortedMap<String, String> titles() {
      return opened.titles();
    }

    /** The languages every version must be written in: those of the titles. */
    public List<String> languages() {
      return List.copyOf(opened.titles().keySet());
    }

    public Actor openedBy() {
      return openedBy;
    }

    public long seq() {
      return seq;
    }

    public Instant time() {
      return time;
    }

    public String entryHash() {
      return entryHash;
    }

    /** Every paragraph, in reading order (article, then paragraph). */
    public List<Paragraph> paragraphs() {
      return paragraphs.values();
    }

    public Optional<Paragraph> paragraph(ParagraphRef ref) {
      return paragraphs.get(ref);
    }

    public Optional<Version> version(String versionId) {
      return versions.get(versionId);
    }

    /** The versions of {@code p}, in the order proposed. */
    public List<Version> versions(Paragraph p) {
      return p.versionIds().stream().map(id -> versions.get(id).orElseThrow()).toList();
    }

    /** The number of versions of all paragraphs. */
    public int versionCount() {
      return versions.size();
    }

    Treaty withVersion(Version v) {
      Paragraph p = paragraphs.get(v.ref()).orElse(new Paragraph(v.ref(), List.of()));
      List<String> ids = p.versionIds();
      if (!ids.contains(v.versionId())) {
        ids = new ArrayList<>(ids);
        ids.add(v.versionId());
      }
      return new Treaty(opened, openedBy, seq, time, entryHash, paragraphs.put(v.ref(), new Paragraph(v.ref(), ids)),
          versions.put(v.versionId(), v));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Treaty t && opened.equals(t.opened) && openedBy.equals(t.openedBy) && seq == t.seq
          && time.equals(t.time) && entryHash.equals(t.entryHash) && paragraphs.equals(t.paragraphs)
          && versions.equals(t.versions);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(opened, seq, paragraphs, versions);
    }

    @Override
    public String toString() {
      return "Treaty{" + treatyId() + ", paragraphs=" + paragraphs.size() + ", versions=" + versions.size() + "}";
    }
  }

  /**
   * Where a paragraph stood at {@code asOf}: its status, the version agreed (null while bracketed and never
   * agreed), and the wordings a bracketed paragraph shows (the agreed one, if it was reopened, then the latest
   * version of each proposer since), in journal order.
   */
  public record ParagraphStatus(Status status, Version agreed, List<Version> alternatives) {
    public ParagraphStatus {
      alternatives = List.copyOf(alternatives);
    }
  }

  private final PersistentMap<String, Treaty> treaties;

  private TreatyRegister(PersistentMap<String, Treaty> treaties) {
    this.treaties = treaties;
  }

  public Optional<Treaty> treaty(String treatyId) {
    return treaties.get(treatyId);
  }

  /** Every treaty, by id. */
  public List<Treaty> treaties() {
    return treaties.values();
  }

  /**
   * The status of {@code p} of {@code treaty} at {@code asOf} (only acts dated at or before it count).
   * The agreed version is the one both parties accepted most recently (by the later of the two first
   * acceptances); a version proposed after that agreement reopens the paragraph, which is then bracketed
   * again, showing the agreed wording beside the new ones.
   */
  public static ParagraphStatus status(Treaty treaty, Paragraph p, Instant asOf) {
    List<Version> known = treaty.versions(p).stream().filter(v -> !v.time().isAfter(asOf)).toList();
    // The agreed version: of those both parties accepted, the one whose agreement (the later party's first
    // acceptance) came last; versions proposed after that agreement reopen the paragraph.
    Version agreed = null;
    long agreedAt = -1;
    for (Version v : known) {
      long at = Math.max(firstAcceptance(v, Party.A, asOf), firstAcceptance(v, Party.B, asOf));
      if (firstAcceptance(v, Party.A, asOf) >= 0 && firstAcceptance(v, Party.B, asOf) >= 0 && at > agreedAt) {
        agreed = v;
        agreedAt = at;
      }
    }
    long since = agreedAt;
    List<Version> later = known.stream().filter(v -> v.seq() > since).toList();
    if (agreed == null || !later.isEmpty()) {
      // The latest version of each proposer (A, B, the mediator), in the order proposed.
      Map<Party, Version> latest = new LinkedHashMap<>();
      for (Version v : later) {
        latest.remove(v.proposedBy().party());
        latest.put(v.proposedBy().party(), v);
      }
      List<Version> alternatives = new ArrayList<>();
      if (agreed != null) {
        alternatives.add(agreed);
      }
      alternatives.addAll(latest.values().stream().sorted(java.util.Comparator.comparingLong(Version::seq)).toList());
      return new ParagraphStatus(Status.BRACKETED, agreed, alternatives);
    }
    if (agreed.initialledBy(Party.A, asOf) && agreed.initialledBy(Party.B, asOf)) {
      return new ParagraphStatus(Status.INITIALLED, agreed, List.of());
    }
    if (agreed.acceptedBy(Party.A, asOf, true) && agreed.acceptedBy(Party.B, asOf, true)) {
      return new ParagraphStatus(Status.AGREED, agreed, List.of());
    }
    return new ParagraphStatus(Status.AGREED_AD_REFERENDUM, agreed, List.of());
  }

  /** The seq of {@code party}'s first acceptance of {@code v} by {@code asOf}, or -1. */
  private static long firstAcceptance(Version v, Party party, Instant asOf) {
    return v.acceptances().stream().filter(s -> s.party() == party && !s.time().isAfter(asOf))
        .mapToLong(Signature::seq).min().orElse(-1);
  }

  TreatyRegister withTreaty(Treaty t) {
    return new TreatyRegister(treaties.put(t.treatyId(), t));
  }

  static Treaty opened(TreatyOpened e, Act act) {
    return new Treaty(e, act.author(), act.seq(), act.time(), act.entryHash(), PersistentMap.empty(),
        PersistentMap.empty());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TreatyRegister r && treaties.equals(r.treaties);
  }

  @Override
  public int hashCode() {
    return treaties.hashCode();
  }

  @Override
  public String toString() {
    return "TreatyRegister{treaties=" + treaties.size() + "}";
  }
}
