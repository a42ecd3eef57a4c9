package org.groma.app.commission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import org.groma.app.BadInputException;
import org.groma.app.commission.TreatyRegister.Paragraph;
import org.groma.app.commission.TreatyRegister.ParagraphRef;
import org.groma.app.commission.TreatyRegister.ParagraphStatus;
import org.groma.app.commission.TreatyRegister.Signature;
import org.groma.app.commission.TreatyRegister.Status;
import org.groma.app.commission.TreatyRegister.Treaty;
import org.groma.app.commission.TreatyRegister.Version;

/**
 * The consolidated text of a treaty at a date (docs/treaty.md): every paragraph that existed then, in reading
 * order, with its status and the wording(s) it had — the agreed version, or each live wording in brackets —
 * and the last act of the treaty it reflects, whose entry hash commits to the whole journal before it.
 *
 * @param asOf      the date it is consolidated at: acts dated later do not count
 * @param lastSeq   the last act of this treaty dated at or before {@code asOf}
 * @param lastEntryHash that act's entry hash
 */
public record TreatyText(String treatyId, SortedMap<String, String> titles, List<String> languages, Instant asOf,
    long lastSeq, String lastEntryHash, List<ParagraphText> paragraphs) {

  public TreatyText {
    languages = List.copyOf(languages);
    paragraphs = List.copyOf(paragraphs);
  }

  /** One paragraph of the consolidated text. */
  public record ParagraphText(ParagraphRef ref, ParagraphStatus status) {}

  /** What a line of the text is: a document renders each kind as its own block. */
  public enum LineKind { TITLE, SUBTITLE, ARTICLE, PARAGRAPH, STATUS }

  /** One line of the text in one language. */
  public record Line(LineKind kind, String text) {}

  /**
   * The text of {@code treaty} at {@code asOf}.
   *
   * @throws BadInputException when the treaty was opened after {@code asOf}
   */
  public static TreatyText of(Treaty treaty, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (treaty.time().isAfter(asOf)) {
      throw new BadInputException("treaty " + treaty.treatyId() + " was opened at " + treaty.time()
          + " (entry " + treaty.seq() + "): at " + asOf + " it has no text yet");
    }
    long lastSeq = treaty.seq();
    String lastHash = treaty.entryHash();
    List<ParagraphText> out = new ArrayList<>();
    for (Paragraph p : treaty.paragraphs()) {
      for (Version v : treaty.versions(p)) {
        if (v.time().isAfter(asOf)) {
          continue;
        }
        if (v.seq() > lastSeq) {
          lastSeq = v.seq();
          lastHash = v.entryHash();
        }
        for (Signature s : concat(v.acceptances(), v.initials())) {
          if (!s.time().isAfter(asOf) && s.seq() > lastSeq) {
            lastSeq = s.seq();
            lastHash = s.entryHash();
          }
        }
      }
      ParagraphStatus st = TreatyRegister.status(treaty, p, asOf);
      if (st.agreed() != null || !st.alternatives().isEmpty()) {
        out.add(new ParagraphText(p.ref(), st));
      }
    }
    return new TreatyText(treaty.treatyId(), treaty.titles(), treaty.languages(), asOf, lastSeq, lastHash, out);
  }

  private static List<Signature> concat(List<Signature> a, List<Signature> b) {
    List<Signature> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * The text in {@code lang}, line by line: the title, what it is, then per article its heading and per
   * paragraph its wording(s) and its status. Bracketed wordings read {@code [A, 2.1-A1: …]}: the proposer's
   * party code, the version, the text.
   *
   * @throws BadInputException when the treaty is not written in {@code lang}
   */
  public List<Line> lines(String lang) {
    if (!languages.contains(lang)) {
      throw new BadInputException("treaty " + treatyId + " is written in " + String.join(", ", languages)
          + ", not in " + lang);
    }
    Words w = Words.of(lang);
    List<Line> out = new ArrayList<>();
    out.add(new Line(LineKind.TITLE, titles.get(lang)));
    out.add(new Line(LineKind.SUBTITLE, String.format(Locale.ROOT, w.subtitle, asOf, lastSeq)));
    int article = -1;
    for (ParagraphText p : paragraphs) {
      if (p.ref().article() != article) {
        article = p.ref().article();
        out.add(new Line(LineKind.ARTICLE, String.format(Locale.ROOT, w.article, article)));
      }
      ParagraphStatus st = p.status();
      String wording;
      if (st.status() == Status.BRACKETED) {
        List<String> brackets = new ArrayList<>();
        for (Version v : st.alternatives()) {
          brackets.add("[" + v.proposedBy().party().code() + ", " + v.versionId() + ": "
              + v.proposal().texts().get(lang) + "]");
        }
        wording = String.join(" ", brackets);
      } else {
        wording = st.agreed().proposal().texts().get(lang);
      }
      out.add(new Line(LineKind.PARAGRAPH, p.ref().paragraph() + ". " + wording));
      out.add(new Line(LineKind.STATUS, "(" + w.status(st) + ")"));
    }
    return out;
  }

  /** The words of the text's frame in a language; English for a language Groma has no words for. */
  private record Words(String subtitle, String article, String bracketed, String adReferendum, String agreed,
      String initialled, String version) {

    static Words of(String lang) {
      return lang.equals("ru")
          ? new Words("Сводный текст по состоянию на %s (последний акт: запись %d журнала)", "Статья %d",
              "в скобках: не согласовано", "согласовано ad referendum", "согласовано",
              "парафировано обоими сопредседателями", "вариант")
          : new Words("Consolidated text as of %s (last act: journal entry %d)", "Article %d",
              "bracketed: not agreed", "agreed ad referendum", "agreed", "initialled by both co-chairs", "version");
    }

    String status(ParagraphStatus st) {
      return switch (st.status()) {
        case BRACKETED -> bracketed;
        case AGREED_AD_REFERENDUM -> adReferendum + ", " + version + " " + st.agreed().versionId();
        case AGREED -> agreed + ", " + version + " " + st.agreed().versionId();
        case INITIALLED -> initialled + ", " + version + " " + st.agreed().versionId();
      };
    }
  }
}
