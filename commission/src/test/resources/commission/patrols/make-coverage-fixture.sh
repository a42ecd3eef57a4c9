#!/bin/sh
# Writes coverage-geodsolve.tsv: the reference for PatrolCoverageTest, from GeographicLib's GeodSolve
# (Debian geographiclib-tools), independently of Groma. Line: the first segment of the test commission's
# agreed S-1 line, A (0.1 N, 0.1 E) to B (0.1204 N, 0.15 E). Track: V, 600 m left of the line's point at
# 3000 m, to V2, 2000 m further from the line; the vertices rounded to nanodegrees as the journal holds them.
set -eu
A="0.1 0.1"
set -- $(echo "$A 0.1204 0.15" | GeodSolve -i -p 9)
AZI=$1
set -- $(echo 3000 | GeodSolve -L $A $AZI -p 9)
FLAT=$1; FLON=$2; FAZI=$3
LEFT=$(echo "$FAZI - 90" | bc -l)
set -- $(echo "$FLAT $FLON $LEFT 600" | GeodSolve -p 9)
VLAT=$(printf '%.9f' $1); VLON=$(printf '%.9f' $2); VAZI=$3
set -- $(echo "$VLAT $VLON $VAZI 2000" | GeodSolve -p 9)
V2LAT=$(printf '%.9f' $1); V2LON=$(printf '%.9f' $2)
echo "# GeodSolve $(GeodSolve --version 2>&1 | head -1); made by make-coverage-fixture.sh"
echo "# azimuth of the line at A: $AZI"
echo "vertex	V	$VLAT	$VLON"
echo "vertex	V2	$V2LAT	$V2LON"
echo "# sample	chainage m	lat	lon	distance to V m"
for base in 2180 3780; do
  i=0
  while [ $i -le 160 ]; do
    s=$(echo "$base + $i * 0.25" | bc -l)
    set -- $(echo $s | GeodSolve -L $A $AZI -p 9)
    PLAT=$1; PLON=$2
    set -- $(echo "$PLAT $PLON $VLAT $VLON" | GeodSolve -i -p 9)
    echo "sample	$s	$PLAT	$PLON	$3"
    i=$((i + 1))
  done
done
