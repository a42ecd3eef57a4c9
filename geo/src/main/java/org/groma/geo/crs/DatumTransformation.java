package org.groma.geo.crs;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.groma.geo.GeoInputException;

/**
 * A named datum transformation from one geodetic datum to another by a Helmert shift: an EPSG one from
 * {@link TransformationRegistry}, or a set of parameters a commission agreed on, made with
 * {@link #custom(String, GeodeticDatum, GeodeticDatum, TransformationMethod, HelmertParameters)}.
 *
 * <p>The transformation applies from {@code source} to {@code target}, and in reverse from {@code target} to
 * {@code source}; see {@link CoordinateTransform} for how the reverse is computed.
 *
 * @param code {@code "EPSG:15865"} for an EPSG transformation, {@code "custom:<name>"} otherwise
 * @param name e.g. {@code "Pulkovo 1942 to WGS 84 (16)"}
 * @param source datum the parameters transform from
 * @param target datum the parameters transform to
 * @param method the EPSG method; for seven parameters it fixes the rotation convention
 * @param parameters the Helmert parameters, as published for {@code method}
 * @param accuracyM EPSG's stated accuracy in metres, empty where EPSG says "not available"
 * @param areaOfUse where the transformation is meant to be used
 * @param supersededBy code of the transformation that replaces this one in the EPSG dataset, if any
 */
public record DatumTransformation(
    String code,
    String name,
    GeodeticDatum source,
    GeodeticDatum target,
    TransformationMethod method,
    HelmertParameters parameters,
    OptionalDouble accuracyM,
    AreaOfUse areaOfUse,
    Optional<String> supersededBy) {

  public DatumTransformation {
    if (code == null || code.isBlank() || name == null || name.isBlank()) {
      throw new GeoInputException("a datum transformation needs a code and a name, got \"" + code + "\", \"" + name + "\"");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(accuracyM, "accuracyM");
    Objects.requireNonNull(areaOfUse, "areaOfUse");
    Objects.requireNonNull(supersededBy, "supersededBy");
    if (method == null) {
      throw new GeoInputException(code + ": the method must be stated (GEOCENTRIC_TRANSLATIONS, POSITION_VECTOR or "
          + "COORDINATE_FRAME): the two seven-parameter conventions differ by metres");
    }
    if (method == TransformationMethod.GEOCENTRIC_TRANSLATIONS && !parameters.isTranslationOnly()) {
      throw new GeoInputException(code + ": geocentric translations (EPSG:9603) take no rotation or scale, got " + parameters);
    }
    if (source.sameAs(target)) {
      throw new GeoInputException(code + ": source and target datum are both " + source);
    }
  }

  /**
   * A transformation with parameters agreed outside the EPSG dataset. The method must be given: for seven
   * parameters it states the rotation convention ({@link TransformationMethod#POSITION_VECTOR} or
   * {@link TransformationMethod#COORDINATE_FRAME}), which is never assumed.
   */
  public static DatumTransformation custom(
      String name, GeodeticDatum source, GeodeticDatum target, TransformationMethod method,
      HelmertParameters parameters) {
    return new DatumTransformation("custom:" + name, name, source, target, method, parameters,
        OptionalDouble.empty(), AreaOfUse.WORLD, Optional.empty());
  }

  /** True if this transformation converts between the two datums, in either direction. */
  public boolean connects(GeodeticDatum a, GeodeticDatum b) {
    return source.sameAs(a) && target.sameAs(b) || source.sameAs(b) && target.sameAs(a);
  }

  @Override
  public String toString() {
    return code + " (" + name + ")";
  }
}
