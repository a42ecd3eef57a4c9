package org.groma.archfixture.geo;

import org.groma.archfixture.app.cli.FixtureCommand;

/** Breaks the rules on purpose: a library class reaching into the app and into Jackson. */
public class LeakyGeo {
  public Object leak() {
    return new Object[] {new FixtureCommand(), new com.fasterxml.jackson.databind.ObjectMapper()};
  }
}
