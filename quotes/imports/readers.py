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

from .decoding import SAMPLE_BYTES, decode_document, detect_encoding, iter_lines, looks_binary
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


def _text_stream_encoding(stream, display_name: str) -> tuple[str | None, RawRecord | None]:
    sample = stream.peek(SAMPLE_BYTES)[:SAMPLE_BYTES] if hasattr(stream, "peek") else b""
    encoding = detect_encoding(sample)
    try:
        text_sample = sample.decode(encoding, errors="replace")
    except LookupError:
        text_sample = sample.decode("latin-1")
    if sample and looks_binary(text_sample):
        return None, RawRecord(display_name, None, error="binary data, not a text file; skipped")
    return encoding, None


def _read_csv(stream, display_name: str, limits: Limits) -> Iterator[RawRecord]:
    stream = _peekable(stream)
    encoding, problem = _text_stream_encoding(stream, display_name)
    if problem:
        yield problem
        return
    bad_lines: dict[int, str] = {}

    def text_lines():
        for line in iter_lines(stream, encoding=encoding, max_bytes=limits.max_record_bytes):
            if line.text is None:
                bad_lines[line.number] = line.error
                yield "\n"  # keeps line numbers right; the record it belonged to is reported
            else:
                yield line.text

    csv.field_size_limit(max(csv.field_size_limit(), limits.max_record_bytes))
    reader = csv.reader(text_lines(), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        yield RawRecord(display_name, None, error="empty CSV file")
        return
    except csv.Error as error:
        yield RawRecord(display_name, 1, error=f"broken CSV header: {error}")
        return
    columns = [canonical_field(name) for name in header]
    if bad_lines or "text" not in columns:
        found = ", ".join(repr(name) for name in header[:10]) or "nothing"
        yield RawRecord(display_name, 1, error=f"no text column in the CSV header (found {found}); "
                        "name one column text, body or content")
        return
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield RawRecord(display_name, start, error=f"broken CSV quoting: {error}")
            if reader.line_num < start:
                return
            continue
        bad = [bad_lines.pop(number) for number in range(start, reader.line_num + 1) if number in bad_lines]
        if bad:
            yield RawRecord(display_name, start, error=bad[0])
            continue
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            yield RawRecord(display_name, start, error=f"row has {len(row)} cells but the header has {len(header)} "
                            "(a stray quote or delimiter?)")
            continue
        fields = {name: cell for name, cell in zip(columns, row) if name}
        yield RawRecord(display_name, start, fields)


def _read_jsonl(stream, display_name: str, limits: Limits) -> Iterator[RawRecord]:
    stream = _peekable(stream)
    encoding, problem = _text_stream_encoding(stream, display_name)
    if problem:
        yield problem
        return
    for line in iter_lines(stream, encoding=encoding, max_bytes=limits.max_record_bytes):
        if line.text is None:
            yield RawRecord(display_name, line.number, error=line.error)
            continue
        if not line.text.strip():
            continue
        try:
            value = json.loads(line.text)
        except json.JSONDecodeError as error:
            yield RawRecord(display_name, line.number, error=f"not valid JSON: {error.msg} at column {error.colno}")
            continue
        if not isinstance(value, dict):
            yield RawRecord(display_name, line.number, error=f"expected a JSON object, got {type(value).__name__}")
            continue
        fields = {}
        for key, item in value.items():
            name = canonical_field(str(key))
            if name and name not in fields and item is not None:
                fields[name] = item if isinstance(item, str) else json.dumps(item) if not isinstance(item, (int, float)) else str(item)
        yield RawRecord(display_name, line.number, fields)


def _read_whole(stream, display_name: str, limits: Limits, make_record) -> Iterator[RawRecord]:
    data = stream.read(limits.max_record_bytes + 1)
    if len(data) > limits.max_record_bytes:
        yield RawRecord(display_name, None, error=f"file is larger than the {human_bytes(limits.max_record_bytes)} limit "
                        "for one article (IMPORT_MAX_RECORD_BYTES); skipped")
        return
    yield make_record(data, display_name)


_DEMO_HEADER = re.compile(r"\A((?:(?:title|outlet|published|url|date): [^\n]*\n)+)\n")


def _txt_record(data: bytes, display_name: str) -> RawRecord:
    text, error = decode_document(data)
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
    return RawRecord(display_name, 1, fields)


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


def _read_zip(path: Path, *, display_name: str, limits: Limits) -> Iterator[RawRecord]:
    """Members are read straight out of the archive, never extracted to disk."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        yield RawRecord(display_name, None, error=f"not a readable ZIP archive ({error})")
        return
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
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
