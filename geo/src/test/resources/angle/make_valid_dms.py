#!/usr/bin/env python3
# Writes valid_dms.txt: python3 make_valid_dms.py > valid_dms.txt
# input, sign, d, m, s, axis — the d/m/s are what a person reads in the input, written by hand.
CASES = [
 ("# Forms from the brief", None),
 ("40°30′15.123″N", +1, "40", "30", "15.123", "LATITUDE"),
 ("40°30'15.123\"N", +1, "40", "30", "15.123", "LATITUDE"),
 ("40°30'15.123''N", +1, "40", "30", "15.123", "LATITUDE"),
 ("40 30 15.123 N", +1, "40", "30", "15.123", "LATITUDE"),
 ("N 40.504201", +1, "40.504201", "0", "0", "LATITUDE"),
 ("40d30m15.12s", +1, "40", "30", "15.12", "UNKNOWN"),
 ("40:30:15.12", +1, "40", "30", "15.12", "UNKNOWN"),
 ("-40.5", -1, "40.5", "0", "0", "UNKNOWN"),
 ("40°30.5′", +1, "40", "30.5", "0", "UNKNOWN"),
 ("N40°30′15″", +1, "40", "30", "15", "LATITUDE"),
 ("40°30′15,123″N", +1, "40", "30", "15.123", "LATITUDE"),
 ("# Russian hemispheres, before or after, any case, dots and inner space optional", None),
 ("40°30′15,123″ с.ш.", +1, "40", "30", "15.123", "LATITUDE"),
 ("40°30′15″ ю.ш.", -1, "40", "30", "15", "LATITUDE"),
 ("45°10′05″ в.д.", +1, "45", "10", "5", "LONGITUDE"),
 ("45°10′05″ з.д.", -1, "45", "10", "5", "LONGITUDE"),
 ("с.ш. 40°30′15″", +1, "40", "30", "15", "LATITUDE"),
 ("40°30′15″ С. Ш.", +1, "40", "30", "15", "LATITUDE"),
 ("40°30′15″ с. ш.", +1, "40", "30", "15", "LATITUDE"),
 ("40°30′15″ сш", +1, "40", "30", "15", "LATITUDE"),
 ("45°10′05″з.д", -1, "45", "10", "5", "LONGITUDE"),
 ("С 40°30′15″", +1, "40", "30", "15", "LATITUDE"),
 ("40°30′15″ Ю", -1, "40", "30", "15", "LATITUDE"),
 ("45°10′05″В", +1, "45", "10", "5", "LONGITUDE"),
 ("З 45°10′05″", -1, "45", "10", "5", "LONGITUDE"),
 ("в 45,5", +1, "45.5", "0", "0", "LONGITUDE"),
 ("40,504201 с.ш.", +1, "40.504201", "0", "0", "LATITUDE"),
 ("# Latin hemispheres, any case; s right after a seconds number is the seconds mark", None),
 ("40°30′15″n", +1, "40", "30", "15", "LATITUDE"),
 ("s40°30′15″", -1, "40", "30", "15", "LATITUDE"),
 ("40°30′15″s", -1, "40", "30", "15", "LATITUDE"),
 ("40d30m15sS", -1, "40", "30", "15", "LATITUDE"),
 ("40d30m15s", +1, "40", "30", "15", "UNKNOWN"),
 ("40d30m15.5sw", -1, "40", "30", "15.5", "LONGITUDE"),
 ("40.5s", -1, "40.5", "0", "0", "LATITUDE"),
 ("40 30 15s", +1, "40", "30", "15", "UNKNOWN"),
 ("40 30 15 s", -1, "40", "30", "15", "LATITUDE"),
 ("40 30.25s", -1, "40", "30.25", "0", "LATITUDE"),
 ("E45°10′05″", +1, "45", "10", "5", "LONGITUDE"),
 ("w 0.000001", -1, "0.000001", "0", "0", "LONGITUDE"),
 ("# Unicode and ASCII marks", None),
 ("40º30ʹ15ʺN", +1, "40", "30", "15", "LATITUDE"),
 ("40˚30’15”N", +1, "40", "30", "15", "LATITUDE"),
 ("40°30´15˝N", +1, "40", "30", "15", "LATITUDE"),
 ("40⁰30′15″N", +1, "40", "30", "15", "LATITUDE"),
 ("40∘30‘15“N", +1, "40", "30", "15", "LATITUDE"),
 ("40°30’15’’N", +1, "40", "30", "15", "LATITUDE"),
 ("40° 30′ 15″ N", +1, "40", "30", "15", "LATITUDE"),
 ("40 ° 30 ′ 15 ″", +1, "40", "30", "15", "UNKNOWN"),
 ("12.5d", +1, "12.5", "0", "0", "UNKNOWN"),
 ("40d30.5m", +1, "40", "30.5", "0", "UNKNOWN"),
 ("# Signs", None),
 ("+40.5", +1, "40.5", "0", "0", "UNKNOWN"),
 ("−40.5", -1, "40.5", "0", "0", "UNKNOWN"),
 ("+40.5N", +1, "40.5", "0", "0", "LATITUDE"),
 ("+40.5S", -1, "40.5", "0", "0", "LATITUDE"),
 ("-0°30′", -1, "0", "30", "0", "UNKNOWN"),
 ("-0", +1, "0", "0", "0", "UNKNOWN"),
 ("# A number without a mark takes the next unit", None),
 ("40°30", +1, "40", "30", "0", "UNKNOWN"),
 ("40°30′15", +1, "40", "30", "15", "UNKNOWN"),
 ("40:30.5", +1, "40", "30.5", "0", "UNKNOWN"),
 ("40 30,5", +1, "40", "30.5", "0", "UNKNOWN"),
 ("40:30′15″", +1, "40", "30", "15", "UNKNOWN"),
 ("# Limits and extremes", None),
 ("90N", +1, "90", "0", "0", "LATITUDE"),
 ("90°00′00″S", -1, "90", "0", "0", "LATITUDE"),
 ("89°59′59.999999″N", +1, "89", "59", "59.999999", "LATITUDE"),
 ("180E", +1, "180", "0", "0", "LONGITUDE"),
 ("180 W", -1, "180", "0", "0", "LONGITUDE"),
 ("179°59′59.999″W", -1, "179", "59", "59.999", "LONGITUDE"),
 ("W179.9999999999", -1, "179.9999999999", "0", "0", "LONGITUDE"),
 ("360", +1, "360", "0", "0", "UNKNOWN"),
 ("-360", -1, "360", "0", "0", "UNKNOWN"),
 ("0", +1, "0", "0", "0", "UNKNOWN"),
 ("0°00′00″N", +1, "0", "0", "0", "LATITUDE"),
 ("0°0′0.000001″", +1, "0", "0", "0.000001", "UNKNOWN"),
 ("040°05′07″E", +1, "40", "5", "7", "LONGITUDE"),
 ("45.168055555555555556E", +1, "45.168055555555555556", "0", "0", "LONGITUDE"),
 ("40°30′15.123456789012345678901234567890″N", +1, "40", "30", "15.123456789012345678901234567890", "LATITUDE"),
 ("0.000000000000000000000000000001", +1, "0.000000000000000000000000000001", "0", "0", "UNKNOWN"),
]
from fractions import Fraction
from decimal import Decimal, getcontext
getcontext().prec = 40
def sig(fr, digits=30):
    # exact rational to `digits` significant digits (for the file; Java's Double.parseDouble rounds it once more)
    if fr == 0: return "0"
    d = Decimal(fr.numerator) / Decimal(fr.denominator)
    return "{:.{p}g}".format(d, p=digits)
print("# input | expected degrees | axis")
print("# Expected degrees: exact value deg + min/60 + sec/3600 from hand-read components, printed to 30 significant")
print("# digits by Python's fractions/decimal (see README.md); the test compares the parsed double with the double")
print("# nearest to that decimal, exactly.")
for c in CASES:
    if c[1] is None:
        print(c[0]); continue
    text, sign, d, m, s, axis = c
    v = sign * (Fraction(d) + Fraction(m)/60 + Fraction(s)/3600)
    print(f"{text} | {sig(v)} | {axis}")
