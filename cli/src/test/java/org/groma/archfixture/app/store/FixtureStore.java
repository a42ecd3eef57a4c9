package org.groma.archfixture.app.store;

import org.groma.archfixture.app.node.ScriptedHistory;

/** Breaks the rules on purpose: the store reaches up into the node, whose class uses the store (a cycle). */
public class FixtureStore {
  public Object leak() {
    return ScriptedHistory.class;
  }
}
