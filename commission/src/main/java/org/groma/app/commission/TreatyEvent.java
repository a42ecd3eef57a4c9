package org.groma.app.commission;

import static org.groma.app.commission.Checks.hex32;
import static org.groma.app.commission.Checks.id;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.groma.app.BadInputException;

/**
 * The acts of the treaty text (docs/treaty.md): a treaty is opened with its languages, each paragraph of each
 * article gets versions proposed by either party or the mediator (a text per language), and co-chairs accept
 * a version (ad referendum or definitively) and initial it. Every acceptance and initialling quotes the entry
 * hash of the version and the SHA-256 of its exact text in every language, so a changed character is a new
 * version that no earlier signature covers.
 */
public sealed interface TreatyEvent extends CommissionEvent permits
    TreatyEvent.TreatyOpened,
    TreatyEvent.ParagraphProposed,
    TreatyEvent.VersionAccepted,
    TreatyEvent.VersionInitialled {

  /** A language code: ISO 639-1, two lower-case letters ({@code en}, {@code ru}). */
  Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  /** Articles and paragraphs are numbered 1 to this. */
  int MAX_NUMBER = 9999;

  /** The treaty this act belongs to. */
  String treatyId();

  /**
   * A treaty text is opened: its id and its title in each of its languages, which are the languages every
   * version of every paragraph must be written in (until the commission's regulations name its working
   * languages, the treaty declares its own).
   */
  record TreatyOpened(String treatyId, SortedMap<String, String> titles) implements TreatyEvent {
    public TreatyOpened {
      id("treatyId", treatyId);
      titles = languageTexts("titles", titles, true);
    }
  }

  /**
   * A version of paragraph {@code paragraph} of article {@code article}, proposed by the author's party (or
   * the mediator), with its text in every language of the treaty.
   *
   * @param versionId unique within the treaty, e.g. {@code 3.2-B1}
   * @param texts language code to the paragraph's exact text in that language
   */
  record ParagraphProposed(String treatyId, int article, int paragraph, String versionId,
      SortedMap<String, String> texts) implements TreatyEvent {
    public ParagraphProposed {
      id("treatyId", treatyId);
      number("article", article);
      number("paragraph", paragraph);
      id("versionId", versionId);
      texts = languageTexts("texts", texts, false);
    }

    /** The SHA-256 (lower-case hex) of each language's text as UTF-8 bytes: what an acceptance quotes. */
    public SortedMap<String, String> textHashes() {
      TreeMap<String, String> out = new TreeMap<>();
      texts.forEach((lang, text) -> out.put(lang, ContentHash.sha256(text)));
      return Collections.unmodifiableSortedMap(out);
    }
  }

  /** How a party accepts a version: subject to its government's confirmation, or definitively. */
  enum Acceptance {
    AD_REFERENDUM("ad-referendum"), DEFINITIVE("definitive");

    private final String code;

    Acceptance(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Acceptance ofCode(String code) {
      for (Acceptance a : values()) {
        if (a.code.equals(code)) {
          return a;
        }
      }
      throw new BadInputException("acceptance \"" + code + "\" is not ad-referendum or definitive");
    }
  }

  /**
   * A party's co-chair accepts a version of a paragraph, quoting its entry hash ({@code versionHash}) and the
   * SHA-256 of its text in every language ({@code textHashes}).
   */
  record VersionAccepted(String treatyId, String versionId, String versionHash, SortedMap<String, String> textHashes,
      Acceptance acceptance) implements TreatyEvent {
    public VersionAccepted {
      id("treatyId", treatyId);
      id("versionId", versionId);
      hex32("versionHash", versionHash);
      textHashes = hashes(textHashes);
      Objects.requireNonNull(acceptance, "acceptance");
    }

    /** The acceptance of the version {@code proposal} (a {@code paragraph-proposed} act), quoting its hashes. */
    public static VersionAccepted of(Act proposal, Acceptance acceptance) {
      ParagraphProposed p = (ParagraphProposed) proposal.event();
      return new VersionAccepted(p.treatyId(), p.versionId(), proposal.entryHash(), p.textHashes(), acceptance);
    }
  }

  /**
   * A party's co-chair initials an agreed version, quoting its entry hash and the SHA-256 of its exact text in
   * every language it initials (all the treaty's languages).
   */
  record VersionInitialled(String treatyId, String versionId, String versionHash,
      SortedMap<String, String> textHashes) implements TreatyEvent {
    public VersionInitialled {
      id("treatyId", treatyId);
      id("versionId", versionId);
      hex32("versionHash", versionHash);
      textHashes = hashes(textHashes);
    }

    /** The initials on the version {@code proposal} (a {@code paragraph-proposed} act), quoting its hashes. */
    public static VersionInitialled of(Act proposal) {
      ParagraphProposed p = (ParagraphProposed) proposal.event();
      return new VersionInitialled(p.treatyId(), p.versionId(), proposal.entryHash(), p.textHashes());
    }
  }

  private static void number(String field, int n) {
    if (n < 1 || n > MAX_NUMBER) {
      throw new BadInputException(field + " " + n + " is not a number from 1 to " + MAX_NUMBER);
    }
  }

  private static SortedMap<String, String> languageTexts(String field, Map<String, String> texts, boolean names) {
    if (texts == null || texts.isEmpty()) {
      throw new BadInputException(field + " has no language: give the text in each language of the treaty");
    }
    TreeMap<String, String> out = new TreeMap<>();
    texts.forEach((lang, text) -> {
      language(field, lang);
      out.put(lang, names ? Checks.name(field + "." + lang, text) : Checks.text(field + "." + lang, text));
    });
    return Collections.unmodifiableSortedMap(out);
  }

  private static SortedMap<String, String> hashes(Map<String, String> hashes) {
    if (hashes == null || hashes.isEmpty()) {
      throw new BadInputException("textHashes has no language: quote the SHA-256 of the text in each language");
    }
    TreeMap<String, String> out = new TreeMap<>();
    hashes.forEach((lang, hash) -> {
      language("textHashes", lang);
      out.put(lang, hex32("textHashes." + lang, hash));
    });
    return Collections.unmodifiableSortedMap(out);
  }

  private static void language(String field, String lang) {
    if (lang == null || !LANGUAGE.matcher(lang).matches()) {
      throw new BadInputException(field + ": \"" + lang + "\" is not a language code (ISO 639-1: two lower-case"
          + " letters, e.g. en, ru)");
    }
  }
}
