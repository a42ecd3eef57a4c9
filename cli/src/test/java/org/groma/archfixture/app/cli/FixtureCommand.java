package org.groma.archfixture.app.cli;

/** A stand-in adapter class for the architecture rules' own test. */
public class FixtureCommand {}
