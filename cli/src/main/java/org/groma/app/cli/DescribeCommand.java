package org.groma.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.groma.app.delimitation.BoundaryDescriber;
import org.groma.app.delimitation.DescriptionLanguage;
import org.groma.app.delimitation.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "describe",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Verbal description of a line in English or Russian, one sentence per segment: \"From turning point 12",
        "the line runs north-east (azimuth 47°12′03″) for 1 234.56 m to turning point 13.\" Directions are the 8",
        "compass points; lengths to the centimetre by line type. LINE as for `groma table`; a follows-feature",
        "segment needs its feature described in the language asked (property feature: {\"en\": …, \"ru\": …}).",
    })
final class DescribeCommand implements Runnable {

  @Spec CommandSpec spec;

  @Mixin FeatureInput input;

  @Option(names = "--lang", paramLabel = "en|ru", defaultValue = "en",
      description = "Language of the description: en (default) or ru.")
  DescriptionLanguage lang;

  @Option(names = "--start-number", paramLabel = "N", defaultValue = "1",
      description = "Number of the first turning point (default 1).")
  int startNumber;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (UTF-8) instead of standard output.")
  Path out;

  @Override
  public void run() {
    List<Section> sections = TableCommand.readSections(input, startNumber);
    String text = new BoundaryDescriber(lang).describe(sections);
    TableCommand.emit(spec, out, text);
  }
}
