"""Quotation marks -> quoted spans, on raw text, before any parsing.

Handles straight and curly marks mixed in one article, apostrophes (don't, '90s, Modi's) that
are not marks, single quotes nested inside double ones (left inside the outer quote), single
quotes outside them where the article quotes people in double marks (headlines and scare quotes,
not quotations), an opening mark that is never closed (recovered at a clause boundary), and
quotes running over several paragraphs (an opening mark repeated on each paragraph, the closing
one only at the end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import Paragraph
from .lexicon import PERSON_ROLE_NOUNS, known_given_names

DOUBLE_OPENING = "\u201c\u201e\u201f\u00ab"  # “ „ ‟ «
DOUBLE_CLOSING = "\u201d\u00bb"  # ” »
SINGLE_OPENING = "\u2018\u201a\u2039"  # ‘ ‚ ‹
SINGLE_CLOSING = "\u2019\u203a"  # ’ ›
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
ALL_MARKS = DOUBLE_OPENING + DOUBLE_CLOSING + SINGLE_OPENING + SINGLE_CLOSING + STRAIGHT_DOUBLE + STRAIGHT_SINGLE
# the marks a paragraph of quoted words opens with: double ones, and single ones too, the house style of British,
# Irish and Commonwealth copy ("\u2018I have swum off that beach since I was six.\u2019"), whose speaker may be the
# person the paragraph before is about
PARAGRAPH_OPENING_MARKS = STRAIGHT_DOUBLE + "\u201c\u201e\u00ab" + "\u2018" + STRAIGHT_SINGLE

_OPENS_AFTER = "([{\u2014\u2013-/:" + ALL_MARKS  # an opening mark follows space or these
_CLOSES_BEFORE = ".,;:!?)]}\u2014\u2013-/\u2026" + ALL_MARKS  # a closing mark precedes space or these

# Where an unclosed quote most plausibly ends: before a coordinating clause or a comma/semicolon.
_CLAUSE_BOUNDARY = re.compile(r"(?:,|;|\s+(?:and|but|while|as well as)\b)\s")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Text between quotation marks: text[start:end] excludes the marks themselves.

    `closed` is False when the closing mark was missing and the end was recovered.
    `continues` is True when the quote goes on in the next paragraph (multi-paragraph quote).
    """

    start: int
    end: int
    opening_mark: int
    closing_mark: int | None
    closed: bool = True
    continues: bool = False
    continued: bool = False


@dataclass(frozen=True, slots=True)
class _Mark:
    position: int
    can_open: bool
    can_close: bool
    width: int = 1  # 2: '' written for a double mark


def _context(text: str, position: int, lower: int, upper: int, width: int = 1) -> tuple[bool, bool]:
    """(looks like an opening mark, looks like a closing mark) judged from its neighbours."""
    before = text[position - 1] if position > lower else " "
    after = text[position + width] if position + width < upper else " "
    opening_context = before.isspace() or before in _OPENS_AFTER
    closing_context = after.isspace() or after in _CLOSES_BEFORE
    return opening_context and not after.isspace(), closing_context and not before.isspace()


def _is_doubled_single(text: str, position: int, lower: int, upper: int) -> bool:
    """'' written for a double mark (some archives' house style): true at its first character.

    Three in a row are that double mark and a single one next to it, nested: before words they
    open the double quote, then the single one; after words the single quote closes, then the
    double one.
    """
    if position + 2 > upper or text[position : position + 2] != "''":
        return False
    run_start = position if position == lower or text[position - 1] != "'" else position - 1
    if run_start > lower and text[run_start - 1] == "'":
        return False  # four or more in a row: not marks we can read
    run_end = run_start
    while run_end < upper and text[run_end] == "'":
        run_end += 1
    if run_end - run_start == 2:
        return True
    if run_end - run_start != 3:
        return False
    before = text[run_start - 1] if run_start > lower else " "
    opening = before.isspace() or before in "([{\u2014\u2013-/:"
    return position == (run_start if opening else run_start + 1)


# Characters that can be (part of) a mark: the loops below visit only these, not every character.
_DOUBLE_CANDIDATES = re.compile("[" + re.escape(DOUBLE_OPENING + DOUBLE_CLOSING + STRAIGHT_DOUBLE + STRAIGHT_SINGLE) + "]")
_SINGLE_CANDIDATES = re.compile("[" + re.escape(SINGLE_OPENING + SINGLE_CLOSING + STRAIGHT_SINGLE) + "]")


def _double_marks(text: str, lower: int, upper: int) -> list[_Mark]:
    marks = []
    for candidate in _DOUBLE_CANDIDATES.finditer(text, lower, upper):  # ('' is a double mark too)
        position = candidate.start()
        char = text[position]
        if _is_doubled_single(text, position, lower, upper):
            opening, closing = _context(text, position, lower, upper, width=2)
            # (spaces on both sides, "..., '' she said": whichever the state expects, as for ")
            marks.append(_Mark(position, opening or not closing, closing or not opening, width=2))
        elif char == STRAIGHT_DOUBLE or char in DOUBLE_OPENING or char in DOUBLE_CLOSING:
            opening, closing = _context(text, position, lower, upper)
            if char in DOUBLE_OPENING:
                # trust the glyph unless the neighbours clearly say otherwise
                marks.append(_Mark(position, True, closing and not opening))
            elif char in DOUBLE_CLOSING:
                marks.append(_Mark(position, opening and not closing, True))
            elif opening or closing:
                marks.append(_Mark(position, opening, closing))
            else:  # word"word: whichever the state expects
                marks.append(_Mark(position, True, True))
    return marks


def _is_apostrophe(text: str, position: int, lower: int, upper: int) -> bool:
    before = text[position - 1] if position > lower else " "
    after = text[position + 1] if position + 1 < upper else " "
    if before.isalnum() and after.isalnum():  # don't, Modi's, rock'n'roll
        return True
    if after.isdigit():  # '90s, '24
        return True
    return False


def _single_marks(text: str, lower: int, upper: int) -> list[_Mark]:
    marks = []
    for candidate in _SINGLE_CANDIDATES.finditer(text, lower, upper):
        position = candidate.start()
        char = text[position]
        if _is_apostrophe(text, position, lower, upper) or _is_doubled_single(text, position, lower, upper) \
                or (position > lower and _is_doubled_single(text, position - 1, lower, upper)):
            continue
        opening, closing = _context(text, position, lower, upper)
        if char in SINGLE_OPENING:
            marks.append(_Mark(position, not closing or opening, False))
        elif opening or closing:
            marks.append(_Mark(position, opening, closing))
    return marks


def _recovered_end(text: str, start: int, limit: int) -> int:
    """End of an unclosed quote opened at `start` that cannot run past `limit`.

    The quote ends at the last clause boundary before `limit` (another opening mark or the
    paragraph end); with none, it runs to `limit`.
    """
    region = text[start:limit]
    boundaries = [m.start() for m in _CLAUSE_BOUNDARY.finditer(region)]
    end = start + boundaries[-1] if boundaries else limit
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _has_words(text: str, start: int, end: int) -> bool:
    return any(char.isalnum() for char in text[start:end])


def _pair_marks(text: str, marks: list[_Mark], paragraph: Paragraph, recover: bool) -> tuple[list[QuotedSpan], _Mark | None]:
    """Pair opening and closing marks within one paragraph.

    Returns the spans and the opening mark still open at the paragraph end (if any).
    """
    spans: list[QuotedSpan] = []
    opened: _Mark | None = None
    for mark in marks:
        if opened is None:
            if mark.can_open:
                opened = mark
            continue
        if mark.can_close:
            start, end = opened.position + opened.width, mark.position
            while end > start and text[end - 1].isspace():
                end -= 1  # (a closing mark set off by a space: "..., '' she said")
            while start < end and text[start].isspace():
                start += 1  # (French spacing inside guillemets: "« C'est une bonne nouvelle »")
            if _has_words(text, start, end):
                spans.append(QuotedSpan(start, end, opened.position, mark.position))
            opened = None
        elif recover:  # a second opening mark: the first was never closed
            start = opened.position + opened.width
            end = _recovered_end(text, start, mark.position)
            if _has_words(text, start, end):
                spans.append(QuotedSpan(start, end, opened.position, None, closed=False))
            opened = mark
    return spans, opened


def _starts_with_opening_mark(text: str, paragraph: Paragraph) -> bool:
    first = text[paragraph.start]
    return first in DOUBLE_OPENING or first == STRAIGHT_DOUBLE or _is_doubled_single(text, paragraph.start, paragraph.start, paragraph.end)


def find_quoted_spans(text: str, paragraphs: list[Paragraph]) -> list[QuotedSpan]:
    """Every quoted span of the article, in text order."""
    spans: list[QuotedSpan] = []
    singles: list[QuotedSpan] = []
    continuing = False
    for index, paragraph in enumerate(paragraphs):
        double_spans, still_open = _pair_marks(text, _double_marks(text, paragraph.start, paragraph.end), paragraph, recover=True)
        if continuing and double_spans and double_spans[0].opening_mark == paragraph.start:
            first = double_spans[0]
            double_spans[0] = QuotedSpan(first.start, first.end, first.opening_mark, first.closing_mark,
                                         first.closed, first.continues, continued=True)
        continuing = False
        if still_open is not None:
            start = still_open.position + still_open.width
            next_paragraph = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if next_paragraph is not None and _starts_with_opening_mark(text, next_paragraph):
                # multi-paragraph quote: this part runs to the paragraph end
                end = paragraph.end
                continues = True
            else:
                end = _recovered_end(text, start, paragraph.end)
                continues = False
            if _has_words(text, start, end):
                double_spans.append(QuotedSpan(start, end, still_open.position, None, closed=False,
                                               continues=continues, continued=False))
                continuing = continues
        single_spans = _single_spans_outside(text, paragraph, double_spans)
        # British style: double marks nested inside a single-quoted span are a quote within
        # the quote ('They were told "help is on its way".'), part of it, not a quote of their own.
        double_spans = [span for span in double_spans
                        if not any(single.opening_mark < span.opening_mark and span.closing_mark is not None
                                   and single.closing_mark is not None and span.closing_mark < single.closing_mark
                                   for single in single_spans)]
        spans.extend(double_spans)
        singles.extend(single_spans)
    if len(spans) < max(3, 3 * len(singles)):
        # Single marks outside double ones are quotations only where the article quotes in single
        # marks (British style). Where people are quoted in double marks ('' counts as one) they are
        # headlines, subheads and scare quotes ("the 'reform' bill").
        spans.extend(singles)
    spans.sort(key=lambda span: span.start)
    return [span for span in spans if not _is_nickname(text, span)]


_NICKNAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")
_GIVEN_BEFORE = re.compile(r"(?:^|\s)([A-Z][a-z]+)\s$")
_TITLE_BEFORE = re.compile(r"([A-Za-z]+)\s*$")
_SURNAME_AFTER = re.compile(r"\s(?:[Dd]e |[Dd]ela |[Dd]el |[Dd]e la |[Vv]an |[Vv]on )?[A-Z][a-z]")


def _is_nickname(text: str, span: QuotedSpan) -> bool:
    """(blind round 18) A nickname in marks between a given name and a surname, as Philippine and American copy
    writes it ("San Lorenzo Mayor Ferdinand "Andoy" Villaruel said"): part of the name, nobody's words."""
    if not span.closed or span.closing_mark is None or not _NICKNAME.fullmatch(text[span.start : span.end]):
        return False
    window = text[max(0, span.opening_mark - 40) : span.opening_mark]
    before = _GIVEN_BEFORE.search(window)
    if before is None:
        return False
    if before.group(1).lower() not in known_given_names():
        # (blind round 24) a given name no list knows for sure ("Jordan", also a country) counts after a title:
        # 'Winger Jordan "Moose" Kowalchuk'
        title = _TITLE_BEFORE.search(window[: before.start(1)])
        if title is None or title.group(1).lower() not in PERSON_ROLE_NOUNS:
            return False
    return _SURNAME_AFTER.match(text, span.closing_mark + 1) is not None


def _single_spans_outside(text: str, paragraph: Paragraph, double_spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """Quotes in single marks that are not nested in a double-quoted span (British style, headlines).

    Unclosed single marks are dropped rather than recovered: an unpaired single mark is far
    more often an apostrophe we could not recognise than a real quote.
    """
    marks = [
        mark for mark in _single_marks(text, paragraph.start, paragraph.end)
        if not any(span.opening_mark <= mark.position <= (span.closing_mark if span.closing_mark is not None else span.end)
                   for span in double_spans)
    ]
    spans, _ = _pair_marks(text, marks, paragraph, recover=False)
    return spans
