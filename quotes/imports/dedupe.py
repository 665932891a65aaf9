"""Syndicated copies: the same story with small edits, found by MinHash over word shingles.

Each article gets BANDS keys (one per band of ROWS min-hashes). Two texts whose shingle sets
overlap by Jaccard J share at least one key with probability 1 - (1 - J**ROWS) ** BANDS: about
0.99 at J = 0.8 and under 0.05 at J = 0.3. A shared key only makes a candidate; a character-level
similarity check on the two bodies decides.
"""

import re
import zlib

import numpy as np
from rapidfuzz import fuzz

SHINGLE_WORDS = 5
BANDS, ROWS = 8, 4
MIN_WORDS = 40  # shorter texts share too little to call them copies of one another
SIMILARITY = 90.0  # rapidfuzz ratio, 0-100, over the whole bodies

_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20260101)  # fixed: keys are stored, so they must never change
_A = _rng.integers(1, 1 << 31, size=BANDS * ROWS, dtype=np.uint64)
_B = _rng.integers(0, 1 << 31, size=BANDS * ROWS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def near_duplicate_keys(text: str) -> list[int]:
    """The article's band keys (signed 64-bit, for a BigIntegerField); [] for very short texts."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return []
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    hashes = np.fromiter((zlib.crc32(s.encode()) for s in shingles), dtype=np.uint64, count=len(shingles))
    signature = ((_A[:, None] * hashes[None, :] + _B[:, None]) % _PRIME).min(axis=1)
    keys = []
    for band in range(BANDS):
        rows = signature[band * ROWS : (band + 1) * ROWS].tobytes()
        key = zlib.crc32(rows) | (band << 32) | ((zlib.adler32(rows) & 0x3FFFFF) << 36)
        keys.append(key - (1 << 63) if key >= 1 << 63 else key)
    return keys


def is_near_duplicate(text: str, other: str) -> bool:
    return fuzz.ratio(text, other, score_cutoff=SIMILARITY) >= SIMILARITY
