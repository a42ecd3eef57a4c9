package org.groma.app.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.groma.app.commission.CommitmentEvent.AgreementRegistered;
import org.groma.app.commission.CommitmentEvent.Answer;
import org.groma.app.commission.CommitmentEvent.CommitmentRegistered;
import org.groma.app.commission.CommitmentEvent.CommitmentScored;
import org.groma.app.commission.CommitmentEvent.Deadline;
import org.groma.journal.entry.Party;

/**
 * The commitments register as the journal has it: agreements, their commitments, and each party's latest
 * score per commitment and reporting period with the other party's answer to it.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class CommitmentRegister {

  static final CommitmentRegister EMPTY = new CommitmentRegister(PersistentMap.empty(), PersistentMap.empty(),
      PersistentMap.empty());

  /** A registered agreement and the act that registered it. */
  public record AgreementRecord(AgreementRegistered agreement, Actor registeredBy, long seq, Instant time,
      String entryHash) {}

  /** A registered commitment and the act that registered it. */
  public record CommitmentRecord(CommitmentRegistered commitment, Actor registeredBy, long seq, Instant time,
      String entryHash) {
    public String commitmentId() {
      return commitment.commitmentId();
    }
  }

  /** The other party's answer to a score. */
  public record ScoreAnswer(Answer answer, String reason, String member, long seq, Instant time) {}

  /** A party's score of a commitment in a period (its latest), and the other party's answer, or null. */
  public record Score(Party party, CommitmentScored score, String member, long seq, Instant time, String entryHash,
      ScoreAnswer answer) {
    public String key() {
      return key(score.commitmentId(), score.period(), party);
    }

    static String key(String commitmentId, String period, Party party) {
      return commitmentId + '\u0000' + period + '\u0000' + party.code();
    }
  }

  private final PersistentMap<String, AgreementRecord> agreements;
  private final PersistentMap<String, CommitmentRecord> commitments;
  private final PersistentMap<String, Score> scores;

  private CommitmentRegister(PersistentMap<String, AgreementRecord> agreements,
      PersistentMap<String, CommitmentRecord> commitments, PersistentMap<String, Score> scores) {
    this.agreements = agreements;
    this.commitments = commitments;
    this.scores = scores;
  }

  public Optional<AgreementRecord> agreement(String agreementId) {
    return agreements.get(agreementId);
  }

  public List<AgreementRecord> agreements() {
    return agreements.values();
  }

  public Optional<CommitmentRecord> commitment(String commitmentId) {
    return commitments.get(commitmentId);
  }

  public List<CommitmentRecord> commitments() {
    return commitments.values();
  }

  /** Party {@code party}'s latest score of the commitment in the period, if it scored it. */
  public Optional<Score> score(String commitmentId, String period, Party party) {
    return scores.get(Score.key(commitmentId, period, party));
  }

  /** Every latest score, by commitment, period and party. */
  public List<Score> scores() {
    return scores.values();
  }

  /**
   * The day a commitment's deadline falls on, if it can be known yet: its date; the agreement's signature
   * plus the days; or the day the other commitment's full implementation was acknowledged plus the days
   * (empty while it is not: the deadline has not started running).
   */
  public Optional<LocalDate> dueDate(CommitmentRegistered c) {
    Deadline d = c.deadline();
    return switch (d.kind()) {
      case NONE -> Optional.empty();
      case DATE -> Optional.of(LocalDate.parse(d.date()));
      case AFTER_AGREEMENT -> agreement(d.event()).map(a -> LocalDate.parse(a.agreement().dateSigned())
          .plusDays(d.days()));
      case AFTER_COMMITMENT -> fullyImplemented(d.event()).map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC)
          .plusDays(d.days()));
    };
  }

  /**
   * When both parties first agreed that a commitment is fully implemented: a score of 3 acknowledged by the
   * other party (the time of the acknowledgement).
   */
  public Optional<Instant> fullyImplemented(String commitmentId) {
    Instant first = null;
    for (Score s : scoresOf(commitmentId)) {
      if (s.score().score() == CommitmentEvent.MAX_SCORE && s.answer() != null
          && s.answer().answer() == Answer.ACKNOWLEDGED && (first == null || s.answer().time().isBefore(first))) {
        first = s.answer().time();
      }
    }
    return Optional.ofNullable(first);
  }

  /** The latest scores of one commitment, by period and party. */
  public List<Score> scoresOf(String commitmentId) {
    List<Score> out = new ArrayList<>();
    for (Score s : scores.values()) {
      if (s.score().commitmentId().equals(commitmentId)) {
        out.add(s);
      }
    }
    return out;
  }

  CommitmentRegister with(AgreementRecord a) {
    return new CommitmentRegister(agreements.put(a.agreement().agreementId(), a), commitments, scores);
  }

  CommitmentRegister with(CommitmentRecord c) {
    return new CommitmentRegister(agreements, commitments.put(c.commitmentId(), c), scores);
  }

  CommitmentRegister with(Score s) {
    return new CommitmentRegister(agreements, commitments, scores.put(s.key(), s));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CommitmentRegister r && agreements.equals(r.agreements) && commitments.equals(r.commitments)
        && scores.equals(r.scores);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agreements, commitments, scores);
  }
}
