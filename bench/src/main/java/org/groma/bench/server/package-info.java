/** Drivers that load a node over loopback: reads and writes under load, sign-in under attack. */
package org.groma.bench.server;
