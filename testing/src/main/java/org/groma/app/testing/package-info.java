/**
 * Test scaffolding shared by the modules' tests (groma-testing, a test-scope dependency only): seeded
 * randomness, threads released together, outside reference tools, child JVMs for crash tests. Never main
 * code: the architecture rules refuse a main class that uses it.
 */
package org.groma.app.testing;
