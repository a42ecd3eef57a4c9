-- Common boundary of two territories in PostGIS, for CommonBoundaryRealDataTest.
-- psql variables: tbl (osm or ne), col (a3 or name), a, b (the two parties' values).
-- Output (unaligned, '|' separated), one row per line:
--   total|<number of parts>|<ST_Length(geography) of the merged lines, m>
--   part|<length m>|<points>|<closed t/f>|<start lon lat>|<end lon lat>      (longest first)
--   tripoint|<third party>|<lon lat>                                         (ends of parts touching a third party)
--   overlap|<ST_Area(geography) of the polygonal part of ST_Intersection(a, b), m²>
\set QUIET on
\pset format unaligned
\pset fieldsep '|'
\pset tuples_only on
\pset footer off
create temp table ab as
  select ST_LineMerge(ST_CollectionExtract(ST_Intersection(ST_Boundary(a.geom), ST_Boundary(b.geom)), 2)) g
  from :tbl a, :tbl b where a.:col = :'a' and b.:col = :'b';
create temp table parts as select (ST_Dump(g)).geom g from ab;
select 'total', ST_NumGeometries(g), ST_Length(g::geography) from ab;
select 'part', ST_Length(g::geography), ST_NPoints(g), ST_IsClosed(g),
       ST_X(ST_StartPoint(g)) || ' ' || ST_Y(ST_StartPoint(g)), ST_X(ST_EndPoint(g)) || ' ' || ST_Y(ST_EndPoint(g))
  from parts order by ST_Length(g::geography) desc;
select distinct 'tripoint', c.:col, ST_X(e) || ' ' || ST_Y(e)
  from (select ST_StartPoint(g) e from parts where not ST_IsClosed(g)
        union all select ST_EndPoint(g) from parts where not ST_IsClosed(g)) ends,
       :tbl c
  where c.:col not in (:'a', :'b') and ST_Intersects(c.geom, e)
  order by 2, 3;
select 'overlap', coalesce(sum(ST_Area(d.geom::geography)), 0)
  from (select (ST_Dump(ST_CollectionExtract(ST_Intersection(a.geom, b.geom), 3))).geom
        from :tbl a, :tbl b where a.:col = :'a' and b.:col = :'b') d;
