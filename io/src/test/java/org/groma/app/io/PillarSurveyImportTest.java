package org.groma.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.app.commission.PillarEvent.PillarSurveyed;
import org.groma.app.commission.PillarEvent.SurveyMethod;
import org.groma.app.commission.PillarRegister;
import org.groma.app.commission.PillarScript;
import org.junit.jupiter.api.Test;

/** A survey file becomes pillar-surveyed acts to sign, or a list of every problem with its line, and no act. */
class PillarSurveyImportTest {

  private static final PillarRegister REGISTER = PillarScript.full().state().pillars();
  private static final Map<String, String> CAMPAIGN = Map.of("method", "gnss-static", "session_min", "120",
      "material", "reinforced concrete", "dimensions", "0.25 x 0.25 x 1.60 m", "control_points", "CP-1; CP-2",
      "gpx_ele", "ellipsoidal");

  private static Reader csv(String name) {
    return new InputStreamReader(stream(name), StandardCharsets.UTF_8);
  }

  private static InputStream stream(String name) {
    return PillarSurveyImportTest.class.getResourceAsStream("/io/pillars/" + name);
  }

  @Test
  void a_clean_csv_gives_one_act_per_row_quoting_the_pillars_proposal() throws IOException {
    PillarSurveyImport.Result r = PillarSurveyImport.csv(csv("survey-ok.csv"), "survey-ok.csv", "EPSG:4326",
        Optional.empty(), CAMPAIGN, REGISTER);
    assertThat(r.problems()).isEmpty();
    assertThat(r.acts()).hasSize(3);
    PillarSurveyed one = r.acts().get(0);
    assertThat(one.position().lonNanodeg()).isEqualTo(1_000_000_034L);
    assertThat(one.position().latNanodeg()).isEqualTo(1_000_000_012L);
    assertThat(one.ellipsoidalHeightMm()).isEqualTo(512_345L);
    assertThat(one.orthometricHeightMm()).isEqualTo(486_120L);
    assertThat(one.heightSystem()).isEqualTo("Baltic 1977");
    assertThat(one.method()).isEqualTo(SurveyMethod.GNSS_STATIC);
    assertThat(one.controlPoints()).containsExactly("CP-1", "CP-2");
    assertThat(one.description()).containsEntry("ru", "Знак 1 на гребне.");
    assertThat(one.proposalHash()).isEqualTo(REGISTER.pillar(one.number()).orElseThrow().proposed().entryHash());
    assertThat(r.acts().get(2).number().label()).isEqualTo("3/1");
    assertThat(r.sources()).containsExactly("survey-ok.csv line 3", "survey-ok.csv line 4", "survey-ok.csv line 5");
  }

  @Test
  void every_problem_is_named_with_its_line_and_no_act_is_given() throws IOException {
    PillarSurveyImport.Result r = PillarSurveyImport.csv(csv("survey-bad.csv"), "survey-bad.csv", "EPSG:4326",
        Optional.empty(), CAMPAIGN, REGISTER);
    assertThat(r.acts()).isEmpty();
    assertThat(r.problems()).extracting(Object::toString).containsExactly(
        "survey-bad.csv line 3: unknown pillar 9: no pillar-proposed act gives this number",
        "survey-bad.csv line 4: pillar 1 is surveyed twice in this file (first at survey-bad.csv line 2)",
        "survey-bad.csv line 5: h_ell_m \"498.0001\" is finer than a millimetre; the register keeps heights in"
            + " whole millimetres and does not round what was measured",
        "survey-bad.csv line 6: missing fields markings, description_xx (at least one language) (pillar 3/1)");
  }

  @Test
  void an_undeclared_crs_is_refused_before_anything_is_read() {
    assertThatThrownBy(() -> PillarSurveyImport.csv(csv("survey-ok.csv"), "survey-ok.csv", null, Optional.empty(),
        CAMPAIGN, REGISTER)).isInstanceOf(BadInputException.class).hasMessageContaining("CRS is not declared");
  }

  @Test
  void gpx_waypoints_take_the_campaigns_fields_and_say_which_are_missing() throws IOException {
    PillarSurveyImport.Result r = PillarSurveyImport.gpx(stream("survey.gpx"), "survey.gpx", CAMPAIGN, REGISTER);
    assertThat(r.acts()).isEmpty();
    assertThat(r.problems()).extracting(Object::toString).containsExactly(
        "survey.gpx line 3, column 44: missing fields rms_mm, markings, description_xx (at least one language)"
            + " (pillar 1)",
        "survey.gpx line 4, column 29: missing fields rms_mm, markings, description_xx (at least one language)"
            + " (pillar 2)",
        "survey.gpx line 5, column 28: missing fields rms_mm, markings, description_xx (at least one language)"
            + " (pillar 77)");
    Map<String, String> full = new java.util.HashMap<>(CAMPAIGN);
    full.putAll(Map.of("rms_mm", "10", "markings", "PA / PB", "description_en", "Set in June 2024."));
    r = PillarSurveyImport.gpx(stream("survey.gpx"), "survey.gpx", full, REGISTER);
    assertThat(r.problems()).extracting(Object::toString).containsExactly(
        "survey.gpx line 5, column 28: unknown pillar 77: no pillar-proposed act gives this number");
  }

  @Test
  void gpx_dates_are_utc_days_and_heights_need_a_stated_kind() throws IOException {
    Map<String, String> full = new java.util.HashMap<>(CAMPAIGN);
    full.putAll(Map.of("rms_mm", "10", "markings", "PA / PB", "description_en", "Set in June 2024."));
    String twoPillars = new String(stream("survey.gpx").readAllBytes(), StandardCharsets.UTF_8)
        .replaceAll("(?s)  <wpt lat=\"1.2\".*?</wpt>\n", "");
    PillarSurveyImport.Result r = PillarSurveyImport.gpx(new java.io.ByteArrayInputStream(
        twoPillars.getBytes(StandardCharsets.UTF_8)), "survey.gpx", full, REGISTER);
    assertThat(r.problems()).isEmpty();
    assertThat(r.acts().get(1).observedOn()).isEqualTo("2024-06-22");
    assertThat(r.acts().get(0).ellipsoidalHeightMm()).isEqualTo(512_345L);
    full.remove("gpx_ele");
    r = PillarSurveyImport.gpx(new java.io.ByteArrayInputStream(twoPillars.getBytes(StandardCharsets.UTF_8)),
        "survey.gpx", full, REGISTER);
    assertThat(r.problems()).hasSize(2).allMatch(p -> p.message().contains("ellipsoidal or orthometric"));
  }
}
