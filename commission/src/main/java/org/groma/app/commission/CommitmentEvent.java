package org.groma.app.commission;

import static org.groma.app.commission.Checks.hex32;
import static org.groma.app.commission.Checks.id;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.groma.app.BadInputException;
import org.groma.journal.entry.Party;

/**
 * The commitments register as acts: an agreement or statement registered with its metadata (the PA-X peace
 * agreement codebook's fields where they fit), its commitments, each party's score of each commitment per
 * reporting period on the Peace Accords Matrix scale, and the other party's answer to it (docs/commitments.md).
 */
public sealed interface CommitmentEvent extends CommissionEvent {

  /** The Peace Accords Matrix implementation scale: 0 not initiated, 1 minimal, 2 intermediate, 3 full. */
  int MAX_SCORE = 3;

  /** A reporting period: a year, half, quarter or month ({@code 2024}, {@code 2024-H1}, {@code 2024-Q3}, {@code 2024-07}). */
  Pattern PERIOD = Pattern.compile("\\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?");

  /** PA-X's stage of an agreement. */
  enum Stage implements Codes.Coded {
    PRE_NEGOTIATION("pre-negotiation"), FRAMEWORK_PARTIAL("framework-partial"),
    FRAMEWORK_COMPREHENSIVE("framework-comprehensive"), IMPLEMENTATION("implementation"), CEASEFIRE("ceasefire"),
    RENEWAL("renewal"), OTHER("other");

    private final String code;

    Stage(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Stage ofCode(String code) {
      return Codes.of(Stage.class, code, "stage");
    }
  }

  /**
   * An agreement or statement.
   *
   * @param name its title (PA-X: agreement name)
   * @param dateSigned {@code YYYY-MM-DD} (PA-X: date signed)
   * @param signatories who signed it, as named in it (PA-X: parties)
   * @param thirdParties who witnessed or guaranteed it (PA-X: third parties; may be empty)
   * @param stage PA-X's stage
   * @param textSha256 SHA-256 of the file holding its text, so the register names one text
   */
  record AgreementRegistered(String agreementId, String name, String dateSigned, List<String> signatories,
      List<String> thirdParties, Stage stage, String textSha256) implements CommitmentEvent {
    public AgreementRegistered {
      id("agreementId", agreementId);
      Checks.name("name", name);
      SittingDetails.date("dateSigned", dateSigned);
      signatories = names("signatories", signatories);
      if (signatories.isEmpty()) {
        throw new BadInputException("agreement " + agreementId + " names no signatory");
      }
      thirdParties = names("thirdParties", thirdParties);
      Objects.requireNonNull(stage, "stage");
      hex32("textSha256", textSha256);
    }
  }

  /** What a deadline is counted from. */
  enum DeadlineKind implements Codes.Coded {
    NONE("none"), DATE("date"), AFTER_AGREEMENT("after-agreement"), AFTER_COMMITMENT("after-commitment");

    private final String code;

    DeadlineKind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static DeadlineKind ofCode(String code) {
      return Codes.of(DeadlineKind.class, code, "deadline kind");
    }
  }

  /**
   * A deadline: none; a date ({@code date}); or {@code days} after an event ({@code event}: an agreement's
   * signature, or another commitment's full implementation acknowledged by both parties).
   */
  record Deadline(DeadlineKind kind, String date, String event, Integer days) {
    public static final Deadline NONE = new Deadline(DeadlineKind.NONE, null, null, null);

    public Deadline {
      Objects.requireNonNull(kind, "kind");
      switch (kind) {
        case NONE -> require(date == null && event == null && days == null, "none takes no date, event or days");
        case DATE -> {
          require(event == null && days == null, "date takes a date only");
          SittingDetails.date("deadline.date", date);
        }
        case AFTER_AGREEMENT, AFTER_COMMITMENT -> {
          require(date == null, kind.code() + " takes an event and days, no date");
          id("deadline.event", event);
          require(days != null && days >= 0 && days <= 36_600, kind.code() + " takes days 0 to 36600");
        }
      }
    }

    private static void require(boolean ok, String message) {
      if (!ok) {
        throw new BadInputException("deadline: " + message);
      }
    }
  }

  /**
   * One commitment of an agreement.
   *
   * @param quote the words of the agreement that commit, quoted exactly
   * @param obligated the parties it obliges (A, B, M), at least one
   * @param theme what it is about, an identifier (e.g. {@code transport}, {@code prisoners}, {@code border})
   * @param verification how its implementation is verified
   */
  record CommitmentRegistered(String commitmentId, String agreementId, String quote, Set<Party> obligated,
      String theme, Deadline deadline, String verification) implements CommitmentEvent {
    public CommitmentRegistered {
      id("commitmentId", commitmentId);
      id("agreementId", agreementId);
      Checks.text("quote", quote);
      if (obligated == null || obligated.isEmpty()) {
        throw new BadInputException("commitment " + commitmentId + " obliges nobody");
      }
      obligated = Collections.unmodifiableSet(EnumSet.copyOf(obligated));
      id("theme", theme);
      Objects.requireNonNull(deadline, "deadline");
      Checks.text("verification", verification);
    }
  }

  /** A party's score of a commitment's implementation in a reporting period, with its evidence. */
  record CommitmentScored(String commitmentId, String period, int score, String evidence) implements CommitmentEvent {
    public CommitmentScored {
      id("commitmentId", commitmentId);
      CommitmentEvent.period(period);
      if (score < 0 || score > MAX_SCORE) {
        throw new BadInputException("score " + score + " is outside the Peace Accords Matrix scale 0 to " + MAX_SCORE
            + " (0 not initiated, 1 minimal, 2 intermediate, 3 full)");
      }
      Checks.text("evidence", evidence);
    }
  }

  /** The other party's answer to a score. */
  enum Answer implements Codes.Coded {
    ACKNOWLEDGED("acknowledged"), DISPUTED("disputed");

    private final String code;

    Answer(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Answer ofCode(String code) {
      return Codes.of(Answer.class, code, "answer");
    }
  }

  /**
   * A party acknowledges or disputes the other party's score, quoting the entry hash of that score
   * ({@code scoreHash}); a dispute gives its reason, an acknowledgement may ({@code reason} null).
   */
  record ScoreAnswered(String commitmentId, String period, Party scoredBy, String scoreHash, Answer answer,
      String reason) implements CommitmentEvent {
    public ScoreAnswered {
      id("commitmentId", commitmentId);
      CommitmentEvent.period(period);
      Objects.requireNonNull(scoredBy, "scoredBy");
      if (!scoredBy.isParty()) {
        throw new BadInputException("scoredBy: only party A or B scores a commitment");
      }
      hex32("scoreHash", scoreHash);
      Objects.requireNonNull(answer, "answer");
      if (reason != null) {
        Checks.text("reason", reason);
      } else if (answer == Answer.DISPUTED) {
        throw new BadInputException("a dispute of a score gives its reason");
      }
    }
  }

  static String period(String period) {
    if (period == null || !PERIOD.matcher(period).matches()) {
      throw new BadInputException("period \"" + period + "\" is not a reporting period (YYYY, YYYY-H1, YYYY-Q1 to"
          + " Q4, or YYYY-MM)");
    }
    return period;
  }

  private static List<String> names(String field, List<String> names) {
    List<String> copy = List.copyOf(names);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      Checks.name(field + "[" + i + "]", copy.get(i));
      if (!seen.add(copy.get(i))) {
        throw new BadInputException(field + " names \"" + copy.get(i) + "\" twice");
      }
    }
    return copy;
  }
}
