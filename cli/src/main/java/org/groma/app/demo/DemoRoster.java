package org.groma.app.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.groma.app.commission.Role;
import org.groma.journal.entry.Party;

/**
 * Who is in the demo commission, and how each signs in to the demo node. The passwords are documented demo
 * passwords (docs/demo.md, and printed by {@code groma demo}): they protect nothing and must never be used for
 * a real node.
 */
public final class DemoRoster {

  /**
   * One member of the demo commission with their node account.
   *
   * @param label the member's key label in the demo's key ring
   * @param user the user name they sign in with
   * @param password their documented demo password
   */
  public record DemoMember(String label, Party party, String name, Set<Role> roles, String user, String password) {
    public DemoMember {
      roles = Set.copyOf(roles);
    }

    /** Roles in the order the commission's rules write them (expert, co-chair, …, admin). */
    public List<Role> orderedRoles() {
      return EnumSet.copyOf(roles).stream().toList();
    }
  }

  public static final DemoMember A_CO_CHAIR = member("a-chair", Party.A, "Co-chair of Armenia (demo)", Role.CO_CHAIR);
  public static final DemoMember A_EXPERT = member("a-expert", Party.A, "Expert of Armenia (demo)", Role.EXPERT);
  public static final DemoMember B_CO_CHAIR =
      member("b-chair", Party.B, "Co-chair of Azerbaijan (demo)", Role.CO_CHAIR);
  public static final DemoMember B_EXPERT = member("b-expert", Party.B, "Expert of Azerbaijan (demo)", Role.EXPERT);
  /** The mediator's member: advises, tables working lines, keeps the sittings and the mediator's roster. */
  public static final DemoMember MEDIATOR =
      member("mediator", Party.MEDIATOR, "Mediator (demo)", Role.EXPERT, Role.ADMIN);
  public static final DemoMember OBSERVER = member("observer", Party.MEDIATOR, "Observer (demo)", Role.OBSERVER);
  /**
   * The demo monitoring mission's monitor, admitted by both co-chairs: signs as party M, holds no other role; records
   * the demo's incidents, posts and patrol.
   */
  public static final DemoMember MONITOR =
      member("monitor", Party.MEDIATOR, "Monitor of the demo mission (demo)", Role.MONITOR);

  /** Every member, in the order they are listed. */
  public static final List<DemoMember> MEMBERS = List.of(A_CO_CHAIR, A_EXPERT, B_CO_CHAIR, B_EXPERT, MEDIATOR,
      OBSERVER, MONITOR);

  /** Key labels of the log operator (a neutral secretariat that is no member) and the two parties' witnesses. */
  static final String OPERATOR = "operator";
  static final String WITNESS_A = "witness-a";
  static final String WITNESS_B = "witness-b";

  /** C2SP signed-note key names of the operator and the witnesses (no spaces). */
  public static final String OPERATOR_NAME = "operator.demo-am-az.groma";
  public static final String WITNESS_A_NAME = "witness.armenia.demo-am-az.groma";
  public static final String WITNESS_B_NAME = "witness.azerbaijan.demo-am-az.groma";

  /** Every key label: the members', then the operator's and witnesses'. */
  static final List<String> KEY_LABELS = List.of(A_CO_CHAIR.label(), A_EXPERT.label(), B_CO_CHAIR.label(),
      B_EXPERT.label(), MEDIATOR.label(), OBSERVER.label(), MONITOR.label(), OPERATOR, WITNESS_A, WITNESS_B);

  private DemoRoster() {}

  /** A member whose password is their user name followed by {@code -demo-password}. */
  private static DemoMember member(String user, Party party, String name, Role... roles) {
    return new DemoMember(user, party, name, EnumSet.copyOf(List.of(roles)), user, user + "-demo-password");
  }
}
