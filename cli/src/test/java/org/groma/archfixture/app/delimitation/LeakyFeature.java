package org.groma.archfixture.app.delimitation;

import org.groma.archfixture.app.cli.FixtureCommand;

/** Breaks the rules on purpose: a feature class that knows the CLI and picocli. */
public class LeakyFeature {
  public Object leak() {
    return new Object[] {new FixtureCommand(), picocli.CommandLine.Help.Ansi.OFF};
  }
}
