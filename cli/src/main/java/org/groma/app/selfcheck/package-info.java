/**
 * The geodesy self-check run by {@code groma selfcheck}: values this build computes compared with values
 * outside reference tools (GeographicLib's GeodSolve, RhumbSolve and Planimeter, PROJ's cs2cs) gave once,
 * written here as literals with the command that produced each.
 */
package org.groma.app.selfcheck;
