"""Reported speech (kind "indirect") in the shapes issue 15's second round added, each a text of
our own: what an editor would want surfaced, and what must stay out."""

import pytest

from quotes.extraction import extract


def _indirect(text, nlp):
    return {q.text: [s.name for s in q.speakers] for q in extract(text, nlp=nlp).quotes if q.kind == "indirect"}


@pytest.mark.parametrize(("text", "words", "speakers"), [
    # a whole clause of three words after a verb of saying
    ("Gov. Mary Fallon vetoed the measure because she said it was unconstitutional.", "it was unconstitutional",
     ["Mary Fallon"]),
    # what someone wants, plans or refused to do, stated for them (read in paragraphs parsed for
    # their speech anyway: words this common do not send a paragraph through the parser)
    ("Councillor Dario Brandt said the depot was too small. He wants to see both bus routes run by the city again.",
     "to see both bus routes run by the city again", ["Dario Brandt"]),
    ("The harbour authority said it was disappointed. It plans to appeal the ruling before the end of the month.",
     "to appeal the ruling before the end of the month", None),
    ("Mayor Ilse Varga said little on Monday. She refused to release the consultants' report on the tunnel.",
     "to release the consultants' report on the tunnel", ["Ilse Varga"]),
])
def test_reported_speech_shapes(text, words, speakers, nlp):
    found = _indirect(text, nlp)
    assert words in found, f"{words!r} not in {list(found)}"
    if speakers is not None:
        assert found[words] == speakers


def test_short_fragments_and_non_clauses_stay_out(nlp):
    # two words, and three words that are no clause, are no report
    found = _indirect("Tomas Ferrer said no. Ingrid Holm said the old bridge.", nlp)
    assert not found, found
