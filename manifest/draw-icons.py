#!/usr/bin/env python3
"""Draws the Teams app icons for CasuistiekBot: a speech bubble (the conversation where a casus is raised) holding
three rising bars (signals followed up until closed).

  color.png    192x192, white bubble and orange bars on the Rijksoverheid dark blue
  outline.png   32x32, white outline of the same bubble and bars on a transparent background

Only the standard library: shapes are signed-distance functions, sampled 4x4 per pixel for smooth edges, and the
PNG is written by hand with zlib. Run from anywhere: python3 manifest/draw-icons.py
"""
import math
import os
import struct
import zlib

BLUE = (0x15, 0x42, 0x73)
ORANGE = (0xE1, 0x70, 0x00)
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4


def rounded_box(px, py, cx, cy, half_w, half_h, radius):
    """Signed distance from (px, py) to a rounded rectangle centred on (cx, cy); negative inside."""
    qx = abs(px - cx) - half_w + radius
    qy = abs(py - cy) - half_h + radius
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - radius


def triangle(px, py, a, b, c):
    """Signed distance to a triangle (negative inside), from the edge half-planes; good enough for anti-aliasing."""
    def edge(p0, p1):
        ex, ey = p1[0] - p0[0], p1[1] - p0[1]
        length = math.hypot(ex, ey)
        return ((px - p0[0]) * ey - (py - p0[1]) * ex) / length
    # Which side of an edge is "inside" depends on the winding of the corners.
    winding = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    sign = -1.0 if winding < 0 else 1.0
    return max(sign * edge(a, b), sign * edge(b, c), sign * edge(c, a))


def bubble(px, py, s):
    """The speech bubble in a unit square scaled by s: a rounded body and a tail at the lower left."""
    body = rounded_box(px, py, 0.5 * s, 0.44 * s, 0.36 * s, 0.26 * s, 0.09 * s)
    tail = triangle(px, py, (0.26 * s, 0.62 * s), (0.22 * s, 0.86 * s), (0.46 * s, 0.66 * s))
    return min(body, tail)


def bars(px, py, s):
    """Three rising bars inside the bubble."""
    distances = []
    for i, height in enumerate((0.12, 0.20, 0.28)):
        cx = (0.34 + i * 0.16) * s
        bottom = 0.58 * s
        distances.append(rounded_box(px, py, cx, bottom - height * s / 2, 0.05 * s, height * s / 2, 0.02 * s))
    return min(distances)


def color_pixel(px, py, s):
    if bars(px, py, s) < 0:
        return ORANGE + (255,)
    if bubble(px, py, s) < 0:
        return WHITE + (255,)
    return BLUE + (255,)


def outline_pixel(px, py, s):
    stroke = 0.07 * s
    d = bubble(px, py, s)
    on_outline = -stroke < d < 0
    on_bars = bars(px, py, s) < 0
    return WHITE + (255,) if on_outline or on_bars else (0, 0, 0, 0)


def render(size, pixel):
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter type: none
        for x in range(size):
            r = g = b = a = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    cr, cg, cb, ca = pixel(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES, size)
                    r += cr * ca
                    g += cg * ca
                    b += cb * ca
                    a += ca
            n = SAMPLES * SAMPLES
            alpha = round(a / n)
            if a == 0:
                row += bytes((0, 0, 0, 0))
            else:
                row += bytes((round(r / a), round(g / a), round(b / a), alpha))
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for name, size, pixel in (("color.png", 192, color_pixel), ("outline.png", 32, outline_pixel)):
        with open(os.path.join(here, name), "wb") as f:
            f.write(png(size, render(size, pixel)))
        print(f"{name}: {size}x{size}")


if __name__ == "__main__":
    main()
