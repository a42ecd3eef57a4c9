package org.groma.archfixture.app.node;

import org.groma.archfixture.app.store.FixtureStore;
import org.groma.archfixture.testcode.TestOnly;

/** Breaks the rules on purpose: test scaffolding in main code, using test code and JUnit. */
public class ScriptedHistory {
  public Object leak() {
    org.junit.jupiter.api.Assertions.assertTrue(true);
    return new Object[] {new TestOnly(), new FixtureStore()};
  }
}
