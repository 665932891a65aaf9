"""Property-based: any text is handled, offsets always hold, output is deterministic."""

from hypothesis import HealthCheck, given, settings
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
PROFILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


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
