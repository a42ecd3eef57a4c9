package org.groma.app.commission;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.groma.app.BadInputException;
import org.groma.journal.entry.Party;

/**
 * What a protocol's heading states about a sitting, beyond its title and agenda: its number, which body sits
 * (the commission or one of its working groups), its dates, the venue and host, the two chairs and the
 * delegation lists. {@code sitting-opened} carries it as {@code details}; a sitting opened before Groma knew
 * these fields has none (its body has no {@code details} field, and still reads and replays).
 *
 * @param number the sitting's number within its body (the commission's 5th sitting, the topographic working
 *     group's 12th round), at least 1
 * @param body who sits: the commission or a working group
 * @param startDate the first day, {@code YYYY-MM-DD}
 * @param endDate the last day, {@code YYYY-MM-DD}, not before {@code startDate}
 * @param venue where: its kind and the place's name
 * @param host the party that hosts it; null for a sitting on video or in a third country hosted by no party
 * @param chairs one chair of party A and one of party B, A first
 * @param delegations who attended, each with their capacity
 */
public record SittingDetails(int number, Body body, String startDate, String endDate, Venue venue, Party host,
    List<Person> chairs, List<Attendee> delegations) {

  /** Who sits: the commission, or one of its working groups. */
  public enum Body implements Codes.Coded {
    COMMISSION("commission"), TOPOGRAPHIC("topographic"), LEGAL("legal"), GEODETIC("geodetic");

    private final String code;

    Body(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public boolean workingGroup() {
      return this != COMMISSION;
    }

    public static Body ofCode(String code) {
      return Codes.of(Body.class, code, "body");
    }
  }

  /** Where a sitting takes place. */
  public enum VenueKind implements Codes.Coded {
    PARTY_A("party-a"), PARTY_B("party-b"), BORDER("border"), THIRD_COUNTRY("third-country"), VIDEO("video");

    private final String code;

    VenueKind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static VenueKind ofCode(String code) {
      return Codes.of(VenueKind.class, code, "venue kind");
    }
  }

  /** The venue: its kind and the place (a city, a border crossing, "video conference"). */
  public record Venue(VenueKind kind, String place) {
    public Venue {
      Objects.requireNonNull(kind, "kind");
      Checks.name("place", place);
    }
  }

  /** A named person of a party (a chair). */
  public record Person(Party party, String name) {
    public Person {
      Objects.requireNonNull(party, "party");
      Checks.name("name", name);
    }
  }

  /** In what capacity someone attends a sitting. */
  public enum Capacity implements Codes.Coded {
    MEMBER("member"), EXPERT("expert"), FOREIGN_EXPERT("foreign-expert"), OBSERVER("observer"),
    MEDIATOR("mediator");

    private final String code;

    Capacity(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Capacity ofCode(String code) {
      return Codes.of(Capacity.class, code, "capacity");
    }
  }

  /**
   * One attendee: the delegation they sit with (A, B, or M for the mediator's team), their name and capacity.
   * A foreign expert sits with, and speaks for, the delegation that brought them; the mediator sits with M and
   * only M's people are the mediator.
   */
  public record Attendee(Party delegation, String name, Capacity capacity) {
    public Attendee {
      Objects.requireNonNull(delegation, "delegation");
      Checks.name("name", name);
      Objects.requireNonNull(capacity, "capacity");
      if (capacity == Capacity.MEDIATOR && delegation != Party.MEDIATOR) {
        throw new BadInputException("attendee \"" + name + "\" sits with party " + delegation.code()
            + " as the mediator; the mediator sits with delegation M");
      }
      if (delegation == Party.MEDIATOR && (capacity == Capacity.MEMBER || capacity == Capacity.FOREIGN_EXPERT)) {
        throw new BadInputException("attendee \"" + name + "\" of the mediator's team sits as mediator, expert"
            + " or observer, not as " + capacity.code());
      }
    }
  }

  public SittingDetails {
    if (number < 1) {
      throw new BadInputException("number " + number + " must be at least 1");
    }
    Objects.requireNonNull(body, "body");
    LocalDate start = date("startDate", startDate);
    LocalDate end = date("endDate", endDate);
    if (end.isBefore(start)) {
      throw new BadInputException("endDate " + endDate + " is before startDate " + startDate);
    }
    Objects.requireNonNull(venue, "venue");
    Party expectedHost = switch (venue.kind()) {
      case PARTY_A -> Party.A;
      case PARTY_B -> Party.B;
      default -> null;
    };
    if (expectedHost != null && host != expectedHost) {
      throw new BadInputException("a sitting at venue " + venue.kind().code() + " is hosted by party "
          + expectedHost.code() + ", not " + (host == null ? "nobody" : host.code()));
    }
    chairs = List.copyOf(chairs);
    if (chairs.size() != 2 || chairs.get(0).party() != Party.A || chairs.get(1).party() != Party.B) {
      throw new BadInputException("chairs must be exactly one of party A then one of party B");
    }
    delegations = List.copyOf(delegations);
    if (delegations.isEmpty()) {
      throw new BadInputException("delegations list nobody");
    }
  }

  /** Parses a {@code YYYY-MM-DD} date, naming the field when it is not one. */
  static LocalDate date(String field, String value) {
    if (value == null) {
      throw new BadInputException(field + " is missing");
    }
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value);
      }
    } catch (DateTimeParseException e) {
      // falls through to the message below
    }
    throw new BadInputException(field + " \"" + value + "\" is not a date YYYY-MM-DD");
  }
}
