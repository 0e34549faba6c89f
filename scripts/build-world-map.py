#!/usr/bin/env python3
"""Builds the run report's world map (org/eventwire/report/world-110m.tsv) from Natural Earth.

Reads the Natural Earth 1:110m country outlines as TopoJSON (../shared/gazetteer/countries-110m.json,
npm world-atlas 2.0.2) and writes one line per country: ISO 3166 numeric id, name, and its outline
as an SVG path in the report's plate carree projection (x = lon + 180, y = 90 - lat, in degrees, one
decimal; Antarctica left out, so the map spans 90N to 60S). Standard library only; the output is
deterministic.

Run: python3 scripts/build-world-map.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "gazetteer")
OUT = os.path.join(ROOT, "pipeline", "src", "main", "resources", "org", "eventwire", "report",
                   "world-110m.tsv")
ANTARCTICA = "010"

HEADER = """# eventwire's world map for the run report: Natural Earth 1:110m country outlines.
# Source: Natural Earth (naturalearthdata.com), public domain; as packaged in the npm package
# world-atlas 2.0.2 (countries-110m.json), Copyright 2013-2019 Michael Bostock, ISC licence:
# Permission to use, copy, modify, and/or distribute this software for any purpose with or without
# fee is hereby granted, provided that the above copyright notice and this permission notice
# appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES.
# Converted by scripts/build-world-map.py. Columns: iso_numeric, name, svg_path (x = lon + 180,
# y = 90 - lat, degrees).
"""


def decode_arcs(topology):
    """The arcs as lists of (lon, lat), undoing the quantisation's delta coding."""
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    """One closed ring from arc indexes (a negative index ~i is arc i reversed)."""
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(points):
    """A ring that crosses the antimeridian (Russia, Fiji) kept continuous: a jump of more than 180
    degrees of longitude is undone by 360, so the ring runs past the map's edge, where the SVG's
    viewport clips it, instead of drawing a line across the whole map."""
    out = []
    for lon, lat in points:
        if out:
            while lon - out[-1][0] > 180:
                lon -= 360
            while out[-1][0] - lon > 180:
                lon += 360
        out.append((lon, lat))
    return out


def path(rings):
    """An SVG path: each ring a move, lines, close; repeated points dropped."""
    parts = []
    for points in rings:
        last = None
        coords = []
        for lon, lat in unwrap(points):
            xy = (round(lon + 180, 1), round(90 - lat, 1))
            if xy != last:
                coords.append("%g %g" % xy)
                last = xy
        if len(coords) >= 3:
            parts.append("M" + "L".join(coords) + "Z")
    return "".join(parts)


def main():
    with open(os.path.join(SHARED, "countries-110m.json"), encoding="utf-8") as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    lines = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = geometry.get("id", "")
        if code == ANTARCTICA or "arcs" not in geometry:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [ring(arcs, r) for polygon in polygons for r in polygon]
        name = geometry["properties"]["name"]
        lines.append("%s\t%s\t%s" % (code or "-", name, path(rings)))
    lines.sort()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write("\n".join(lines) + "\n")
    print("%s: %d countries, %d bytes" % (OUT, len(lines), os.path.getsize(OUT)))


if __name__ == "__main__":
    main()
