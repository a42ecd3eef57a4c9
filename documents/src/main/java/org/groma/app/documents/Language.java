package org.groma.app.documents;

import java.util.Locale;
import org.groma.app.BadInputException;

/** A language a document is printed in, with the words of the page frame (header, footer, proof) in it. */
public enum Language {
  EN("en", "en-GB", "DEMO DATA — fictional, for demonstration only; it has no legal force",
      "Journal proof", "entry", "entries", "checkpoint", "cosigned by", "not yet cosigned by any witness",
      "no checkpoint covers it yet: not yet provable", "check: groma verify STORE --entry HASH --checkpoint SIZE:ROOT",
      "Page %d of %d"),
  RU("ru", "ru-RU", "ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ — вымышлены, только для демонстрации; юридической силы не имеют",
      "Доказательство по журналу", "запись", "записи", "контрольная точка", "заверена", "ещё не заверена ни одним свидетелем",
      "ещё не покрыта контрольной точкой: пока не доказуемо",
      "проверка: groma verify ХРАНИЛИЩЕ --entry ХЕШ --checkpoint РАЗМЕР:КОРЕНЬ", "Стр. %d из %d");

  private final String code;
  private final String tag;
  final String demo;
  final String proof;
  final String entry;
  final String entries;
  final String checkpoint;
  final String cosignedBy;
  final String notCosigned;
  final String notCovered;
  final String howToCheck;
  private final String pageOf;

  Language(String code, String tag, String demo, String proof, String entry, String entries, String checkpoint,
      String cosignedBy, String notCosigned, String notCovered, String howToCheck, String pageOf) {
    this.code = code;
    this.tag = tag;
    this.demo = demo;
    this.proof = proof;
    this.entry = entry;
    this.entries = entries;
    this.checkpoint = checkpoint;
    this.cosignedBy = cosignedBy;
    this.notCosigned = notCosigned;
    this.notCovered = notCovered;
    this.howToCheck = howToCheck;
    this.pageOf = pageOf;
  }

  /** The ISO 639-1 code ({@code en}, {@code ru}). */
  public String code() {
    return code;
  }

  /** The BCP 47 tag a DOCX run carries, so a word processor checks spelling in the right language. */
  public String tag() {
    return tag;
  }

  /** The DEMO label every page of a demo commission's document carries. */
  public String demoLabel() {
    return demo;
  }

  String page(int page, int pages) {
    return String.format(Locale.ROOT, pageOf, page, pages);
  }

  /** The language of code {@code code} ({@code en}, {@code ru}, any case). */
  public static Language of(String code) {
    for (Language l : values()) {
      if (l.code.equalsIgnoreCase(code)) {
        return l;
      }
    }
    throw new BadInputException("language \"" + code + "\" is not one Groma prints documents in (en, ru)");
  }
}
