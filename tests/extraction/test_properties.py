"""Property-based: any text is handled, offsets always hold, output is deterministic."""

import time

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotes.extraction import extract

# Fragments that steer random text into the interesting paths: marks, apostrophes, attribution.
FRAGMENTS = st.sampled_from([
    '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\n\n", "\n", ": ", " \u2014 ", ", ",
    " he said", " she told reporters", " said Anna Berg", "President Tom Reyes", " in a statement",
    " according to the ministry", "It said", " they", " both leaders", " a senior official",
    "Prime Minister", " don't ", " '90s ", "The readout", " date 2024-01-01 ", "WASHINGTON (AP) \u2014 ",
])
TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=25).map("".join)
# derandomize: CI runs the same examples every time; to hunt for new failing cases, run these with
# derandomize=False (a failure found so is kept as an @example)
PROFILE = settings(max_examples=60, deadline=None, derandomize=True,
                   suppress_health_check=[HealthCheck.function_scoped_fixture])


def _check_offsets(text, extraction):
    for quote in extraction.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.kind in ("direct", "partial", "indirect")
        spans = [s.mention for s in quote.speakers] + [quote.cue, quote.source.mention if quote.source else None]
        for span in spans:
            if span is not None:
                assert text[span.start : span.end] == span.text


@PROFILE
@given(st.text(max_size=200))
def test_any_unicode_text_is_handled(nlp, text):
    _check_offsets(text, extract(text, nlp=nlp))


@PROFILE
@given(TEXT)
def test_offsets_hold_and_output_is_deterministic(nlp, text):
    first = extract(text, nlp=nlp)
    _check_offsets(text, first)
    assert extract(text, nlp=nlp) == first
    for quote in first.quotes:
        for speaker in quote.speakers:
            assert speaker.name.strip().lower() not in {"he", "she", "it", "they"}


# ---- robustness (issue 15): no crash, no overlap, and time that grows linearly -----------------

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


@PROFILE
@given(TEXT)
@example(" according to the ministry according to the ministry according to the ministry")  # nested reported clauses
def test_quotes_never_overlap(nlp, text):
    quotes = sorted(extract(text, nlp=nlp).quotes, key=lambda q: (q.start, q.end))
    for before, after in zip(quotes, quotes[1:]):
        assert before.end <= after.start, (before.text, after.text)


@PROFILE
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=60), st.sampled_from(ZERO_WIDTH)), max_size=6))
def test_zero_width_characters_between_words_change_nothing(nlp, insertions):
    text = 'Lena Moravec arrived late. "Not yet," she said.'
    for position, mark in sorted(insertions, reverse=True):
        position = min(position, len(text))
        if 0 < position < len(text) and text[position - 1].isalnum() and text[position].isalnum():
            continue  # inside a word: a different word, not the same text
        text = text[:position] + mark + text[position:]
    [quote] = extract(text, nlp=nlp).quotes
    assert quote.text.translate(dict.fromkeys(map(ord, ZERO_WIDTH))) == "Not yet,"
    assert [s.name for s in quote.speakers] == ["Lena Moravec"]


def test_a_name_in_a_script_without_capitals_speaks(nlp):
    for text in ('"Not now," said \u0645\u062d\u0645\u062f \u0639\u0644\u064a.', '"Not now," \u0645\u062d\u0645\u062f \u0639\u0644\u064a said.'):
        [quote] = extract(text, nlp=nlp).quotes
        assert quote.text == "Not now," and [s.name for s in quote.speakers] == ["\u0645\u062d\u0645\u062f \u0639\u0644\u064a"]


def _seconds(nlp, text) -> float:
    """Best of two runs: the machine's load only ever adds time."""
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        extract(text, nlp=nlp)
        best = min(best, time.perf_counter() - started)
    return best


def _grows_linearly(nlp, make, small: int, factor: int = 4) -> None:
    """Time for `factor` times the input stays well under the factor squared (quadratic): the
    bound leaves room for a loaded machine (linear is x4, quadratic x16)."""
    ratio = _seconds(nlp, make(small * factor)) / _seconds(nlp, make(small))
    assert ratio < factor * 2.5, f"x{factor} input took x{ratio:.1f} time"


def test_a_100000_character_paragraph_is_handled(nlp):
    sentence = "The council met on Tuesday and the mayor said the budget would pass without delay. "
    text = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    assert "\n" not in text
    started = time.perf_counter()
    extract(text, nlp=nlp)  # once raised RecursionError
    assert time.perf_counter() - started < 60


def test_quotes_in_one_paragraph_take_linear_time(nlp):
    # 800 quotes in one paragraph took 27 s when each quote rescanned the paragraph
    _grows_linearly(nlp, lambda n: " ".join(f'"We will win round {i} of this," Anna Berg said.' for i in range(n)), 100)


def test_nested_quotes_take_linear_time(nlp):
    # 10,000 characters of nested quotes (one run-on sentence) took more than 30 s
    nested = "\u201cShe said \u2018he said \u201cno\u201d\u2019 "
    _grows_linearly(nlp, lambda n: (nested * (n // len(nested) + 1))[:n], 2_500)
    started = time.perf_counter()
    extract((nested * 400)[:10_000], nlp=nlp)
    assert time.perf_counter() - started < 30


def test_a_run_of_punctuation_takes_linear_time(nlp):
    # the tokenizer strips prefix punctuation one character at a time: quadratic in one long run
    _grows_linearly(nlp, lambda n: "(" * (n // 2) + '"' * (n // 2), 4_000)
