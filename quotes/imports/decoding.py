"""Turning bytes into text: the encoding of a file, one line at a time, and what is not text at all."""

import codecs
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from charset_normalizer import from_bytes

SAMPLE_BYTES = 64 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{4,}")
_NON_ASCII_RUN_OF_3 = re.compile(r"[^\x00-\x7f]{3,}")
# Non-letters Western text uses: typographic quotes and dashes, currency, fractions, degrees...
_WESTERN_SIGNS = set("“”‘’‚„«»‹›–—…•·°±²³¹½¼¾€£¥¢§¶©®™¡¿×÷†‡‰µ\u00a0")
_SIGNS_APART = set("±²³¹½¼¾£¥¢§¶©®¿×÷µ")  # next to a letter in few words ("m²"), in many read wrongly


@dataclass(frozen=True, slots=True)
class Encoding:
    """The encoding a file is read with; `sure` is False for a guess worth a warning."""

    name: str
    sure: bool = True

    @property
    def warning(self) -> str:
        if self.sure:
            return ""
        return (f"the text encoding could not be told for certain; read as {self.name}. "
                "Check accented letters and quotation marks, or upload the file as UTF-8.")


def _text_lines(sample: bytes) -> bytes:
    """The sample without its binary-looking lines, which would only mislead a guess."""
    return b"\n".join(line for line in sample.split(b"\n") if not _binary_bytes(line))


def _binary_bytes(line: bytes) -> bool:
    return b"\x00" in line or len(_CONTROL_BYTES.findall(line)) > max(2, len(line) // 100)


def mostly_binary(sample: bytes) -> bool:
    """Under a tenth of the sample is lines of text: a binary file, not a few bad lines in a text file."""
    if b"\x00" in sample and sample.count(b"\x00") > len(sample) // 4:
        return not _wide_encoding(sample)
    return len(_text_lines(sample)) < len(sample) // 10


def decode_line(raw: bytes, encoding: str) -> tuple[str, str, str]:
    """(text, "", warning) for one line. A line of a UTF-8 file that is not UTF-8 but reads as
    Western text in Windows-1252 (archives get pasted together) is read so, with a warning;
    otherwise UnicodeDecodeError."""
    try:
        return raw.decode(encoding), "", ""
    except UnicodeDecodeError:
        if encoding not in ("utf-8", "utf-8-sig"):
            raise
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            if _plausible_western(text)[1] and not _NON_ASCII_RUN_OF_3.search(text):
                return text, "", ("this line is not UTF-8 like the rest of the file; read as cp1252 "
                                  "(check its accented letters and quotation marks)")
        raise


def _wide_encoding(sample: bytes) -> str | None:
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if sample.count(b"\x00") > len(sample) // 4:
        even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
        if odd_nuls > 4 * even_nuls:
            return "utf-16-le"
        if even_nuls > 4 * odd_nuls:
            return "utf-16-be"
    return None


def _mostly_utf8(sample: bytes, complete: bool) -> bool:
    """UTF-8 apart from a few stray bytes (which cost their own lines), or a character cut at the end."""
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as error:
        if not complete and error.start >= len(sample) - 3:
            return True
    text = sample.decode("utf-8", errors="replace")
    errors = text.count("\ufffd")
    multibyte = sum(1 for char in text if ord(char) > 0x7F and char != "\ufffd")
    return multibyte >= 2 * errors and multibyte > 0


def _plausible_western(text: str) -> tuple[bool, bool]:
    """(reads as Western text at all, reads so without doubt), for text decoded as cp1252.

    Western text is mostly ASCII with a letter or sign here and there; text in another encoding
    read as cp1252 has runs of accented letters ("‚±‚ñ‚É") or signs inside words ("powiedzia³")."""
    foreign = [index for index, char in enumerate(text) if ord(char) > 0x7F]
    if not foreign:
        return True, True
    letters = sum(1 for char in text if char.isalpha())
    if len(foreign) > 0.2 * max(letters, 1) or _NON_ASCII_RUN.search(text):
        return False, False
    odd = 0
    for index in foreign:
        char = text[index]
        if unicodedata.category(char).startswith("L"):
            continue
        if char not in _WESTERN_SIGNS:
            odd += 1
        elif char in _SIGNS_APART and (text[index - 1: index].isalpha() or text[index + 1: index + 2].isalpha()):
            odd += 1  # "powiedzia³", "¿e", "£ód": Polish or Czech letters read the wrong way
    return odd <= 0.25 * len(foreign), odd == 0


def guess_encoding(sample: bytes, *, complete: bool = False) -> Encoding:
    """UTF-8 (with or without BOM), UTF-16 (BOM, or the telltale NUL pattern), Windows-1252 when
    the text reads as Western text in it (Latin-1 is its subset but for quotation marks and dashes,
    which Latin-1 turns into invisible control codes), else charset-normalizer's guess. A guess
    that is not clear-cut comes back with sure=False. `complete` says the sample is the whole file."""
    if sample.startswith(codecs.BOM_UTF8):
        return Encoding("utf-8-sig")
    if wide := _wide_encoding(sample):
        return Encoding(wide)
    text_only = _text_lines(sample)
    if _mostly_utf8(text_only, complete or len(sample) < SAMPLE_BYTES):
        return Encoding("utf-8")
    try:
        western, sure = _plausible_western(text_only.decode("cp1252"))
    except UnicodeDecodeError:  # one of the five bytes cp1252 leaves undefined
        western, sure = False, False
    if western:
        return Encoding("cp1252", sure)
    best = from_bytes(text_only).best()
    if best is not None and best.encoding and not best.encoding.startswith("utf"):
        return Encoding(best.encoding, sure=best.chaos < 0.05)
    return Encoding("cp1252", sure=False)


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
    warning: str = ""  # read in another encoding than the file's (see decode_line)


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
            yield Line(number, *decode_line(raw, encoding))
        except UnicodeDecodeError as error:
            yield Line(number, None, f"undecodable bytes at column {error.start + 1} (the file reads as {encoding})")


class Piece(NamedTuple):
    """A line, or a part of a long one (at most `piece_bytes`), decoded; `error` if it could not be."""

    number: int
    text: str
    size: int
    ends_line: bool
    error: str = ""
    warning: str = ""


def iter_pieces(stream, *, encoding: str, piece_bytes: int = 1024 * 1024) -> Iterator[Piece]:
    """A stream's lines in pieces, so a record spanning lines (a CSV field) can be followed through
    without holding more than a piece of it; undecodable bytes come as U+FFFD with an error."""
    if encoding.startswith("utf-16"):
        text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
        number = 1
        while chunk := text.readline(piece_bytes // 2):
            ends = chunk.endswith(("\n", "\r"))
            error = f"undecodable bytes (the file reads as {encoding})" if "\ufffd" in chunk else ""
            yield Piece(number, chunk, len(chunk) * 2, ends, error)
            number += ends
        return
    if encoding == "utf-8-sig":
        stream.read(len(codecs.BOM_UTF8))
        encoding = "utf-8"
    decoder = codecs.getincrementaldecoder(encoding)()
    number, whole = 1, True  # whole: this piece starts a line, so it can be decoded on its own
    while raw := stream.readline(piece_bytes):
        ends = raw.endswith(b"\n")
        error = warning = ""
        try:
            if whole and ends:
                text, _, warning = decode_line(raw, encoding)
            else:
                text = decoder.decode(raw, final=ends)
        except UnicodeDecodeError as problem:
            decoder.reset()
            text = raw.decode(encoding, errors="replace")
            error = f"undecodable bytes at column {problem.start + 1} (the file reads as {encoding})"
        yield Piece(number, text, len(raw), ends, error, warning)
        if ends:
            number += 1
            if not whole:
                decoder.reset()  # the end of a line decoded in pieces
        whole = ends


class _BareCarriageReturns(io.RawIOBase):
    """A binary stream with lone CRs (old Mac line ends, Excel's "CSV (Macintosh)") made LFs."""

    def __init__(self, stream):
        self.stream, self.pending = stream, b""

    def readable(self):
        return True

    def readinto(self, buffer):
        data = self.pending + self.stream.read(max(len(buffer) - len(self.pending), 1))
        self.pending = b""
        while data.endswith(b"\r"):  # is it half of a CRLF? read on to know
            following = self.stream.read(1)
            if not following:
                break
            data += following
        data = re.sub(rb"\r(?!\n)", b"\n", data)  # same length: only the overflow waits
        data, self.pending = data[: len(buffer)], data[len(buffer):]
        buffer[: len(data)] = data
        return len(data)


def with_line_feeds(stream, sample: bytes, encoding: str):
    """The stream itself, or one that reads its bare CRs as line feeds when they end its lines."""
    if encoding.startswith("utf-16") or b"\r" not in sample:
        return stream
    # Excel's "CSV (Macintosh)" ends records with CR and lines inside a cell with LF, so LFs can
    # outnumber CRs; a file whose lines end CRLF has few bare CRs, if any.
    if len(re.findall(rb"\r(?!\n)", sample)) <= sample.count(b"\r\n"):
        return stream
    return io.BufferedReader(_BareCarriageReturns(stream), buffer_size=SAMPLE_BYTES)


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


def decode_document(data: bytes) -> tuple[str | None, str, str]:
    """A whole small file (one .txt article) as (text, "", warning), or (None, why not, "")."""
    if mostly_binary(data[:SAMPLE_BYTES]):
        return None, "binary data, not text", ""
    encoding = guess_encoding(data[:SAMPLE_BYTES], complete=len(data) <= SAMPLE_BYTES)
    try:
        text = data.decode(encoding.name)
    except (UnicodeDecodeError, LookupError) as error:
        return None, f"undecodable bytes ({error.__class__.__name__}; the file reads as {encoding.name})", ""
    if looks_binary(text):
        return None, "binary data, not text", ""
    return text.lstrip("\ufeff"), "", encoding.warning
