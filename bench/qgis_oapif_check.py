# Loads every collection of a node's OGC API - Features through QGIS's own OAPIF provider (not GDAL), headless.
# Needs Debian python3-qgis and qgis-providers. Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/qgis_oapif_check.py http://127.0.0.1:8080/ogc
# Exit 0 when every layer is valid and has features. (QGIS 3.22 may crash on exit after printing; the lines are what count.)
import sys
from qgis.core import QgsApplication, QgsVectorLayer
QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
base = sys.argv[1]
ok = True
for name in ["sections", "segments", "proposals", "decisions", "settlements"]:
    layer = QgsVectorLayer(f"url='{base}' typename='{name}'", name, "OAPIF")
    n = layer.featureCount() if layer.isValid() else -1
    feats = list(layer.getFeatures()) if layer.isValid() else []
    fields = [f.name() for f in layer.fields()] if layer.isValid() else []
    print(f"{name}: valid={layer.isValid()} features={len(feats)} geometry={layer.geometryType() if layer.isValid() else None} fields={fields[:6]}")
    ok = ok and layer.isValid() and len(feats) > 0
app.exitQgis()
sys.exit(0 if ok else 1)
