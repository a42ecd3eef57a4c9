package org.groma.app.cli;

import org.groma.app.delimitation.LineType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --line-type geodesic|rhumb} of the commands that measure and densify plain lines: the two kinds of
 * {@link LineType} that join vertices by themselves (a followed feature needs its course, which a plain
 * line does not carry). Any case, as picocli reads enum values here.
 */
final class MeasuredLineType implements ITypeConverter<LineType.Kind> {

  @Override
  public LineType.Kind convert(String value) {
    for (LineType.Kind k : new LineType.Kind[] {LineType.Kind.GEODESIC, LineType.Kind.RHUMB}) {
      if (k.name().equalsIgnoreCase(value)) {
        return k;
      }
    }
    throw new TypeConversionException(
        "expected one of [GEODESIC, RHUMB] (case-insensitive) but was '" + value + "'");
  }
}
