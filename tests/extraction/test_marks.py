"""Quotation marks -> spans, without any parsing."""

import pytest

from quotes.extraction.article import split_paragraphs
from quotes.extraction.marks import find_quoted_spans


def spans(text):
    return [text[s.start : s.end] for s in find_quoted_spans(text, split_paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we are ready" today.', ["we are ready"]),
        ("He said \u201cwe are ready\u201d today.", ["we are ready"]),
        ("\u201cCurly,\u201d she said. \"Straight.\"", ["Curly,", "Straight."]),
        ("It's the party's '90s playbook, don't you think?", []),
        ("Modi\u2019s visit and the leaders\u2019 summit went ahead.", []),
        ('"He told me, \'Don\'t worry,\' and left," she said.', ["He told me, 'Don't worry,' and left,"]),
        ("'We will fight,' said the MP.", ["We will fight,"]),
        ('She offered "full support to the families and promised "swift justice" soon.', ["full support to the families", "swift justice"]),
        ('They promised "a full review of the deal and left.', ["a full review of the deal"]),
        ('Measured 12" across, the panel was "huge" indeed.', ["huge"]),
        ('Empty "" marks and "  " are skipped.', []),
        # French spacing inside guillemets: the words, not the spaces
        ("\u00ab C'est une bonne nouvelle \u00bb, dit-il.", ["C'est une bonne nouvelle"]),
    ],
)
def test_it_finds_the_quoted_words(text, expected):
    assert spans(text) == expected


def test_a_quote_over_several_paragraphs_is_split_per_paragraph_and_linked():
    text = 'She spoke first.\n\n"We waited ten years.\n\n"Now we are done," she said.'
    found = find_quoted_spans(text, split_paragraphs(text))
    assert [text[s.start : s.end] for s in found] == ["We waited ten years.", "Now we are done,"]
    assert found[0].continues and not found[0].closed
    assert found[1].continued


def test_an_unclosed_mark_at_the_paragraph_end_stops_before_a_trailing_attribution():
    text = 'Officials promised "a review of the contract, the mayor said.\n\nNext paragraph.'
    assert spans(text) == ["a review of the contract"]


def test_single_marks_outside_double_ones_are_not_quotes_where_people_are_quoted_in_double_marks():
    text = ("Harbour board votes.\n\n'A long winter.'\n\n\u201cWe stayed,\u201d said Ines Dagher. \u201cIt was cold.\u201d "
            "Her neighbour called the plan a \u2018reform\u2019 in name only. \u201cWe ate well,\u201d he said. "
            "\u201cThe boats came back,\u201d she said. \u201cThen the ice.\u201d \u201cNobody left,\u201d he said.")
    assert spans(text) == ["We stayed,", "It was cold.", "We ate well,", "The boats came back,", "Then the ice.", "Nobody left,"]
    british = "\u2018We stayed,\u2019 said Ines Dagher. \u2018It was cold.\u2019 The \"reform\" failed."
    assert spans(british) == ["We stayed,", "It was cold.", "reform"]
    doubled = "''We stayed,'' said Ines Dagher. ''It was cold.'' ''We ate well,'' he said of the 'reform'."
    assert spans(doubled) == ["We stayed,", "It was cold.", "We ate well,"]  # the words, without the second mark


def test_doubled_single_marks_are_one_double_mark_with_single_quotes_nested_inside():
    text = "''The rules cover only 'material' holdings,'' said Ines Dagher. ''We will see.''"
    assert spans(text) == ["The rules cover only 'material' holdings,", "We will see."]
    running = "''The first part of it.\n\n''And the rest of it,'' she said."
    assert spans(running) == ["The first part of it.", "And the rest of it,"]


def test_three_single_marks_are_a_doubled_mark_and_a_nested_single_one():
    # after words: the nested single quote closes, then the double one; before words: the other way round
    closing = "''I would call it 'a patchwork,''' said Ola Brandt. ''It will not hold.''"
    assert spans(closing) == ["I would call it 'a patchwork,'", "It will not hold."]
    opening = "He recalled the call: '''Madam, we have decided to stay,' they told me,'' he said. It held."
    assert spans(opening) == ["'Madam, we have decided to stay,' they told me,"]


def test_a_doubled_mark_with_spaces_on_both_sides_is_whichever_the_quote_needs():
    text = "''We listened to them, '' said Ida Marsh. ''Then we voted.''"
    assert spans(text) == ["We listened to them,", "Then we voted."]


@pytest.mark.parametrize(("text", "expected"), [
    ('Provincial Governor Ramon "Monching" Aguirre said the dikes held.', []),
    ('Former senator Joseph "Pepe" de Guzman said he would run.', []),
    ('Councilor Maria "Baby Girl" Santos called it "a betrayal".', ["a betrayal"]),
    # not between a given name and a surname: words
    ('Residents called it "Hope" Street and the council "Liars" too.', ["Hope", "Liars"]),
])
def test_a_nickname_in_marks_between_a_given_name_and_a_surname_is_no_quote(text, expected):
    """(blind round 18) Philippine and American copy's nicknames in marks."""
    spans = find_quoted_spans(text, split_paragraphs(text))
    assert [text[s.start : s.end] for s in spans] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Defenceman Taylor "Tank" Brzezinski said the room was quiet.', []),
    ('Goalie Morgan "Wall" Lefebvre called the season "a grind".', ["a grind"]),
    # no title before a given name no list knows for sure: the words are kept
    ('Fans in Morgan "Mad" Town cheered.', ["Mad"]),
])
def test_a_nickname_after_a_title_and_an_uncertain_given_name_is_no_quote(text, expected):
    """(blind round 24) 'Winger Jordan "Moose" Kowalchuk': a given name no list knows for sure ("Jordan", "Taylor",
    "Morgan") counts as one after a title."""
    spans = find_quoted_spans(text, split_paragraphs(text))
    assert [text[s.start : s.end] for s in spans] == expected
