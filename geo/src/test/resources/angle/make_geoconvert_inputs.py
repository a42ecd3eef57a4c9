#!/usr/bin/env python3
# Writes geoconvert_parse_input.txt and geoconvert_format_input.txt (seeded; Python 3 random is stable across versions).
import random
r = random.Random(20240515)
# Points in the GeoConvert dialect that DmsParser also reads (hemisphere letters on both angles).
lines = [
 "40:30:15.123N 45:10:05E",
 "40d30'15.123\"N 45d10'05\"E",
 "40°30′15.123″N 45°10′05″E",
 "N40°30′15″ E45°10′05″",
 "45°10′05″E 40°30′15″N",
 "40d30'15.123''S 45d10'05''W",
 "40.504201S 45.5W",
 "40°30.5′N 45°10.25′W",
 "89:59:59.9999N 179:59:59.9999W",
 "0:00:00.0001S 0:00:00.0001E",
 "90N 180W",
]
def dms(v, hemis, style):
    h = hemis[0] if v >= 0 else hemis[1]
    a = abs(v)
    d = int(a); m = int((a - d) * 60); s = ((a - d) * 60 - m) * 60
    dec = r.randint(0, 6)
    ss = f"{s:0{3 + dec if dec else 2}.{dec}f}"
    if ss.startswith("60"): ss = "59" + ss[2:]   # keep the generated text valid; exactness of v is irrelevant
    if style == 0: return f"{d}:{m:02d}:{ss}{h}"
    if style == 1: return f"{d}d{m:02d}'{ss}\"{h}"
    if style == 2: return f"{h}{d}°{m:02d}′{ss}″"
    if style == 3: return f"{a:.{r.randint(1, 12)}f}{h}"
    mm = f"{(a - d) * 60:0{3 + dec if dec else 2}.{dec}f}"
    if mm.startswith("60"): mm = "59" + mm[2:]
    return f"{d}:{mm}{h}"
for _ in range(60):
    lat = r.uniform(-90, 90); lon = r.uniform(-180, 180)
    a = dms(lat, "NS", r.randint(0, 4)); b = dms(lon, "EW", r.randint(0, 4))
    lines.append(f"{b} {a}" if r.random() < 0.25 else f"{a} {b}")
open("geoconvert_parse_input.txt", "w").write("\n".join(lines) + "\n")

# Decimal-degree points to format. Edge points first: carries into the next minute, degree and 90°/180°.
pts = [
 "40.50420083333333 45.16805555555555",
 "89.99999999999 179.99999999999",
 "-89.99999999999 -179.99999999999",
 "40.51666666666 -45.99999999999",
 "0.01666666666 -0.49999999999",
 "12.345678901234 -123.456789012345",
 "-33.868820 151.209290",
 "55.755826 37.617300",
]
for _ in range(40):
    pts.append(f"{r.uniform(-90, 90):.12f} {r.uniform(-180, 180):.12f}")
open("geoconvert_format_input.txt", "w").write("\n".join(pts) + "\n")
