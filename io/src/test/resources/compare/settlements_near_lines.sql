-- Settlements within 5 000 m of the OpenStreetMap-derived (osm) or Natural Earth (ne) ARM-AZE line, with
-- their geodesic distances (PostGIS geography, spheroid). Tables: settlements (ogr2ogr of
-- data/settlements_am_az.geojson) and lines (see geo/src/test/resources/compare/README.md).
SELECT s.geonameid, s.name,
       ST_Distance(s.geom::geography, o.geom::geography, true) AS osm_m,
       ST_Distance(s.geom::geography, n.geom::geography, true) AS ne_m
FROM settlements s, lines o, lines n
WHERE o.src = 'osm' AND n.src = 'ne'
  AND (ST_DWithin(s.geom::geography, o.geom::geography, 5000, true)
       OR ST_DWithin(s.geom::geography, n.geom::geography, 5000, true))
ORDER BY s.geonameid;
