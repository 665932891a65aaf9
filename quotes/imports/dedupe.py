"""Syndicated copies and updated versions: the same story with small edits, found by MinHash over
word shingles.

Each article gets BANDS keys (one per band of ROWS min-hashes). Two texts whose shingle sets
overlap by Jaccard J share at least one key with probability 1 - (1 - J**ROWS) ** BANDS: about
0.99 at J = 0.8 and under 0.05 at J = 0.3. (The min-hashes are multiply-shift hashes of each
shingle's CRC: the high half of a 64-bit product. The earlier (A*x + B) mod (2**61 - 1) over 32-bit
CRCs hardly wrapped, so every row's minimum was nearly the same smallest CRC, the rows of a band
moved together, and 15% of updated stories at J = 0.8 shared no key with the story they update;
migration 0016 recomputed the stored keys.) A shared key only makes a candidate; `relation` decides
what the new text is to the earlier one:

- a **copy** (syndication: a reworded headline, a changed word, a credit line) when the two bodies
  are at least SIMILARITY alike and the new one adds no material: it is linked, not extracted;
- a **version** (the story updated) when the new one keeps the earlier story (SIMILARITY alike, or
  CONTAINED of its shingles found in the new one) and adds material: a quoted passage (words in
  quotation marks) whose words the earlier text lacks, or a paragraph of NEW_PARAGRAPH_WORDS words
  or more that is mostly new (less than half of its shingles in the earlier text). A version is
  extracted, and linked to the earlier one.
"""

import re
import zlib
from enum import StrEnum

import numpy as np
from rapidfuzz import fuzz

SHINGLE_WORDS = 5
BANDS, ROWS = 8, 4
MIN_WORDS = 40  # shorter texts share too little to call them copies of one another
SIMILARITY = 90.0  # rapidfuzz ratio, 0-100, over the whole bodies
CONTAINED = 0.8  # share of the earlier text's shingles still in an updated version
NEW_PARAGRAPH_WORDS = 20  # shorter added paragraphs (a credit line, "Updated at 10:30") are not new material

_rng = np.random.default_rng(20260102)  # fixed: keys are stored, so they must never change (or be recomputed)
_A = _rng.integers(1, 1 << 63, size=BANDS * ROWS, dtype=np.uint64) | np.uint64(1)  # odd multipliers
_B = _rng.integers(0, 1 << 63, size=BANDS * ROWS, dtype=np.uint64)
_HIGH_HALF = np.uint64(32)
_WORD = re.compile(r"\w+")
# Curly double quotes, straight double quotes, guillemets. (Single quotes double as apostrophes.)
_QUOTED = re.compile(r"\u201c([^\u201c\u201d]+)\u201d|\"([^\"]+)\"|\u00ab([^\u00ab\u00bb]+)\u00bb")
_PARAGRAPH = re.compile(r"\n\s*")


class Relation(StrEnum):
    COPY = "copy"
    VERSION = "version"


def _shingles(words: list[str]) -> set[str]:
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def near_duplicate_keys(text: str) -> list[int]:
    """The article's band keys (signed 64-bit, for a BigIntegerField); [] for very short texts."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return []
    shingles = _shingles(words)
    hashes = np.fromiter((zlib.crc32(s.encode()) for s in shingles), dtype=np.uint64, count=len(shingles))
    with np.errstate(over="ignore"):  # the products wrap modulo 2**64 on purpose
        signature = ((_A[:, None] * hashes[None, :] + _B[:, None]) >> _HIGH_HALF).min(axis=1)
    keys = []
    for band in range(BANDS):
        rows = signature[band * ROWS : (band + 1) * ROWS].tobytes()
        key = zlib.crc32(rows) | (band << 32) | ((zlib.adler32(rows) & 0x3FFFFF) << 36)
        keys.append(key - (1 << 63) if key >= 1 << 63 else key)
    return keys


def is_near_duplicate(text: str, other: str) -> bool:
    return fuzz.ratio(text, other, score_cutoff=SIMILARITY) >= SIMILARITY


def relation(text: str, earlier: str) -> Relation | None:
    """What `text` is to the `earlier` article: a copy, a new version, or neither (see the module)."""
    similar = is_near_duplicate(text, earlier)
    earlier_words = _WORD.findall(earlier.lower())
    earlier_shingles = _shingles(earlier_words)
    if not similar:
        shingles = _shingles(_WORD.findall(text.lower()))
        if not earlier_shingles or len(earlier_shingles & shingles) < CONTAINED * len(earlier_shingles):
            return None
    if adds_material(text, earlier_words, earlier_shingles):
        return Relation.VERSION
    return Relation.COPY if similar else None


def adds_material(text: str, earlier_words: list[str], earlier_shingles: set[str]) -> bool:
    """Whether `text` has a quoted passage or a paragraph of substance the earlier text lacks."""
    earlier_run = f" {' '.join(earlier_words)} "
    for match in _QUOTED.finditer(text):
        words = _WORD.findall(next(group for group in match.groups() if group is not None).lower())
        if words and f" {' '.join(words)} " not in earlier_run:
            return True
    for paragraph in _PARAGRAPH.split(text):
        words = _WORD.findall(paragraph.lower())
        if len(words) >= NEW_PARAGRAPH_WORDS:
            shingles = _shingles(words)
            if len(shingles & earlier_shingles) < len(shingles) / 2:
                return True
    return False
