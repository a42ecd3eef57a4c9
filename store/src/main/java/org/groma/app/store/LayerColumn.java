package org.groma.app.store;

import java.util.Objects;
import java.util.regex.Pattern;
import org.groma.app.BadInputException;

/**
 * An attribute column of a projection layer. Values may be null (no value for that feature).
 *
 * @param name lower-case identifier: a letter, then letters, digits or '_' (at most 63 characters), not
 *     {@code fid} or {@code geom}, which every layer has
 * @param type the column's type
 */
public record LayerColumn(String name, ColumnType type) {

  static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  public LayerColumn {
    Objects.requireNonNull(type, "type");
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new BadInputException("layer column name " + (name == null ? "(none)" : "'" + name + "'")
          + " must be a lower-case letter followed by up to 62 lower-case letters, digits or '_'");
    }
    if (name.equals(FeatureLayerSpec.ID_COLUMN) || name.equals(FeatureLayerSpec.GEOMETRY_COLUMN)) {
      throw new BadInputException("layer column name '" + name + "' is reserved (every layer has it)");
    }
  }
}
