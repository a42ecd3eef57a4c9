package org.groma.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

@Command(
    name = "geo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Geodesy on the WGS84 ellipsoid: geodesics, rhumb lines, areas, coordinate transformations "
        + "and angle notation.",
    subcommands = {
        InverseCommand.class,
        DirectCommand.class,
        RhumbCommand.class,
        RhumbDirectCommand.class,
        MeasureCommand.class,
        ClosestCommand.class,
        DensifyCommand.class,
        TransformCommand.class,
        TransformationsCommand.class,
        DmsCommand.class,
        HelpCommand.class,
    })
final class GeoCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
