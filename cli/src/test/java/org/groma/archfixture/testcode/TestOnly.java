package org.groma.archfixture.testcode;

/** Stands for test code (a test-jar's scaffolding) in the architecture rules' own test. */
public class TestOnly {}
