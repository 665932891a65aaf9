"""The aligner without a database: a readout and the ways reports quote it."""

import pytest

from quotes.checking.alignment import (
    ADDED, ALTERED, CHANGED, DROPPED, JOIN, MINOR, NOT_FOUND, SPLICED, VERBATIM, Document, compare, fold_word,
    sentence_around,
)
from tests.checking.texts import READOUT

readout = Document(READOUT)


@pytest.mark.parametrize(("quote", "result"), [
    ("will not accept any partition of the river valley", VERBATIM),
    # Curly marks, case, spacing and American spelling fold away.
    ("We have honored every commitment we made in the spring, and we expect our NEIGHBORS  to do the same,", VERBATIM),
    ("we have honoured every commitment we made in the spring and we expect our neighbours to do the same", MINOR),
    ("a brutal act that the whole region condemns", ALTERED),
    ("a barbaric act that the region condemns", ALTERED),
    ("a barbaric and cowardly act that the whole region condemns", ALTERED),
    ("will accept any partition of the river valley", ALTERED),
    ("will not accept any partition of the river valley. The leaders agreed to keep the humanitarian corridor open", SPLICED),
    ("will not accept any partition of the river valley ... The leaders agreed to keep the humanitarian corridor open", VERBATIM),
    ("the harvest had been poor this year. will not accept any partition", SPLICED),
    ("barbaric", VERBATIM),
    ("cowardly", NOT_FOUND),
    ("The central bank will cut interest rates again before the summer recess", NOT_FOUND),
    ("", NOT_FOUND),
])
def test_it_classifies_quotes_against_the_readout(quote, result):
    assert readout.align(quote).result == result


def test_it_diffs_a_changed_word_and_points_to_the_span():
    found = readout.align("a brutal act that the whole region condemns")
    assert (CHANGED, "barbaric", "brutal") in found.diff
    assert READOUT[found.span[0] : found.span[1]] == "a barbaric act that the whole region condemns"
    assert not found.negation_changed


def test_a_dropped_not_stands_out():
    found = readout.align("will accept any partition of the river valley")
    assert (DROPPED, "not", "") in found.diff
    assert found.negation_changed
    assert readout.align("will not accept any partition of the river valley").negation_changed is False


def test_an_added_negation_stands_out_too():
    found = readout.align("the leaders agreed not to keep the humanitarian corridor open")
    assert found.result == ALTERED
    assert (ADDED, "", "not") in found.diff
    assert found.negation_changed


def test_a_splice_shows_its_seam_and_both_pieces():
    found = readout.align("will accept any partition of the river valley. The leaders agreed to keep the humanitarian corridor open")
    assert found.result == SPLICED
    assert found.negation_changed
    assert [op for op, _, _ in found.diff].count(JOIN) == 1
    assert [READOUT[a:b] for a, b in found.pieces] == [
        "will not accept any partition of the river valley", "The leaders agreed to keep the humanitarian corridor open"]


def test_dropping_words_inside_a_sentence_is_altered_not_spliced():
    found = readout.align("The President said that the talks in Halden must continue")
    assert found.result in (ALTERED, SPLICED)
    short = readout.align("the talks must continue")
    assert short.result == ALTERED
    assert (DROPPED, "in Halden", "") in short.diff


def test_words_repeated_elsewhere_align_to_the_best_place():
    found = readout.align("Both leaders favoured an early meeting of the joint commission")
    assert READOUT[found.span[0] : found.span[1]].startswith("Both leaders favoured")
    assert found.result == VERBATIM


@pytest.mark.parametrize(("british", "american"), [
    ("honoured", "honored"), ("organisation", "organization"), ("analysed", "analyzed"),
    ("centre", "center"), ("fibres", "fibers"), ("defence", "defense"), ("travelled", "traveled"), ("neighbours", "neighbors"),
])
def test_spellings_fold(british, american):
    assert fold_word(british) == fold_word(american)


@pytest.mark.parametrize(("one", "other"), [("four", "for"), ("hour", "hor"), ("filled", "filed")])
def test_different_words_stay_different(one, other):
    assert fold_word(one) != fold_word(other)


def test_sentence_around_gives_the_documents_sentence():
    start = READOUT.index("barbaric")
    assert sentence_around(READOUT, start, start + 8).startswith("She described the shelling")
    assert sentence_around(READOUT, start, start + 8).endswith("condemns\".")


def test_compare_two_copies():
    later = compare("we will not give up the valley", "we will never give up the valley")
    assert later.result == ALTERED and (CHANGED, "not", "never") in later.diff


def test_compare_a_copy_that_grew():
    later = compare("will not accept any partition of the river valley",
                    "will accept any partition of the river valley. The leaders agreed to keep the corridor open")
    assert later.found and (DROPPED, "not", "") in later.diff and later.negation_changed
    assert not compare("will not accept any partition", "the corridor stays open for the harvest convoys").found


def test_a_changed_first_word_is_compared_with_the_documents():
    found = readout.align("the barbaric act that the whole region condemns")
    assert found.result == ALTERED
    assert found.diff[0] == (CHANGED, "a", "the")
    assert READOUT[found.span[0] : found.span[1]] == "a barbaric act that the whole region condemns"


def test_a_short_quote_with_a_changed_word_is_still_found():
    found = readout.align("the harvest had been bad this year")
    assert found.result == ALTERED and (CHANGED, "poor", "bad") in found.diff


@pytest.mark.parametrize("quote", [
    "strongly condemned the shelling attack in Halden",  # two words here, two there: a coincidence
    "the region strongly condemned the act of the leaders",
])
def test_a_few_shared_words_are_not_a_source(quote):
    assert readout.align(quote).result == NOT_FOUND
