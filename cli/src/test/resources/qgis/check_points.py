"""Reads a Groma .points file with QGIS itself (PyQGIS, headless) and checks it against Groma's CSV.

Usage: python3 check_points.py FILE.points GCPS.csv WIDTH HEIGHT WORKDIR
1. The "#CRS: " line is given to QgsCoordinateReferenceSystem, as QGIS's georeferencer does: it must be valid.
2. A scan without georeference (a WIDTHxHEIGHT GeoTIFF with no geotransform, written here) is opened as a QGIS
   raster layer; the layer coordinates of each CSV pixel (column, row) must be the file's sourceX, sourceY.
3. QGIS's projective GCP transformer fitted to the four frame corners of the file must map every row's
   source point to its map point within 1 mm (the grid points were predicted by a projective mapping).
Prints one line per check; exits 1 on the first failure.
"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from osgeo import gdal  # noqa: E402
from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsPointXY, QgsRasterLayer  # noqa: E402
from qgis.analysis import QgsGcpTransformerInterface  # noqa: E402


def fail(msg):
    print("FAIL " + msg)
    sys.exit(1)


points_file, csv_file, width, height, workdir = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
app = QgsApplication([], False)
app.initQgis()
print("QGIS " + Qgis.QGIS_VERSION)

lines = open(points_file, encoding="utf-8").read().splitlines()
if "#CRS: " not in lines[0]:
    fail("no #CRS line")
crs = QgsCoordinateReferenceSystem(lines[0].replace("#CRS: ", ""))
if not crs.isValid():
    fail("QGIS does not read the CRS " + lines[0])
print("crs " + crs.authid() + " " + crs.description())
rows = [l.split(",") for l in lines[2:] if l.strip()]

scan = os.path.join(workdir, "scan.tif")
ds = gdal.GetDriverByName("GTiff").Create(scan, width, height, 1, gdal.GDT_Byte)
ds = None
layer = QgsRasterLayer(scan, "scan", "gdal")
if not layer.isValid():
    fail("QGIS cannot open the synthetic scan")
ext = layer.extent()
res_x = layer.rasterUnitsPerPixelX()
res_y = layer.rasterUnitsPerPixelY()
print("scan extent %g %g %g %g" % (ext.xMinimum(), ext.yMinimum(), ext.xMaximum(), ext.yMaximum()))

csv = [l.split(",") for l in open(csv_file, encoding="utf-8").read().splitlines()[1:] if l.strip()]
if len(csv) != len(rows):
    fail("%d CSV points, %d .points rows" % (len(csv), len(rows)))
for c, r in zip(csv, rows):
    col, row = float(c[3]), float(c[4])
    x = ext.xMinimum() + col * res_x
    y = ext.yMaximum() - row * res_y
    if abs(x - float(r[2])) > 1e-9 or abs(y - float(r[3])) > 1e-9:
        fail("%s: QGIS puts pixel (%s, %s) at layer (%g, %g), the file says (%s, %s)" % (c[0], c[3], c[4], x, y, r[2], r[3]))
print("pixels %d as QGIS places them in the scan" % len(rows))

t = QgsGcpTransformerInterface.create(QgsGcpTransformerInterface.TransformMethod.Projective)
src = [QgsPointXY(float(r[2]), float(r[3])) for r in rows[:4]]
dst = [QgsPointXY(float(r[0]), float(r[1])) for r in rows[:4]]
if not t.updateParametersFromGcps(src, dst, False):
    fail("QGIS's projective transformer refuses the corners")
worst = 0.0
for r in rows:
    ok, mx, my = t.transform(float(r[2]), float(r[3]), False)
    if not ok:
        fail("transform failed at " + ",".join(r[:4]))
    worst = max(worst, abs(mx - float(r[0])), abs(my - float(r[1])))
# the file rounds pixels to 0.01 px: half of that is about 0.02 m on the ground on the test's 4.3 m pixels
if worst > 0.05:
    fail("QGIS's projective fit misses a grid point by %.3f m" % worst)
print("projective fit on the corners: worst grid point %.4f m" % worst)
print("ok")
sys.stdout.flush()
os._exit(0)  # QGIS 3.22's teardown can crash after the checks (exit 139); nothing is left to check
