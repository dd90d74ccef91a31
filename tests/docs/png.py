"""Just enough of PNG to read a browser's screenshot (8-bit RGB or RGBA, not interlaced) as rows of pixels, so the
screenshot test needs no imaging library."""

from __future__ import annotations

import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else b if pb <= pc else c


def _add_bytes(line: bytes | bytearray, previous: bytes | bytearray) -> bytearray:
    """Each byte plus the byte above it, mod 256, all at once: sums of the low 7 bits, then the top bits by xor
    (no carry crosses from one byte into the next)."""
    n = len(line)
    low, high = int.from_bytes(b"\x7f" * n, "big"), int.from_bytes(b"\x80" * n, "big")
    x, y = int.from_bytes(line, "big"), int.from_bytes(previous, "big")
    return bytearray((((x & low) + (y & low)) ^ ((x ^ y) & high)).to_bytes(n, "big"))


def _unfilter(kind: int, line: bytearray, previous: bytes | bytearray, step: int) -> bytearray:
    if kind == 0:
        return line
    if kind == 2:  # Up, the filter most rows of a screenshot use
        return _add_bytes(line, previous)
    for i in range(len(line)):
        left = line[i - step] if i >= step else 0
        up = previous[i]
        corner = previous[i - step] if i >= step else 0
        predicted = (0, left, up, (left + up) // 2, _paeth(left, up, corner))[kind]
        line[i] = (line[i] + predicted) & 0xFF
    return line


def read(data: bytes) -> tuple[int, int, list[list[tuple[int, int, int]]]]:
    """Width, height and the RGB rows of a PNG file's bytes."""
    assert data.startswith(SIGNATURE), "not a PNG file"
    offset, chunks, header = len(SIGNATURE), [], b""
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        offset += 12 + length
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and color in (2, 6) and interlace == 0, (depth, color, interlace)
    step = 3 if color == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * step
    rows, previous = [], bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        line = bytearray(raw[start + 1:start + 1 + stride])
        line = _unfilter(raw[start], line, previous, step)
        rows.append([(line[x], line[x + 1], line[x + 2]) for x in range(0, stride, step)])
        previous = line
    return width, height, rows
