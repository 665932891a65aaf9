"""The dev set (devset.tsv) and the regression articles (articles/), example by example, and
their aggregate scores. Each example must find its expected quotes with the right speakers,
source and kind, and nothing else."""

import pytest

from quotes.extraction import extract

from .scoring import Scores, load_articles, load_devset, pair, source_right, speakers_right

DEVSET = load_devset()
ARTICLES = load_articles()


def _check(example, extraction):
    pairing = pair(example, extraction)
    missed = [e for e in pairing.missed if not e.known_miss]  # a known miss may be a quote not found at all
    assert not missed, f"missed: {[e.text for e in missed]}"
    extra = [q for q in pairing.extra if q.text not in example.known_extras]
    assert not extra, f"extracted non-quotes: {[q.text for q in extra]}"
    for expected, quote in pairing.pairs:
        if expected.known_miss:
            continue  # kept in the expectations and the scores, tolerated here (see the article's JSON)
        assert speakers_right(expected, quote), f"{quote.text!r}: speakers {[s.name for s in quote.speakers]}, want {expected.speakers}"
        assert source_right(expected, quote), f"{quote.text!r}: source {quote.source}, want {expected.source_kind}/{expected.source_word}"
        assert quote.kind == expected.kind, f"{quote.text!r}: kind {quote.kind}, want {expected.kind}"


@pytest.mark.parametrize("example", DEVSET, ids=[f"{i:02d}-{e.construction}" for i, e in enumerate(DEVSET)])
def test_devset_example(example, nlp):
    _check(example, extract(example.text, nlp=nlp, indirect=example.indirect))


# Known misses, kept visible rather than deleted from the expectations.
KNOWN_ARTICLE_MISSES = {
    # "Egypt and Qatar said ..., according to a joint statement" -> the later "The statement
    # described ..." is issued by both; we only link the statement to the first country.
    "11-gaza-aid",
}


@pytest.mark.parametrize("example", ARTICLES, ids=[e.construction for e in ARTICLES])
def test_regression_article(example, nlp):
    if example.construction in KNOWN_ARTICLE_MISSES:
        pytest.xfail("known miss, see KNOWN_ARTICLE_MISSES")
    _check(example, extract(example.text, nlp=nlp, indirect=False))  # the articles annotate quoted spans only


def _aggregate(examples, nlp) -> Scores:
    from .scoring import score

    return score(examples, nlp=nlp)


def test_devset_scores_stay_above_the_targets(nlp):
    scores = _aggregate(DEVSET + ARTICLES, nlp)
    precision = scores.matched / scores.predicted
    recall = scores.matched / scores.expected
    assert 2 * precision * recall / (precision + recall) >= 0.95
    assert scores.speakers_right / scores.matched >= 0.95
    assert scores.sources_right / max(1, scores.sources_predicted) >= 0.9
    assert scores.sources_right / scores.sources_expected >= 0.85
