/**
 * What every module of the node shares, at the bottom of the graph (groma-commission): the exception for
 * input a command cannot use ({@link org.groma.app.BadInputException}, exit code 3), the strict reader of
 * users' JSON documents ({@link org.groma.app.JsonInput}) and the whole-or-nothing file write
 * ({@link org.groma.app.AtomicFile}).
 */
package org.groma.app;
