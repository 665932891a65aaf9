"""Readers, one per format: each turns a file into RawRecords (fields, or a problem) with the
file name and line number, reading a stream so no file is ever held whole in memory."""

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from quotes.extraction import parse_txt_article

from .decoding import (
    SAMPLE_BYTES, Encoding, decode_document, guess_encoding, iter_lines, iter_pieces, looks_binary, mostly_binary,
    with_line_feeds,
)
from .limits import SUPPORTED_EXTENSIONS, Limits, extension_of, human_bytes

FIELDS = ("title", "url", "outlet", "published", "text", "document")

# Header names as archives spell them, normalised to lowercase letters and digits only.
_SYNONYMS = {
    "title": {"title", "headline", "head", "heading", "name", "articletitle"},
    "url": {"url", "link", "href", "permalink", "sourceurl", "articleurl", "uri", "canonicalurl"},
    "outlet": {"outlet", "publication", "publisher", "source", "site", "sitename", "newspaper", "media", "medium", "paper"},
    "published": {"published", "date", "pubdate", "publishedat", "publishedon", "publicationdate", "publisheddate",
                  "datepublished", "datetime", "pubdatetime", "created", "createdat"},
    "text": {"text", "body", "content", "article", "story", "fulltext", "articletext", "bodytext", "articlebody", "copy"},
    # The URL of the primary document the article quotes from (a readout, a transcript): its quotes
    # are checked against that document once it is attached (quotes.checking).
    "document": {"document", "documenturl", "primarydocument", "primarydocumenturl", "sourcedocument", "readouturl",
                 "transcripturl", "statementurl"},
}


def canonical_field(header: str) -> str | None:
    """'Published At', 'published_date', 'HEADLINE ' -> published, published, title; None if unknown."""
    key = re.sub(r"[^a-z0-9]", "", header.lower())
    for name, spellings in _SYNONYMS.items():
        if key in spellings:
            return name
    for name, spellings in _SYNONYMS.items():  # "article_body_text", "publication_date_utc"
        if any(key.startswith(spelling) for spelling in spellings if len(spelling) > 3):
            return name
    return None


@dataclass
class RawRecord:
    file: str
    line: int | None
    fields: dict = field(default_factory=dict)
    error: str = ""
    warning: str = ""  # stored as given, but worth a look (an encoding that was a guess)


class LimitExceeded(Exception):
    pass


class _CappedStream(io.RawIOBase):
    """A binary stream that refuses to yield more than `limit` bytes (ZIP headers can lie)."""

    def __init__(self, stream, limit: int):
        self.stream, self.left = stream, limit

    def readable(self):
        return True

    def readinto(self, buffer):
        data = self.stream.read(min(len(buffer), self.left + 1))
        self.left -= len(data)
        if self.left < 0:
            raise LimitExceeded("expands beyond its declared size; stopped reading (zip bomb?)")
        buffer[: len(data)] = data
        return len(data)


def read_file(path: Path, *, display_name: str, limits: Limits) -> Iterator[RawRecord]:
    """Every record of one stored upload, in a fixed order (a restarted ingest relies on it)."""
    extension = extension_of(display_name)
    if extension == ".zip":
        yield from _read_zip(path, display_name=display_name, limits=limits)
        return
    if extension not in SUPPORTED_EXTENSIONS:
        yield _unsupported(display_name, extension)
        return
    with open(path, "rb", buffering=SAMPLE_BYTES) as stream:
        yield from _read_stream(stream, display_name=display_name, extension=extension, limits=limits)


def _unsupported(name: str, extension: str) -> RawRecord:
    expected = ", ".join(SUPPORTED_EXTENSIONS)
    return RawRecord(name, None, error=f"unsupported file type {extension or '(no extension)'!r}; expected one of {expected}")


def _read_stream(stream, *, display_name: str, extension: str, limits: Limits) -> Iterator[RawRecord]:
    if extension == ".csv":
        yield from _read_csv(stream, display_name, limits)
    elif extension in (".jsonl", ".ndjson"):
        yield from _read_jsonl(stream, display_name, limits)
    elif extension == ".txt":
        yield from _read_whole(stream, display_name, limits, _txt_record)
    elif extension in (".html", ".htm"):
        yield from _read_whole(stream, display_name, limits, _html_record)
    else:
        yield _unsupported(display_name, extension)


def _text_stream(stream, display_name: str) -> tuple[object, Encoding | None, RawRecord | None]:
    """(the stream with its line ends made LFs, its encoding, None) or (…, None, the file's problem)."""
    stream = _peekable(stream)
    sample = stream.peek(SAMPLE_BYTES)[:SAMPLE_BYTES]
    if sample and mostly_binary(sample):
        return stream, None, RawRecord(display_name, None, error="binary data, not a text file; skipped")
    encoding = guess_encoding(sample)
    return with_line_feeds(stream, sample, encoding.name), encoding, None


def _warned(records: Iterator[RawRecord], encoding: Encoding) -> Iterator[RawRecord]:
    """The file's records, the first one carrying the warning about a guessed encoding."""
    warning = encoding.warning
    for record in records:
        if warning:
            record.warning, warning = "; ".join(filter(None, (warning, record.warning))), ""
        yield record


# CSV: where a record ends is followed here (a quoted field spans lines), so a record too long,
# undecodable or binary costs itself alone and reading goes on right after it.
_FIELD_START, _UNQUOTED, _QUOTED, _QUOTE_IN_QUOTED = range(4)
_QUOTED_TEXT = re.compile(r'[^"]*')


def _scan_csv(text: str, state: int) -> int:
    """The quoting state after `text`, given the state before it."""
    if '"' not in text:  # most lines: no quote to open or close one
        return state if state == _QUOTED else _UNQUOTED if "," not in text[-2:] else _FIELD_START
    position, end = 0, len(text)
    while position < end:
        if state == _QUOTE_IN_QUOTED:  # '""' is a quote inside the field; anything else closed it
            state = _QUOTED if text[position] == '"' else _UNQUOTED
            position += state == _QUOTED
        elif state == _QUOTED:
            position = _QUOTED_TEXT.match(text, position).end()
            if position < end:
                state, position = _QUOTE_IN_QUOTED, position + 1
        elif state == _FIELD_START and text[position] == '"':
            state, position = _QUOTED, position + 1
        else:
            comma = text.find(",", position)
            state, position = (_UNQUOTED, end) if comma < 0 else (_FIELD_START, comma + 1)
    return state


@dataclass
class _CsvRecord:
    first: int
    last: int
    text: str | None
    error: str = ""
    warning: str = ""


def _csv_records(pieces, max_bytes: int) -> Iterator[_CsvRecord]:
    parts, size, first, state, error, warning = [], 0, None, _FIELD_START, "", ""
    for piece in pieces:
        if first is None:
            first, state = piece.number, _FIELD_START
        state = _scan_csv(piece.text, state)
        warning = warning or piece.warning
        if not error:
            size += piece.size
            if piece.error:
                error, parts = piece.error, []
            elif size > max_bytes:
                error, parts = f"record is longer than the {max_bytes:,}-byte limit (IMPORT_MAX_RECORD_BYTES); skipped", []
            else:
                parts.append(piece.text)
        if piece.ends_line and state != _QUOTED:
            yield _CsvRecord(first, piece.number, None if error else "".join(parts), error, warning)
            parts, size, first, error, warning = [], 0, None, "", ""
    if first is not None:
        if state == _QUOTED:
            yield _CsvRecord(first, first, None, "broken CSV quoting: a quoted field opened in this record never "
                             "closes; the rest of the file was read as part of it")
        else:
            yield _CsvRecord(first, first, None if error else "".join(parts), error)


def _parse_csv_record(text: str) -> list[str]:
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    if len(rows) > 1:
        raise csv.Error("a line break outside quotes inside the record")
    return rows[0] if rows else []


def _read_csv(stream, display_name: str, limits: Limits) -> Iterator[RawRecord]:
    stream, encoding, problem = _text_stream(stream, display_name)
    if problem:
        yield problem
        return
    yield from _warned(_csv_rows(stream, display_name, encoding, limits), encoding)


def _csv_rows(stream, display_name: str, encoding: Encoding, limits: Limits) -> Iterator[RawRecord]:
    csv.field_size_limit(max(csv.field_size_limit(), limits.max_record_bytes))
    records = _csv_records(iter_pieces(stream, encoding=encoding.name), limits.max_record_bytes)
    header_record = next(records, None)
    if header_record is None:
        yield RawRecord(display_name, None, error="empty CSV file")
        return
    try:
        if header_record.text is None:
            raise csv.Error(header_record.error)
        header = _parse_csv_record(header_record.text)
    except csv.Error as error:
        yield RawRecord(display_name, 1, error=f"broken CSV header: {error}")
        return
    columns = [canonical_field(name) for name in header]
    if "text" not in columns:
        found = ", ".join(repr(name) for name in header[:10]) or "nothing"
        yield RawRecord(display_name, 1, error=f"no text column in the CSV header (found {found}); "
                        "name one column text, body or content")
        return
    for record in records:
        if record.text is None:
            yield RawRecord(display_name, record.first, error=record.error)
            continue
        if looks_binary(record.text):
            yield RawRecord(display_name, record.first, error="binary data (control characters) in this record, "
                            "not text; skipped")
            continue
        try:
            row = _parse_csv_record(record.text)
        except csv.Error as error:
            yield RawRecord(display_name, record.first, error=f"broken CSV quoting: {error}")
            continue
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            yield RawRecord(display_name, record.first, error=f"row has {len(row)} cells but the header has {len(header)} "
                            "(a stray quote or delimiter?)")
            continue
        fields = {name: cell for name, cell in zip(columns, row) if name}
        yield RawRecord(display_name, record.first, fields, warning=record.warning)


def _read_jsonl(stream, display_name: str, limits: Limits) -> Iterator[RawRecord]:
    stream, encoding, problem = _text_stream(stream, display_name)
    if problem:
        yield problem
        return
    lines = iter_lines(stream, encoding=encoding.name, max_bytes=limits.max_record_bytes)
    yield from _warned((record for line in lines if (record := _jsonl_record(line, display_name))), encoding)


def _jsonl_record(line, display_name: str) -> RawRecord | None:
    """One line's record, or its problem: whatever goes wrong reading it (a line nested 10,000
    deep, an integer of 5,000 digits) is this line's problem, never the file's."""
    if line.text is None:
        return RawRecord(display_name, line.number, error=line.error)
    if not line.text.strip():
        return None
    if looks_binary(line.text):
        return RawRecord(display_name, line.number, error="binary data (control characters) on this line, not text; skipped")
    try:
        value = json.loads(line.text)
    except json.JSONDecodeError as error:
        return RawRecord(display_name, line.number, error=f"not valid JSON: {error.msg} at column {error.colno}")
    except RecursionError:
        return RawRecord(display_name, line.number, error="JSON nested too deeply to read; skipped")
    except Exception as error:  # e.g. ValueError for an integer beyond Python's 4,300-digit limit
        return RawRecord(display_name, line.number, error=f"could not read this JSON ({_reason(error)})")
    if not isinstance(value, dict):
        return RawRecord(display_name, line.number, error=f"expected a JSON object, got {type(value).__name__}")
    try:
        fields = {}
        for key, item in value.items():
            name = canonical_field(str(key))
            if name and name not in fields and item is not None:
                fields[name] = item if isinstance(item, str) else json.dumps(item) if not isinstance(item, (int, float)) else str(item)
    except RecursionError:
        return RawRecord(display_name, line.number, error="a JSON value nested too deeply to read; skipped")
    except Exception as error:
        return RawRecord(display_name, line.number, error=f"could not read this JSON ({_reason(error)})")
    return RawRecord(display_name, line.number, fields, warning=line.warning)


def _reason(error: Exception) -> str:
    return f"{type(error).__name__}: {str(error)[:200]}"


def _read_whole(stream, display_name: str, limits: Limits, make_record) -> Iterator[RawRecord]:
    data = stream.read(limits.max_record_bytes + 1)
    if len(data) > limits.max_record_bytes:
        yield RawRecord(display_name, None, error=f"file is larger than the {human_bytes(limits.max_record_bytes)} limit "
                        "for one article (IMPORT_MAX_RECORD_BYTES); skipped")
        return
    yield make_record(data, display_name)


_DEMO_HEADER = re.compile(r"\A((?:(?:title|outlet|published|url|date): [^\n]*\n)+)\n")


def _txt_record(data: bytes, display_name: str) -> RawRecord:
    text, error, warning = decode_document(data)
    if text is None:
        return RawRecord(display_name, 1, error=error)
    text = text.replace("\r\n", "\n")
    fields = {}
    header = _DEMO_HEADER.match(text)
    if header:  # "title: ...\noutlet: ...\n\n" as in quotes/demo
        for line in header.group(1).splitlines():
            key, _, value = line.partition(": ")
            fields[canonical_field(key)] = value.strip()
        text = text[header.end():]
    published, offset = parse_txt_article(text)
    if published:  # " date 2025-05-05 New Delhi, ..." as written by the archive exporter
        fields["published"] = published.isoformat()
    body = text[offset:].strip()
    fields["text"] = body
    fields.setdefault("title", _title_from(body, display_name))
    return RawRecord(display_name, 1, fields, warning=warning)


def _html_record(data: bytes, display_name: str) -> RawRecord:
    import trafilatura

    sample = data[:SAMPLE_BYTES].decode("latin-1")
    if looks_binary(sample):
        return RawRecord(display_name, 1, error="binary data, not an HTML file; skipped")
    try:
        document = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    except Exception as error:  # trafilatura raises many kinds on malformed markup
        return RawRecord(display_name, 1, error=f"could not read the HTML ({error.__class__.__name__})")
    text = (getattr(document, "text", "") or "").strip() if document else ""
    if not text:
        return RawRecord(display_name, 1, error="no article text found in the HTML")
    fields = {
        "text": text,
        "title": (document.title or "").strip() or _title_from(text, display_name),
        "published": document.date or "",
        "url": document.url or "",
        "outlet": document.sitename or "",
    }
    return RawRecord(display_name, 1, fields)


def _title_from(body: str, display_name: str) -> str:
    first = body.strip().split("\n", 1)[0].strip() if body.strip() else ""
    if first and len(first) <= 200:
        return first
    return PurePosixPath(display_name).stem.replace("-", " ").replace("_", " ")[:200] or "Untitled"


def unsafe_member_name(name: str) -> bool:
    """Absolute paths, drive letters, '..' parts: names that would escape a directory if extracted."""
    normalized = name.replace("\\", "/")
    return (
        normalized.startswith("/")
        or re.match(r"^[A-Za-z]:", normalized) is not None
        or ".." in normalized.split("/")
        or "\x00" in normalized
    )


def _clutter(name: str) -> bool:
    """What archivers and desktops add beside the files: macOS resource forks (__MACOSX/, ._name),
    .DS_Store, hidden files and folders. Skipped without a word: nobody put them there."""
    parts = name.replace("\\", "/").split("/")
    return parts[0] == "__MACOSX" or any(part.startswith(".") and part not in (".", "..") for part in parts) or (
        parts[-1].lower() in ("thumbs.db", "desktop.ini"))


def _read_zip(path: Path, *, display_name: str, limits: Limits) -> Iterator[RawRecord]:
    """Members are read straight out of the archive, never extracted to disk."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        yield RawRecord(display_name, None, error=f"not a readable ZIP archive ({error})")
        return
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir() and not _clutter(info.filename)]
        if len(members) > limits.max_files:
            yield RawRecord(display_name, None, error=f"the archive holds {len(members):,} files; the limit is "
                            f"{limits.max_files:,} (IMPORT_MAX_FILES); nothing was read")
            return
        declared = sum(info.file_size for info in members)
        if declared > limits.max_uncompressed_bytes:
            yield RawRecord(display_name, None, error=f"the archive unpacks to {human_bytes(declared)}; the limit is "
                            f"{human_bytes(limits.max_uncompressed_bytes)} (IMPORT_MAX_UNCOMPRESSED_BYTES); nothing was read")
            return
        for info in members:
            name = f"{display_name}/{info.filename}"
            if unsafe_member_name(info.filename):
                yield RawRecord(name, None, error="unsafe file name in the archive (absolute path or '..'); skipped")
                continue
            if info.flag_bits & 0x1:
                yield RawRecord(name, None, error="encrypted archive member; skipped")
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_compression_ratio and info.file_size > 1024 * 1024:
                yield RawRecord(name, None, error=f"compressed {ratio:,.0f}:1, beyond the {limits.max_compression_ratio}:1 "
                                "limit (IMPORT_MAX_COMPRESSION_RATIO); looks like a zip bomb; skipped")
                continue
            extension = extension_of(info.filename)
            if extension == ".zip":
                yield RawRecord(name, None, error="a ZIP inside a ZIP is not read; upload it on its own")
                continue
            if extension not in SUPPORTED_EXTENSIONS:
                yield _unsupported(name, extension)
                continue
            try:
                with archive.open(info) as member:
                    capped = _peekable(_CappedStream(member, info.file_size))
                    yield from _read_stream(capped, display_name=name, extension=extension, limits=limits)
            except LimitExceeded as error:
                yield RawRecord(name, None, error=str(error))
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
                yield RawRecord(name, None, error=f"could not read this archive member ({error})")


def _peekable(stream):
    if hasattr(stream, "peek"):
        return stream
    return io.BufferedReader(stream, buffer_size=SAMPLE_BYTES)
