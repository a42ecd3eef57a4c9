package org.groma.app.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL that makes a commission store: the GeoPackage 1.3 core tables and the Groma tables with their
 * append-only triggers. Opening a store compares the schema in the file with these texts (SQLite keeps each
 * {@code CREATE} statement verbatim in {@code sqlite_master}), so a trigger dropped or edited outside Groma
 * is caught.
 */
final class StoreSchema {

  /** {@code PRAGMA application_id} of a GeoPackage: the ASCII bytes 'GPKG' (GeoPackage 1.3, Req 2). */
  static final int GEOPACKAGE_APPLICATION_ID = 0x47504B47;

  /** {@code PRAGMA user_version} of GeoPackage 1.3.x: 10300 (GeoPackage 1.2+ Req 2, "MMmmpp"). */
  static final int GEOPACKAGE_USER_VERSION = 10300;

  /** Version of Groma's own tables in this file; raised when they change, with a migration. */
  static final String FORMAT_VERSION = "1";

  static final String META = "meta";
  static final String JOURNAL = "journal";
  static final String CHECKPOINTS = "checkpoints";
  static final String COSIGNATURES = "cosignatures";

  /** Meta keys written once at creation. */
  static final String META_FORMAT_VERSION = "format_version";
  static final String META_ORIGIN = "origin";
  static final String META_CREATED_AT = "created_at";

  // GeoPackage 1.3 (OGC 12-128r18) Annex C table definitions, as GDAL writes them.
  static final String GPKG_SPATIAL_REF_SYS = "CREATE TABLE gpkg_spatial_ref_sys ("
      + "srs_name TEXT NOT NULL,"
      + "srs_id INTEGER NOT NULL PRIMARY KEY,"
      + "organization TEXT NOT NULL,"
      + "organization_coordsys_id INTEGER NOT NULL,"
      + "definition  TEXT NOT NULL,"
      + "description TEXT)";

  static final String GPKG_CONTENTS = "CREATE TABLE gpkg_contents ("
      + "table_name TEXT NOT NULL PRIMARY KEY,"
      + "data_type TEXT NOT NULL,"
      + "identifier TEXT UNIQUE,"
      + "description TEXT DEFAULT '',"
      + "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
      + "min_x DOUBLE, min_y DOUBLE,max_x DOUBLE, max_y DOUBLE,"
      + "srs_id INTEGER,"
      + "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))";

  static final String GPKG_GEOMETRY_COLUMNS = "CREATE TABLE gpkg_geometry_columns ("
      + "table_name TEXT NOT NULL,"
      + "column_name TEXT NOT NULL,"
      + "geometry_type_name TEXT NOT NULL,"
      + "srs_id INTEGER NOT NULL,"
      + "z TINYINT NOT NULL,"
      + "m TINYINT NOT NULL,"
      + "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
      + "CONSTRAINT uk_gc_table_name UNIQUE (table_name),"
      + "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
      + "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))";

  /** The WGS 84 definition GeoPackage 1.3 Table 7 gives for srs_id 4326 (OGC WKT 1, as GDAL writes it). */
  static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
      + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
      + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
      + "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";

  /** The three rows GeoPackage 1.3 Req 11 requires in gpkg_spatial_ref_sys. */
  static final List<SpatialRefSys> REQUIRED_SRS = List.of(
      new SpatialRefSys("WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT,
          "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
      new SpatialRefSys("Undefined Cartesian SRS", -1, "NONE", -1, "undefined",
          "undefined Cartesian coordinate reference system"),
      new SpatialRefSys("Undefined geographic SRS", 0, "NONE", 0, "undefined",
          "undefined geographic coordinate reference system"));

  record SpatialRefSys(String name, int srsId, String organization, int organizationCoordsysId,
      String definition, String description) {}

  static final String META_TABLE = "CREATE TABLE meta ("
      + "seq INTEGER PRIMARY KEY,"
      + " key TEXT NOT NULL UNIQUE,"
      + " value TEXT NOT NULL,"
      + " row_sha256 BLOB NOT NULL CHECK (typeof(row_sha256) = 'blob' AND length(row_sha256) = 32))";

  static final String JOURNAL_TABLE = "CREATE TABLE journal ("
      + "seq INTEGER PRIMARY KEY,"
      + " entry_hash BLOB NOT NULL UNIQUE CHECK (typeof(entry_hash) = 'blob' AND length(entry_hash) = 32),"
      + " entry BLOB NOT NULL CHECK (typeof(entry) = 'blob' AND length(entry) > 0),"
      + " appended_at TEXT NOT NULL,"
      + " row_sha256 BLOB NOT NULL CHECK (typeof(row_sha256) = 'blob' AND length(row_sha256) = 32))";

  static final String CHECKPOINTS_TABLE = "CREATE TABLE checkpoints ("
      + "seq INTEGER PRIMARY KEY,"
      + " size INTEGER NOT NULL CHECK (typeof(size) = 'integer' AND size >= 0),"
      + " note TEXT NOT NULL UNIQUE,"
      + " stored_at TEXT NOT NULL,"
      + " row_sha256 BLOB NOT NULL CHECK (typeof(row_sha256) = 'blob' AND length(row_sha256) = 32))";

  static final String COSIGNATURES_TABLE = "CREATE TABLE cosignatures ("
      + "seq INTEGER PRIMARY KEY,"
      + " checkpoint_seq INTEGER NOT NULL REFERENCES checkpoints(seq),"
      + " witness TEXT NOT NULL,"
      + " signature TEXT NOT NULL,"
      + " stored_at TEXT NOT NULL,"
      + " row_sha256 BLOB NOT NULL CHECK (typeof(row_sha256) = 'blob' AND length(row_sha256) = 32),"
      + " UNIQUE (checkpoint_seq, signature))";

  /** Every table the file must hold, with its exact CREATE text, in creation order. */
  static final Map<String, String> TABLES = tables();

  /** Every trigger the file must hold on Groma's tables, with its exact CREATE text. */
  static final Map<String, String> TRIGGERS = triggers();

  /** Groma's append-only tables, registered in gpkg_contents as {@code attributes}, with a description. */
  static final Map<String, String> ATTRIBUTE_TABLES = Map.of(
      META, "Groma store metadata: commission origin and store format version",
      JOURNAL, "Groma commission journal: signed entries, append-only, in log order",
      CHECKPOINTS, "Groma checkpoints of the journal (signed notes), append-only",
      COSIGNATURES, "Groma witness cosignatures of checkpoints, append-only");

  private StoreSchema() {}

  private static Map<String, String> tables() {
    Map<String, String> tables = new LinkedHashMap<>();
    tables.put("gpkg_spatial_ref_sys", GPKG_SPATIAL_REF_SYS);
    tables.put("gpkg_contents", GPKG_CONTENTS);
    tables.put("gpkg_geometry_columns", GPKG_GEOMETRY_COLUMNS);
    tables.put(META, META_TABLE);
    tables.put(JOURNAL, JOURNAL_TABLE);
    tables.put(CHECKPOINTS, CHECKPOINTS_TABLE);
    tables.put(COSIGNATURES, COSIGNATURES_TABLE);
    return Map.copyOf(tables);
  }

  static List<String> tableCreationOrder() {
    return List.of("gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns",
        META, JOURNAL, CHECKPOINTS, COSIGNATURES);
  }

  private static Map<String, String> triggers() {
    Map<String, String> triggers = new LinkedHashMap<>();
    appendOnly(triggers, META, List.of(List.of("key")));
    appendOnly(triggers, JOURNAL, List.of(List.of("entry_hash")));
    appendOnly(triggers, CHECKPOINTS, List.of(List.of("note")));
    appendOnly(triggers, COSIGNATURES, List.of(List.of("checkpoint_seq", "signature")));
    return Map.copyOf(triggers);
  }

  /**
   * Triggers that make {@code table} append-only: UPDATE and DELETE are refused; an INSERT must take the
   * next {@code seq} (so rows stay contiguous from 0); and an INSERT that would collide with a UNIQUE key is
   * refused before conflict resolution runs. The last guard matters because {@code INSERT OR REPLACE}
   * deletes the conflicting row without firing DELETE triggers (SQLite fires them for REPLACE only when
   * {@code recursive_triggers} is on, which a connection outside Groma need not set).
   */
  private static void appendOnly(Map<String, String> triggers, String table, List<List<String>> uniqueKeys) {
    String refusal = "'" + table + " is append-only'";
    triggers.put(table + "_no_update", "CREATE TRIGGER " + table + "_no_update BEFORE UPDATE ON " + table
        + " BEGIN SELECT RAISE(ABORT, " + refusal + "); END");
    triggers.put(table + "_no_delete", "CREATE TRIGGER " + table + "_no_delete BEFORE DELETE ON " + table
        + " BEGIN SELECT RAISE(ABORT, " + refusal + "); END");
    triggers.put(table + "_next_seq", "CREATE TRIGGER " + table + "_next_seq BEFORE INSERT ON " + table
        + " WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), -1) + 1 FROM " + table + ")"
        + " BEGIN SELECT RAISE(ABORT, '" + table + " is append-only: seq must equal the number of rows'); END");
    for (List<String> key : uniqueKeys) {
      List<String> conditions = new ArrayList<>();
      for (String column : key) {
        conditions.add(column + " = NEW." + column);
      }
      String name = table + "_no_replace_" + String.join("_", key);
      triggers.put(name, "CREATE TRIGGER " + name + " BEFORE INSERT ON " + table
          + " WHEN EXISTS (SELECT 1 FROM " + table + " WHERE " + String.join(" AND ", conditions) + ")"
          + " BEGIN SELECT RAISE(ABORT, '" + table + " is append-only: " + String.join(", ", key)
          + " already stored'); END");
    }
  }
}
