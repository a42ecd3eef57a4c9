package org.groma.app.documents;

import java.util.Locale;
import java.util.Objects;
import org.groma.app.commission.CommissionEvent.Genesis;

/**
 * What frames every page of a document: the commission and the section (or subject) in the header, the
 * language, and whether the commission is a demo (then every page says so in its footer).
 */
public record PageFrame(String commission, String section, boolean demo, Language language) {

  public PageFrame {
    Texts.check("commission name", commission, false);
    Texts.check("section", section, false);
    Objects.requireNonNull(language, "language");
  }

  /** The frame for the commission {@code genesis} founded. */
  public static PageFrame of(Genesis genesis, String section, Language language) {
    return new PageFrame(genesis.commissionName(), section, isDemo(genesis), language);
  }

  /**
   * A demo commission: any id or name starting with "demo" (the demo builders, and the tests' scripted
   * history, name theirs so). Its screens and documents say DEMO DATA.
   */
  public static boolean isDemo(Genesis g) {
    if (g == null) {
      return false;
    }
    return g.commissionId().toLowerCase(Locale.ROOT).startsWith("demo")
        || g.commissionName().toLowerCase(Locale.ROOT).startsWith("demo");
  }
}
