package org.groma.archfixture.app.server;

/** Breaks the rules on purpose: a second demo, outside the demo package. */
public class DemoBanner {}
