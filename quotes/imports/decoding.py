"""Turning bytes into text: the encoding of a file, one line at a time, and what is not text at all."""

import codecs
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from charset_normalizer import from_bytes

SAMPLE_BYTES = 64 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def detect_encoding(sample: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (BOM, or the telltale NUL pattern), else what
    charset-normalizer guesses, falling back to Latin-1 (which decodes any byte)."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if sample.count(b"\x00") > len(sample) // 4:
        even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
        if odd_nuls > 4 * even_nuls:
            return "utf-16-le"
        if even_nuls > 4 * odd_nuls:
            return "utf-16-be"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if error.start >= len(sample) - 3 and len(sample) >= SAMPLE_BYTES:
            return "utf-8"  # the sample merely cut a character in two
    best = from_bytes(sample).best()
    if best is not None and best.encoding and not best.encoding.startswith("utf"):
        return best.encoding
    return "latin-1"


def looks_binary(text: str) -> bool:
    """NUL bytes, or more than 1 in 100 characters being control codes: not an article."""
    if "\x00" in text:
        return True
    sample = text[:20_000]
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 100)


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    text: str | None  # None when the line could not be used; see error
    error: str = ""


def iter_lines(stream, *, encoding: str, max_bytes: int) -> Iterator[Line]:
    """Lines of a binary stream, decoded one by one so a bad line costs one record, not the file.

    A line longer than max_bytes is skipped (read through in 1 MB steps, never held whole).
    """
    if encoding.startswith("utf-16"):
        yield from _iter_wide_lines(stream, encoding=encoding, max_chars=max_bytes // 2)
        return
    if encoding == "utf-8-sig":
        stream.read(len(codecs.BOM_UTF8))
        encoding = "utf-8"
    number = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            _skip_to_newline(stream.readline)
            yield Line(number, None, f"line is longer than the {max_bytes:,}-byte limit (IMPORT_MAX_RECORD_BYTES); skipped")
            continue
        try:
            yield Line(number, raw.decode(encoding))
        except UnicodeDecodeError as error:
            yield Line(number, None, f"undecodable bytes at column {error.start + 1} (the file reads as {encoding})")


def _iter_wide_lines(stream, *, encoding: str, max_chars: int) -> Iterator[Line]:
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    number = 0
    while True:
        line = text.readline(max_chars + 1)
        if not line:
            return
        number += 1
        if len(line) > max_chars and not line.endswith("\n"):
            _skip_to_newline(text.readline, newline="\n")
            yield Line(number, None, f"line is longer than the {max_chars:,}-character limit; skipped")
        elif "\ufffd" in line:
            yield Line(number, None, f"undecodable bytes (the file reads as {encoding})")
        else:
            yield Line(number, line)


def _skip_to_newline(readline, newline=b"\n"):
    while True:
        rest = readline(1024 * 1024)
        if not rest or rest.endswith(newline):
            return


def decode_document(data: bytes) -> tuple[str | None, str]:
    """A whole small file (one .txt article) as text, or (None, why not)."""
    encoding = detect_encoding(data[:SAMPLE_BYTES])
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        return None, f"undecodable bytes ({error.__class__.__name__}; the file reads as {encoding})"
    if looks_binary(text):
        return None, "binary data, not text"
    return text.lstrip("\ufeff"), ""
