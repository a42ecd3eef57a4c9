package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.groma.app.commission.CommitmentDashboard.Cell;
import org.groma.app.commission.CommitmentDashboard.Row;
import org.groma.app.commission.CommitmentDashboard.View;
import org.junit.jupiter.api.Test;

/** Roll-ups over the script's scores, worked by hand from {@link PeaceProcessScript}. */
class CommitmentDashboardTest {

  private static final CommitmentDashboard D = CommitmentDashboard.of(
      CommissionHistory.replay(Fixture.PEACE_ACTS).current().commitments());

  private static Row row(List<Row> rows, String group, String period) {
    return rows.stream().filter(r -> r.group().equals(group) && r.period().equals(period)).findFirst().orElseThrow();
  }

  @Test
  void per_agreement_each_partys_points_and_the_agreed_points() {
    assertThat(D.periods()).containsExactly("2024-Q3", "2024-Q4");
    // 2024-Q3: A scored C-1 = 1 (acknowledged by B) and C-2 = 2 (disputed); B scored C-1 = 1
    Row q3 = row(D.byAgreement(), "AG-1", "2024-Q3");
    assertThat(q3.cells().get(View.A)).isEqualTo(new Cell(3, 2, 3));
    assertThat(q3.cells().get(View.B)).isEqualTo(new Cell(3, 1, 1));
    assertThat(q3.cells().get(View.AGREED)).isEqualTo(new Cell(3, 1, 1));
    assertThat(q3.cells().get(View.A).percent()).isEqualByComparingTo("50.0");
    assertThat(q3.cells().get(View.AGREED).percent()).isEqualByComparingTo("33.3");
    // 2024-Q4: A scored C-1 = 3 (acknowledged); B scored C-2 = 3 (not answered)
    Row q4 = row(D.byAgreement(), "AG-1", "2024-Q4");
    assertThat(q4.cells().get(View.AGREED)).isEqualTo(new Cell(3, 1, 3));
    assertThat(q4.cells().get(View.AGREED).percent()).isEqualByComparingTo("100.0");
  }

  @Test
  void per_theme_and_nothing_scored_has_no_percentage() {
    Row transport = row(D.byTheme(), "transport", "2024-Q4");
    assertThat(transport.cells().get(View.B)).isEqualTo(new Cell(2, 0, 0));
    assertThat(transport.cells().get(View.B).percent()).isNull();
    Row border = row(D.byTheme(), "border", "2024-Q3");
    assertThat(border.cells().get(View.A)).isEqualTo(new Cell(1, 1, 2));
    assertThat(border.cells().get(View.AGREED).scored()).isZero();
  }
}
