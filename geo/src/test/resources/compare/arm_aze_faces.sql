-- Faces between the OpenStreetMap-derived (line 1) and Natural Earth (line 2) ARM-AZE lines, polygonized and
-- measured by PostGIS: ST_Union nodes the linework (GEOS, in the longitude-latitude plane), ST_Polygonize
-- builds the faces, ST_Area(geography) measures them with geodesic edges (GeographicLib's geod_polygonarea).
-- Labels are independent of Groma's orientation logic: a face is given to A (Armenia) by a source when an
-- interior point lies in that source's Armenia polygon, to B (Azerbaijan) when it lies in its Azerbaijan
-- polygon, and '?' when it lies in both or neither (the OSM extract's Azerbaijan polygon overlaps the Armenian
-- exclave near Artsvashen, whose ring is missing from the OSM-derived line). Needs tables osm and ne loaded from data/*.geojson and cmp_lines from arm_aze_input.sql.
\pset footer off
WITH u AS (SELECT ST_Union(geom) AS geom FROM cmp_lines),
faces AS (SELECT (ST_Dump(ST_Polygonize(u.geom))).geom AS face FROM u),
labelled AS (
  SELECT face, ST_PointOnSurface(face) AS pos FROM faces
),
l AS (
  SELECT face, pos,
    CASE ST_Contains((SELECT geom FROM osm WHERE a3 = 'ARM'), pos)::int
         + 2 * ST_Contains((SELECT geom FROM osm WHERE a3 = 'AZE'), pos)::int
         WHEN 1 THEN 'A' WHEN 2 THEN 'B' ELSE '?' END AS line1_gives,
    CASE ST_Contains((SELECT geom FROM ne WHERE name = 'Armenia'), pos)::int
         + 2 * ST_Contains((SELECT geom FROM ne WHERE name = 'Azerbaijan'), pos)::int
         WHEN 1 THEN 'A' WHEN 2 THEN 'B' ELSE '?' END AS line2_gives
  FROM labelled
)
SELECT line1_gives, line2_gives, ST_Area(face::geography) AS area_m2, ST_X(pos) AS lon, ST_Y(pos) AS lat,
       ST_NPoints(face) AS npoints
FROM l ORDER BY area_m2 DESC;
