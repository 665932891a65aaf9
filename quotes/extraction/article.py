"""Article-level text structure: the optional `.txt` header, paragraphs, the dateline.

Everything here works on plain strings with character offsets, so it can run before (and
decide what goes into) the parser.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

# " date 2025-05-05 New Delhi, ..." -- the header written by the archive exporter (see ../seed/).
_TXT_HEADER = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})[ \t]*")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "New Delhi, May 5:", "WASHINGTON (Reuters) -", "KYIV, Ukraine, March 3 (AP) --", "LONDON --"
_DATELINE = re.compile(
    r"\A(?P<city>[A-Z][A-Za-z.'\u2019-]*(?:[ ][A-Z][A-Za-z.'\u2019-]*){0,3})"
    r"(?:,[ ](?:[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,2}))?"  # optional region / country
    r"(?:"
    r",?[ ]" + _MONTH + r"[ ]\d{1,2}(?:,[ ]\d{4})?[ ]?(?:\([^)]{1,30}\)[ ]?)?[:\u2014\u2013\u2015-]"
    r"|[ ]?\([^)]{1,30}\)[ ]?[\u2014\u2013\u2015-]{1,2}"
    r"|[ ]?[\u2014\u2013\u2015]|[ ]--?[ ]"
    r")"
)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of the body: text[start:end], stripped of surrounding whitespace."""

    start: int
    end: int


def parse_txt_article(raw: str) -> tuple[datetime.date | None, int]:
    """Published date and body offset of a `.txt` article whose first line is ` date YYYY-MM-DD ...`.

    Returns (None, 0) when there is no such header or the date is not a real date.
    """
    match = _TXT_HEADER.match(raw)
    if not match:
        return None, 0
    try:
        published = datetime.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None, 0
    return published, match.end()


def split_paragraphs(text: str, start: int = 0) -> list[Paragraph]:
    """Paragraphs of text[start:], as offsets into text.

    Blank lines separate paragraphs when the text has any; otherwise every line is one (wire
    copy pasted without blank lines). Single newlines inside blank-line-separated blocks are
    soft wraps and stay inside the paragraph, unless one ends a sentence and the next line opens
    another (_hard_lines).
    """
    body = text[start:]
    separator = re.compile(r"\n[ \t\r\f\v]*\n\s*") if re.search(r"\n[ \t\r\f\v]*\n", body) else re.compile(r"\n\s*")
    paragraphs = []
    position = start
    for match in [*separator.finditer(text, start), None]:
        block_end = match.start() if match else len(text)
        for low, high in _hard_lines(text, position, block_end):
            block = text[low:high]
            stripped_start = low + (len(block) - len(block.lstrip()))
            stripped_end = low + len(block.rstrip())
            if stripped_end > stripped_start:
                paragraphs.append(Paragraph(stripped_start, stripped_end))
        if match:
            position = match.end()
    return paragraphs


_HARD_BREAK = re.compile(r"(?<=[.!?\u201d\"])[^\S\n]*\n(?=[^\S\n]*[A-Z\u201c\"])")  # [^\S\n]: spaces, tabs, no-break spaces


def _hard_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A block split at its single newlines that end a sentence and start another ("...shooting.\n
    \u201cI will ..."): pasted copy often keeps paragraphs one newline apart inside blank-line text.
    Not where a quotation is still open (a soft wrap inside a long quote)."""
    pieces, low = [], start
    for match in _HARD_BREAK.finditer(text, start, end):
        before = text[low : match.start()]
        if (before.count("\u201c") > before.count("\u201d")) or before.count('"') % 2:
            continue  # inside a quotation
        pieces.append((low, match.start()))
        low = match.end()
    pieces.append((low, end))
    return pieces


# a headline, then a credit or byline line and a deck at most
_LINES_BEFORE_DATELINE = 3


def find_dateline(text: str, body_start: int = 0) -> tuple[str, int]:
    """(city, offset just after the dateline) when the body opens with one, else ("", body_start)."""
    lead = text[body_start : body_start + 120].lstrip()
    skipped = len(text[body_start : body_start + 120]) - len(lead)
    match = _DATELINE.match(lead)
    line_start = body_start + skipped
    for _ in range(_LINES_BEFORE_DATELINE if not match else 0):
        # a headline line first ("Mayor Opens New Bridge\n\nLONDON -- The mayor ..."): the dateline
        # opens the paragraph after it, or after a credit or byline line under it ("The Canadian Press")
        line_end = text.find("\n", line_start)
        headline = text[line_start:line_end] if line_end != -1 else ""
        # (a title may end in a full stop, as archives write it; the all-capitals city below decides)
        if not headline.strip() or len(headline) > 200 or headline.rstrip()[-1:] in (",", ":", ";"):
            return "", body_start
        line_start = len(text) - len(text[line_end:].lstrip())
        match = _DATELINE.match(text[line_start : line_start + 120])
        if match and match.group("city").replace(" ", "").isupper():
            skipped = line_start - body_start
            break
        match = None  # after a headline, only an all-capitals city is surely a dateline
    if not match:
        return "", body_start
    city = match.group("city").strip()
    if city.isupper():  # "WASHINGTON" -> "Washington"; keep "New Delhi" as written
        city = " ".join(word.capitalize() for word in city.split())
    return city, body_start + skipped + match.end()


def later_dateline_end(text: str, paragraph: Paragraph) -> int | None:
    """Offset just after the dateline opening a later paragraph of a page of wire briefs ("HALIFAX \u2014 ...",
    "PORT SEWARD, B.C. \u2014 ..." after an item's headline; blind round 32): only an all-capitals place of two or more
    letters before a dash, so "NDP" or a name in running prose never is one. None when the paragraph opens with none."""
    lead = text[paragraph.start : paragraph.end]
    match = _DATELINE.match(lead)
    if not match:
        return None
    city = match.group("city").strip()
    letters = city.replace(" ", "").replace(".", "").replace("-", "").replace("'", "")
    if len(letters) < 4 or not letters.isupper() or not letters.isalpha():
        return None
    if not re.search("[\u2014\u2013\u2015]|--?", lead[match.end("city") : match.end()]):
        return None
    after = paragraph.start + match.end()
    while after < paragraph.end and text[after].isspace():
        after += 1
    return after if after < paragraph.end else None


def briefs_headlines(text: str, paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    """The headline of each item of a page of briefs: a one-line paragraph with no end of a sentence right before a
    paragraph that opens with an all-capitals dateline ("Coroner says death was preventable" over "MONTREAL \u2014 A
    Quebec coroner says ..."; blind round 32). Its "says" is the headline's, not a report."""
    ranges = []
    for before, paragraph in zip(paragraphs, paragraphs[1:]):
        line = text[before.start : before.end]
        if ("\n" in line or len(line.split()) > 20 or line.rstrip()[-1:] in _SENTENCE_CLOSERS
                or later_dateline_end(text, paragraph) is None):
            continue
        ranges.append((before.start, before.end))
    return ranges


# (blind round 58) a live blog's time stamp on a line of its own: "6:10 p.m. ET", "11:30 a.m.", "Update, 8:25 p.m. ET"
_BULLETIN_STAMP = re.compile(r"(?:(?:Update|Updated|Earlier)[,:]?\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{1,4}T)?:?")


def _is_bulletin_stamp(line: str) -> bool:
    return _BULLETIN_STAMP.fullmatch(line.strip()) is not None


def _is_bulletin_headline(line: str) -> bool:
    line = line.strip()
    return bool(line) and "\n" not in line and len(line.split()) <= 16 and line[-1:] not in _SENTENCE_CLOSERS


def bulletin_headlines(text: str, paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    """The headline of each bulletin of a live blog: a short line with no end of a sentence right under a time stamp
    ("6:10 p.m. ET\nPremier says budget keeps every promise", or the stamp a paragraph of its own). Its "says" is the
    headline's, a summary of the report the bulletin then gives, not a report of its own."""
    ranges = []
    for k, paragraph in enumerate(paragraphs):
        block = text[paragraph.start : paragraph.end]
        first_break = block.find("\n")
        if first_break != -1 and _is_bulletin_stamp(block[:first_break]):
            if _is_bulletin_headline(block[first_break + 1 :]):  # the stamp and its headline alone, one sentence
                ranges.append((paragraph.start, paragraph.end))
        elif k > 0 and _is_bulletin_stamp(text[paragraphs[k - 1].start : paragraphs[k - 1].end]) and _is_bulletin_headline(block):
            ranges.append((paragraph.start, paragraph.end))
    return ranges


_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_LOWER_WORD = re.compile(r"\b[a-z][\w-]*")


def looks_like_headline(sentence: str) -> bool:
    """True for a sentence written in headline Title Case (a pasted link to another story).

    Counts capitalised words among words longer than three letters: running prose has most of
    those lower case, headlines almost none. Short sentences are never judged headlines.
    """
    words = _HEADLINE_WORD.findall(sentence)
    long_words = [w for w in words if len(w) > 3]
    if len(words) < 6 or len(long_words) < 4:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised / len(long_words) >= 0.8


_FUNCTION_WORDS = {"a", "an", "the", "to", "for", "of", "in", "on", "at", "as", "by", "from", "with", "over",
                   "into", "after", "before", "and", "or", "but", "is", "are", "was", "be", "amid", "says"}
# (blind round 26) a verb a Title Case headline capitalises ("Merger Is Off"): written lower case, the sentence is prose
# full of names ("The Immigration Appeal Division is part of the Immigration and Refugee Board.")
_PROSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z])")


def headline_ranges(text: str, paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    """Character ranges of sentences that are headlines of other stories pasted into the body.

    A headline is a Title Case sentence (looks_like_headline) that capitalises at least two
    ordinary words -- words the same article also writes in lower case, or short function
    words -- so a sentence that is merely full of names is not mistaken for one.
    """
    lower_words = None  # words the article writes in lower case: read only once a sentence looks like a headline
    title = _title_line(text, paragraphs) or _unpunctuated_first_line(text, paragraphs)
    ranges = [title] if title is not None else []
    ranges += [r for r in briefs_headlines(text, paragraphs) if r != title]
    ranges += [r for r in bulletin_headlines(text, paragraphs) if r != title]
    for paragraph in paragraphs:
        position = paragraph.start
        segment_starts = [paragraph.start] + [m.end() for m in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end)]
        for start, end in zip(segment_starts, segment_starts[1:] + [paragraph.end]):
            sentence = text[start:end]
            if not looks_like_headline(sentence) or _PROSE_VERB.search(sentence):
                continue
            words = _WORD.findall(sentence)[1:]
            if lower_words is None:
                lower_words = set(_LOWER_WORD.findall(text))
            ordinary = sum(1 for w in words if w[0].isupper() and (w.lower() in lower_words or w.lower() in _FUNCTION_WORDS))
            if ordinary >= 2:
                ranges.append((start, end))
        del position
    return ranges


# words in single marks: opened after a space or the line start, closed before a space or punctuation
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(:\u2014\u2013]))['\u2018]\w[^\n]*?['\u2019](?=$|[\s.,;:!?\u2014\u2013])")
_DOUBLE_MARK = re.compile("[\"\u201c\u201d]|''")


def _unpunctuated_first_line(text: str, paragraphs: list[Paragraph]) -> tuple[int, int] | None:
    """The story's own title in sentence case ("Daily walk cuts heart risk, study finds"): a short first line with no
    full stop or other end of a sentence, over a body of paragraphs. (A lead sentence ends in one.)"""
    if len(paragraphs) < 3:
        return None
    first = paragraphs[0]
    line = text[first.start : first.end].strip()
    if not line or "\n" in line or len(line.split()) > 20 or line[-1] in _SENTENCE_CLOSERS:
        return None
    return first.start, first.end


_SENTENCE_CLOSERS = ".!?:;\"'\u201d\u2019)\u2026"


def _title_line(text: str, paragraphs: list[Paragraph]) -> tuple[int, int] | None:
    """The story's own title opening the body, when its quotation marks give it away.

    Headlines quote in single marks ("Mayor calls bridge plan 'reckless'") where the story
    under them uses double ones; words quoted there are repeated, and attributed, in the story.
    A body that quotes in single marks itself (British style) says nothing of its first line.
    """
    if len(paragraphs) < 2:
        return None
    first = paragraphs[0]
    line = text[first.start : first.end]
    if "\n" in line or len(line) > 200 or _DOUBLE_MARK.search(line) or not _SINGLE_QUOTED.search(line):
        return None
    body = text[paragraphs[1].start : paragraphs[-1].end]
    if len(_DOUBLE_MARK.findall(body)) <= 2 * len(_SINGLE_QUOTED.findall(body)):
        return None
    return first.start, first.end
