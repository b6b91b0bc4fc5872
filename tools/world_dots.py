#!/usr/bin/env python3
"""Writes the backdrop of the web UI's place map: every cell of one degree of the world that holds a
populated place of GeoNames' cities15000 (CC BY 4.0), as one SVG path on an equirectangular
360 x 180 grid. Deterministic.

    python3 tools/world_dots.py ../shared/data/geonames/cities15000.txt dossier-web/src/main/resources/web/world.svg
"""
import sys

source, target = sys.argv[1], sys.argv[2]
cells = set()
with open(source, encoding="utf-8") as f:
    for line in f:
        cols = line.rstrip("\n").split("\t")
        lat, lon = float(cols[4]), float(cols[5])
        cells.add((int(lon + 180), int(90 - lat)))
path = "".join("M%d %dh1v1h-1z" % (x, y) for x, y in sorted(cells))
with open(target, "w", encoding="utf-8") as out:
    out.write('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180">'
              '<!-- populated places: GeoNames cities15000, CC BY 4.0, https://www.geonames.org -->'
              '<path fill="#9fb4c7" d="' + path + '"/></svg>\n')
print("%d cells" % len(cells))
