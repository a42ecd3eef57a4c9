-- The PostGIS equivalent of LineComparisonBenchmark.armAzeWithSettlements: node and polygonize the two
-- ARM-AZE lines and the connectors (cmp_lines, from geo/src/test/resources/compare/arm_aze_input.sql),
-- label each face from the source polygons, measure it on the spheroid, find the settlements inside each
-- disputed face and those within 5 km of either line.
WITH u AS (SELECT ST_Union(geom) AS geom FROM cmp_lines),
faces AS (SELECT (ST_Dump(ST_Polygonize(u.geom))).geom AS face FROM u),
l AS (
  SELECT face, ST_PointOnSurface(face) AS pos FROM faces
),
labelled AS (
  SELECT face,
    ST_Contains((SELECT geom FROM osm WHERE a3 = 'ARM'), pos) AS osm_arm,
    ST_Contains((SELECT geom FROM ne WHERE name = 'Armenia'), pos) AS ne_arm,
    ST_Area(face::geography) AS area_m2
  FROM l
),
disputed AS (SELECT * FROM labelled WHERE osm_arm <> ne_arm),
inside AS (
  SELECT d.area_m2, s.name, s.population FROM disputed d JOIN settlements s ON ST_Contains(d.face, s.geom)
),
near AS (
  SELECT s.name,
         ST_Distance(s.geom::geography, o.geom::geography, true) AS osm_m,
         ST_Distance(s.geom::geography, n.geom::geography, true) AS ne_m
  FROM settlements s, lines o, lines n
  WHERE o.src = 'osm' AND n.src = 'ne'
    AND (ST_DWithin(s.geom::geography, o.geom::geography, 5000, true)
         OR ST_DWithin(s.geom::geography, n.geom::geography, 5000, true))
)
SELECT (SELECT count(*) FROM disputed) AS faces,
       (SELECT sum(area_m2) FROM disputed WHERE osm_arm) AS area_osm_arm_ne_aze_m2,
       (SELECT sum(area_m2) FROM disputed WHERE NOT osm_arm) AS area_osm_aze_ne_arm_m2,
       (SELECT count(*) FROM inside) AS settlements_inside,
       (SELECT count(*) FROM near) AS settlements_near;
