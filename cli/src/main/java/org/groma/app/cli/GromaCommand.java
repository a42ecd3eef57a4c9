package org.groma.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

@Command(
    name = "groma",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Groma: a workbench for joint boundary commissions.",
        "Survey-grade geodesy on the WGS84 ellipsoid; every datum transformation named, never guessed.",
    },
    subcommands = {
        GeoCommand.class,
        SheetCommand.class,
        ImportCommand.class,
        BoundaryCommand.class,
        CompareCommand.class,
        SimplifyCommand.class,
        MedianCommand.class,
        ThalwegCommand.class,
        TableCommand.class,
        DescribeCommand.class,
        KeysCommand.class,
        JournalCommand.class,
        SittingsCommand.class,
        ProtocolCommand.class,
        CommitmentsCommand.class,
        PillarsCommand.class,
        IncidentsCommand.class,
        VerifyCommand.class,
        TreatyCommand.class,
        BundleCommand.class,
        PostsCommand.class,
        PatrolsCommand.class,
        ServeCommand.class,
        DemoCommand.class,
        SelfCheckCommand.class,
        HelpCommand.class,
    },
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success",
        "  1  a check failed (self-check, verification)",
        "  2  bad usage: unknown option, missing or malformed argument",
        "  3  bad input data: invalid coordinate, malformed file, unknown CRS, missing transformation",
        "  4  I/O or store error: a file could not be read or written",
        "  5  internal error in Groma (please report it)",
        "",
        "Coordinates are WGS84 latitude and longitude in degrees unless a CRS is named. See docs/cli.md.",
    })
final class GromaCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
