package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groma.app.commission.DemoCommission.A_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.B_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.B_EXPERT_ROTATED;
import static org.groma.app.commission.DemoCommission.MEDIATOR;
import static org.groma.app.commission.DemoCommission.PLACEHOLDER_KEYS;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.groma.app.BadInputException;
import org.groma.app.commission.TreatyEvent.Acceptance;
import org.groma.app.commission.TreatyEvent.ParagraphProposed;
import org.groma.app.commission.TreatyEvent.VersionAccepted;
import org.groma.app.commission.TreatyEvent.VersionInitialled;
import org.groma.app.commission.TreatyRegister.ParagraphRef;
import org.groma.app.commission.TreatyRegister.Status;
import org.groma.app.commission.TreatyRegister.Treaty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The treaty text's rules, adversary first: who holds which key and what they could forge. Co-chair A and
 * co-chair B each hold one party's signature; the mediator and the experts hold none. No one of them, nor
 * any two but the two co-chairs together, can make a text agreed or initialled; no one can make a signature
 * cover a text other than the one it quotes.
 */
class TreatyRulesTest {

  private InMemoryCommission c;
  private List<Act> script;

  @BeforeEach
  void draft() {
    c = DemoCommission.inMemory();
    script = TreatyScript.script(c, PLACEHOLDER_KEYS);
  }

  private Treaty treaty() {
    return c.state().treaties().treaty(TreatyScript.TREATY).orElseThrow();
  }

  private Status status(int article, int paragraph, Instant asOf) {
    Treaty t = treaty();
    return TreatyRegister.status(t, t.paragraph(new ParagraphRef(article, paragraph)).orElseThrow(), asOf).status();
  }

  private Act proposal(String versionId) {
    return script.stream().filter(a -> a.event() instanceof ParagraphProposed p && p.versionId().equals(versionId))
        .findFirst().orElseThrow();
  }

  private String refusal(Actor actor, CommissionEvent e) {
    Decision d = c.submit(new Command(PLACEHOLDER_KEYS.actor(actor), next(), e));
    assertThat(d).as("the rules must refuse %s", e).isInstanceOf(Decision.Refused.class);
    return ((Decision.Refused) d).reason();
  }

  private Instant next() {
    return c.state().lastTime().orElseThrow().plusSeconds(3600);
  }

  private void act(Actor actor, CommissionEvent e) {
    c.append(new Command(PLACEHOLDER_KEYS.actor(actor), next(), e));
  }

  @Test
  void the_draft_ends_with_each_status_and_every_status_holds_as_of_each_day() {
    Instant end = c.state().lastTime().orElseThrow();
    assertThat(status(1, 1, end)).isEqualTo(Status.INITIALLED);
    assertThat(status(1, 2, end)).isEqualTo(Status.AGREED_AD_REFERENDUM);
    assertThat(status(2, 1, end)).isEqualTo(Status.BRACKETED);
    assertThat(status(3, 1, end)).isEqualTo(Status.AGREED);
    // 1.1: proposed day 1, accepted by B day 6 and A day 7, initialled day 8 (A) and 9 (B).
    assertThat(status(1, 1, TreatyScript.day(6))).isEqualTo(Status.BRACKETED);
    assertThat(status(1, 1, TreatyScript.day(7))).isEqualTo(Status.AGREED);
    assertThat(status(1, 1, TreatyScript.day(8))).isEqualTo(Status.AGREED);
    assertThat(status(1, 1, TreatyScript.day(9))).isEqualTo(Status.INITIALLED);
  }

  @Test
  void a_changed_character_after_initialling_is_a_new_version_and_reopens_the_paragraph() {
    ParagraphProposed initialled = (ParagraphProposed) proposal("1.1-A1").event();
    TreeMap<String, String> changed = new TreeMap<>(initialled.texts());
    changed.put("en", changed.get("en").replace("Annex 1", "Annex 1 "));
    act(B_EXPERT_ROTATED, new ParagraphProposed(TreatyScript.TREATY, 1, 1, "1.1-B2", changed));
    Instant now = c.state().lastTime().orElseThrow();
    var st = TreatyRegister.status(treaty(), treaty().paragraph(new ParagraphRef(1, 1)).orElseThrow(), now);
    assertThat(st.status()).isEqualTo(Status.BRACKETED);
    assertThat(st.alternatives()).extracting(TreatyRegister.Version::versionId).containsExactly("1.1-A1", "1.1-B2");
    // The initials on 1.1-A1 quote its hashes; the new version's hashes differ in the changed language.
    assertThat(((ParagraphProposed) treaty().version("1.1-B2").orElseThrow().proposal()).textHashes().get("en"))
        .isNotEqualTo(initialled.textHashes().get("en"));
    assertThat(treaty().version("1.1-B2").orElseThrow().initials()).isEmpty();
    // Nor can the old initialled version be initialled again or carried over: the paragraph is reopened.
    assertThat(refusal(A_CO_CHAIR, TreatyScript.initials(proposal("1.1-A1"))))
        .contains("paragraph 1.1 was reopened by version 1.1-B2");
    Act reopening = c.acts().get(c.acts().size() - 1);
    assertThat(refusal(B_CO_CHAIR, TreatyScript.initials(reopening))).contains("it is not the agreed version of"
        + " paragraph 1.1 (that is 1.1-A1)");
  }

  @Test
  void a_signature_must_quote_the_exact_text_of_every_language_and_the_version_entry() {
    Act p21 = proposal("2.1-A1");
    VersionAccepted honest = TreatyScript.acceptance(p21, Acceptance.DEFINITIVE);
    TreeMap<String, String> forged = new TreeMap<>(honest.textHashes());
    forged.put("ru", ContentHash.sha256("На реках граница проходит по тальвегу."));
    assertThat(refusal(B_CO_CHAIR, new VersionAccepted(honest.treatyId(), honest.versionId(), honest.versionHash(),
        forged, Acceptance.DEFINITIVE))).contains("quotes SHA-256").contains("of the ru text, but the text of version"
        + " 2.1-A1 hashes to " + honest.textHashes().get("ru"));
    TreeMap<String, String> englishOnly = new TreeMap<>(honest.textHashes());
    englishOnly.remove("ru");
    assertThat(refusal(B_CO_CHAIR, new VersionAccepted(honest.treatyId(), honest.versionId(), honest.versionHash(),
        englishOnly, Acceptance.DEFINITIVE))).contains("quotes no hash of the ru text");
    String otherEntry = proposal("2.1-B1").entryHash();
    assertThat(refusal(B_CO_CHAIR, new VersionAccepted(honest.treatyId(), honest.versionId(), otherEntry,
        honest.textHashes(), Acceptance.DEFINITIVE))).contains("quotes version hash " + otherEntry);
  }

  @Test
  void only_the_two_co_chairs_together_agree_and_neither_the_mediator_nor_an_expert_can_sign_for_a_party() {
    Act p21 = proposal("2.1-A1");
    assertThat(refusal(MEDIATOR, TreatyScript.acceptance(p21, Acceptance.DEFINITIVE))).contains("co-chair");
    assertThat(refusal(B_EXPERT_ROTATED, TreatyScript.acceptance(p21, Acceptance.DEFINITIVE))).contains("co-chair");
    act(A_CO_CHAIR, TreatyScript.acceptance(p21, Acceptance.DEFINITIVE));
    assertThat(status(2, 1, next())).isEqualTo(Status.BRACKETED);
    assertThat(refusal(A_CO_CHAIR, TreatyScript.acceptance(p21, Acceptance.DEFINITIVE)))
        .contains("party A already accepted it definitive");
    assertThat(refusal(A_CO_CHAIR, TreatyScript.initials(p21))).contains("nothing is agreed there yet");
    act(B_CO_CHAIR, TreatyScript.acceptance(p21, Acceptance.DEFINITIVE));
    assertThat(status(2, 1, next())).isEqualTo(Status.AGREED);
  }

  @Test
  void an_ad_referendum_acceptance_becomes_definitive_only_by_the_same_party_and_initials_wait_for_it() {
    Act p12 = proposal("1.2-M1");
    assertThat(refusal(B_CO_CHAIR, TreatyScript.initials(p12))).contains("agreed only ad referendum");
    assertThat(refusal(A_CO_CHAIR, TreatyScript.acceptance(p12, Acceptance.AD_REFERENDUM)))
        .contains("already accepted it ad-referendum");
    act(A_CO_CHAIR, TreatyScript.acceptance(p12, Acceptance.DEFINITIVE));
    assertThat(status(1, 2, next())).isEqualTo(Status.AGREED);
    act(B_CO_CHAIR, TreatyScript.initials(p12));
    act(A_CO_CHAIR, TreatyScript.initials(p12));
    assertThat(status(1, 2, next())).isEqualTo(Status.INITIALLED);
  }

  @Test
  void a_paragraph_in_an_undeclared_language_or_missing_one_is_refused_and_changes_nothing() {
    CommissionState before = c.state();
    TreeMap<String, String> withFrench = new TreeMap<>(TreatyScript.texts("Text.", "Текст."));
    withFrench.put("fr", "Texte.");
    assertThat(refusal(A_CO_CHAIR, new ParagraphProposed(TreatyScript.TREATY, 4, 1, "4.1-A1", withFrench)))
        .contains("it has a text in fr, which treaty T-1 does not declare (its languages, from its treaty-opened act"
            + " at seq 17: en, ru)");
    TreeMap<String, String> englishOnly = new TreeMap<>();
    englishOnly.put("en", "Text.");
    assertThat(refusal(A_CO_CHAIR, new ParagraphProposed(TreatyScript.TREATY, 4, 1, "4.1-A1", englishOnly)))
        .contains("it has no ru text");
    assertThat(refusal(A_CO_CHAIR, new ParagraphProposed(TreatyScript.TREATY, 4, 1, "2.1-A1",
        TreatyScript.texts("Text.", "Текст.")))).contains("version id 2.1-A1 already exists");
    assertThat(refusal(A_CO_CHAIR, new ParagraphProposed("T-9", 4, 1, "4.1-A1",
        TreatyScript.texts("Text.", "Текст.")))).contains("unknown treaty T-9");
    assertThat(c.state()).isEqualTo(before);
  }

  @Test
  void the_records_refuse_a_malformed_language_code_number_or_hash() {
    assertThatThrownBy(() -> new ParagraphProposed("T-1", 0, 1, "v", TreatyScript.texts("a", "б")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("article 0 is not a number from 1 to 9999");
    TreeMap<String, String> bad = new TreeMap<>();
    bad.put("EN", "Text.");
    assertThatThrownBy(() -> new ParagraphProposed("T-1", 1, 1, "v", bad)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("\"EN\" is not a language code");
    assertThatThrownBy(() -> new VersionInitialled("T-1", "v", "00", TreatyScript.texts("a", "b")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("versionHash");
  }

  @Test
  void the_consolidated_text_brackets_each_live_wording_and_names_its_last_act() {
    Treaty t = treaty();
    TreatyText text = TreatyText.of(t, c.state().lastTime().orElseThrow());
    assertThat(text.lastSeq()).isEqualTo(c.state().lastSeq());
    List<String> en = text.lines("en").stream().map(TreatyText.Line::text).toList();
    assertThat(en).contains("1. The state border between the Parties runs as described in Annex 1.",
        "(initialled by both co-chairs, version 1.1-A1)", "(agreed ad referendum, version 1.2-M1)",
        "1. [A, 2.1-A1: Along rivers the border follows the median line of the main channel.] [B, 2.1-B1: Along"
            + " rivers the border follows the thalweg of the navigable channel.]", "(bracketed: not agreed)",
        "Article 3", "(agreed, version 3.1-B1)");
    List<String> ru = text.lines("ru").stream().map(TreatyText.Line::text).toList();
    assertThat(ru).contains("Статья 2", "(в скобках: не согласовано)");
    // Before article 3 existed, the text has no article 3 and its last act is the one before.
    TreatyText early = TreatyText.of(t, TreatyScript.day(4));
    assertThat(early.lines("en").stream().map(TreatyText.Line::text)).doesNotContain("Article 3");
    assertThat(early.lastSeq()).isEqualTo(script.get(4).seq());
    assertThatThrownBy(() -> TreatyText.of(t, TreatyScript.day(-1))).isInstanceOf(BadInputException.class)
        .hasMessageContaining("has no text yet");
    assertThatThrownBy(() -> text.lines("fr")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("written in en, ru, not in fr");
  }
}
