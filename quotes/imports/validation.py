"""One record's checks: what makes a row an article we can store, and the message when it is not."""

import datetime
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from .decoding import looks_binary
from .readers import RawRecord

_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%Y%m%d")
# A cell a spreadsheet would run: "=HYPERLINK(...)", "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3".
_FORMULA = re.compile(r"^\s*(?:=|[+\-@]\s*[A-Za-z_][\w.]*\s*[(|!]|[+\-@]\s*\d[\d.]*\s*[-+*/^])")
_validate_url = URLValidator(schemes=["http", "https"])


@dataclass(frozen=True, slots=True)
class CleanRecord:
    title: str
    url: str | None
    outlet: str
    published: datetime.date | None
    text: str
    document_url: str | None = None


def looks_like_formula(value: str) -> bool:
    return bool(_FORMULA.match(value[:200]))


EARLIEST_YEAR = 1800


def parse_date(value: str) -> datetime.date | None:
    """YYYY-MM-DD (or an ISO timestamp), and the few spellings archives use; ValueError otherwise,
    whose message says what is wrong: no such day, out of range, or a spelling not understood."""
    value = value.strip()
    if not value:
        return None
    iso = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$", value)
    candidate = iso.group(1) if iso else value
    latest = datetime.date.today().year + 1
    for fmt in _DATE_FORMATS:
        try:
            parsed = datetime.datetime.strptime(candidate, fmt).date()
        except ValueError:
            continue
        if parsed.year > latest:
            raise ValueError(f"date {value[:40]!r} is in the future (after {latest}); a typo in the year?")
        if parsed.year < EARLIEST_YEAR:
            raise ValueError(f"date {value[:40]!r} is before {EARLIEST_YEAR}; a typo in the year?")
        return parsed
    numeric = re.match(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$", candidate) or re.match(r"^(\d{4})(\d{2})(\d{2})$", candidate)
    if numeric:
        return _no_such_day(value, *map(int, numeric.groups()))
    raise ValueError(f"bad date {value[:40]!r}; use YYYY-MM-DD")


def _no_such_day(value: str, year: int, month: int, day: int):
    if not 1 <= month <= 12:
        raise ValueError(f"no such date {value[:40]!r}: there is no month {month}")
    raise ValueError(f"no such date {value[:40]!r}: month {month} of {year} has no day {day}")


def validate(record: RawRecord, *, default_outlet: str, max_chars: int) -> tuple[CleanRecord | None, str]:
    """The record cleaned, or None and the reason it was rejected."""
    fields = {name: (value if isinstance(value, str) else str(value)) for name, value in record.fields.items()}
    for name, value in fields.items():
        if "\x00" in value:
            return None, f"the {name} holds a NUL character (binary data), which cannot be stored"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            return None, (f"the {name} holds characters that are not valid Unicode (a lone surrogate "
                          f"{value[error.start]!r} at character {error.start + 1})")
    text = fields.get("text", "").replace("\r\n", "\n").strip()
    if not text:
        return None, "missing text"
    if len(text) > max_chars:
        return None, f"text is {len(text):,} characters; the limit is {max_chars:,} (ARTICLE_MAX_CHARS)"
    if looks_binary(text):
        return None, "binary data in the text, not an article"
    for name in ("title", "url", "outlet", "published", "text", "document"):
        value = fields.get(name, "")
        if looks_like_formula(value):
            return None, f"the {name} cell holds a spreadsheet formula ({value.strip()[:40]!r}); not imported"
    try:
        published = parse_date(fields.get("published", ""))
    except ValueError as error:
        return None, str(error)
    url = fields.get("url", "").strip() or None
    if url and not _valid_url(url):
        return None, f"bad URL {url[:80]!r}"
    document_url = fields.get("document", "").strip() or None
    if document_url and not _valid_url(document_url):
        return None, f"bad document URL {document_url[:80]!r}"
    title = " ".join(fields.get("title", "").split()) or " ".join(text.split("\n", 1)[0].split())[:200]
    if len(title) > 500:
        return None, f"title is {len(title):,} characters; the limit is 500"
    outlet = " ".join(fields.get("outlet", "").split()) or default_outlet
    if len(outlet) > 200:
        return None, f"outlet name is {len(outlet):,} characters; the limit is 200"
    return CleanRecord(title=title, url=url, outlet=outlet, published=published, text=text, document_url=document_url), ""


def _valid_url(url: str) -> bool:
    try:
        if len(url) > 1000:
            raise ValidationError("too long")
        _validate_url(url)
    except ValidationError:
        return False
    return True
