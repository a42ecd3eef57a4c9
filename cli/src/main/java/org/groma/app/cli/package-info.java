/**
 * The {@code groma} command line (picocli), an adapter over every module below it: one command class per
 * subcommand under {@link org.groma.app.cli.GromaCommand}, and the one place where exceptions become exit
 * codes ({@link org.groma.app.cli.ErrorHandler}, {@link org.groma.app.cli.ExitCode}). Nothing else in Groma
 * knows picocli. See docs/cli.md.
 */
package org.groma.app.cli;
