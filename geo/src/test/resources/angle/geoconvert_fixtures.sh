#!/bin/sh
# Regenerates geoconvert_parse.txt and geoconvert_format.txt from the *_input.txt files with GeographicLib's
# GeoConvert (Debian package geographiclib-tools; these were made with GeoConvert 2.1.2). Run in this folder.
set -eu
LC_ALL=C.UTF-8; export LC_ALL

# Parsing: every input point to signed decimal degrees, 14 decimals.
{
  echo "# input | output of: echo INPUT | GeoConvert -g -p 9"
  while IFS= read -r line; do
    printf '%s | %s\n' "$line" "$(printf '%s\n' "$line" | GeoConvert -g -p 9)"
  done < geoconvert_parse_input.txt
} > geoconvert_parse.txt

# Formatting: every input point with every precision GeoConvert offers for DMS (-:), and decimal degrees (-g).
# -: -p P writes P+1 decimals of a second for P >= -1, degrees and minutes with 1 or 0 decimals for P = -2, -3.
# -g -p P writes P+5 decimals of a degree.
{
  echo "# input | options | output of: echo INPUT | GeoConvert OPTIONS"
  while IFS= read -r line; do
    for p in -3 -2 -1 0 1 2 3 4 5 6 7 8; do
      printf '%s | -: -p %s | %s\n' "$line" "$p" "$(printf '%s\n' "$line" | GeoConvert -: -p "$p")"
    done
    for p in -5 -4 -3 -2 -1 0 1 2 3 4 5 6 7 8; do
      printf '%s | -g -p %s | %s\n' "$line" "$p" "$(printf '%s\n' "$line" | GeoConvert -g -p "$p")"
    done
  done < geoconvert_format_input.txt
} > geoconvert_format.txt
