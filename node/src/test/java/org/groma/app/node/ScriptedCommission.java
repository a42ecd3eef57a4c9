package org.groma.app.node;

import java.nio.file.Path;
import java.time.Instant;
import org.groma.app.commission.DemoCommission;
import org.groma.app.commission.PeaceProcessScript;
import org.groma.app.commission.PillarScript;

/**
 * The scripted demo history ({@link DemoCommission#script}) run through a real, signed journal: a new store
 * whose genesis and every later act are decided, signed with the key ring's keys and stored. For tests,
 * benchmarks and examples that need a small, complete commission.
 */
public final class ScriptedCommission {

  private ScriptedCommission() {}

  /** A new node at {@code file} (which must not exist) holding the demo history, signed with {@code keys}. */
  public static CommissionNode create(Path file, String origin, KeyRing keys) {
    CommissionNode[] node = new CommissionNode[1];
    DemoCommission.script(command -> {
      if (node[0] == null) {
        node[0] = CommissionNode.create(file, origin, command, keys.forActor(command.actor()));
        return node[0].act(0);
      }
      return node[0].submit(command, keys.forActor(command.actor()));
    }, keys);
    return node[0];
  }

  /**
   * Appends {@link PeaceProcessScript} (regulations, protocols, the commitments register) to a node holding the
   * demo history, signed with {@code keys}; returns the node.
   */
  public static CommissionNode withPeaceProcess(CommissionNode node, KeyRing keys) {
    PeaceProcessScript.script(command -> node.submit(command, keys.forActor(command.actor())), keys, node.state());
    return node;
  }

  /**
   * As {@link #create}, then the pillar register's history ({@code PillarScript}: regulations, pillars,
   * surveys, protocols, damage, an inspection) at {@code time}; {@code keys} must hold
   * {@link PillarScript#A_SURVEYOR_LABEL}.
   */
  public static CommissionNode createWithPillars(Path file, String origin, KeyRing keys, Instant time) {
    CommissionNode node = create(file, origin, keys);
    PillarScript.script(command -> node.submit(command, keys.forActor(command.actor())), keys, time);
    return node;
  }
}
