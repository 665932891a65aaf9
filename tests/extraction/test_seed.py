"""The seed article (../shared/seed/, skipped when absent) against its gold extraction."""

import re

from quotes.extraction import extract, parse_txt_article

PRONOUNS = {"he", "she", "it", "they", "him", "her", "them"}


def _words(text):
    return set(re.sub(r"[\W_]+", " ", text).lower().split())


def test_it_finds_every_gold_quote_span(seed_article, nlp):
    text, gold = seed_article
    spans = {q.text for q in extract(text, nlp=nlp, indirect=False).quotes}
    for quote in gold["quotes"]:
        assert quote["text"] in spans


def test_it_attributes_speakers_and_sources_like_the_gold(seed_article, nlp):
    text, gold = seed_article
    found = {q.text: q for q in extract(text, nlp=nlp, indirect=False).quotes}
    speakers_right = sources_right = 0
    for quote in gold["quotes"]:
        predicted = found[quote["text"]]
        names = set().union(*(_words(s.name) for s in predicted.speakers)) if predicted.speakers else set()
        speakers_right += all(name.split()[-1].lower() in names for name in quote["speakers"])
        if quote["source"] is None:
            sources_right += predicted.source is None
        else:
            keys = {"ru-readout": {"readout", "embassy"}, "mea-post": {"jaiswal", "spokesperson", "mea"}}[quote["source"]]
            source = predicted.source
            sources_right += bool(source and keys & _words(" ".join([source.label, source.issuer])))
    assert speakers_right == 12  # (all of them: a floor of 11 let round 57's third-person rule take one unseen)
    assert sources_right == 12


def test_it_extracts_nothing_else_but_the_pasted_headline(seed_article, nlp):
    text, gold = seed_article
    allowed = {q["text"] for q in gold["quotes"]} | {n["text"] for n in gold["not_scored"]}
    assert {q.text for q in extract(text, nlp=nlp, indirect=False).quotes} <= allowed


def test_it_reads_the_header_and_dateline(seed_article, nlp):
    text, gold = seed_article
    published, body_start = parse_txt_article(text)
    assert published.isoformat() == gold["article"]["published"]
    assert text[body_start:].startswith(gold["article"]["dateline"])
    assert extract(text, nlp=nlp).dateline == gold["article"]["dateline"]


def test_speaker_names_are_never_pronouns_or_bare_roles(seed_article, nlp):
    text, _ = seed_article
    extraction = extract(text, nlp=nlp)
    for quote in extraction.quotes:
        for speaker in quote.speakers:
            assert speaker.name.lower() not in PRONOUNS
            assert speaker.name.lower() not in {"the president", "president", "spokesperson", "the prime minister"}
    names = {s.name for s in extraction.speakers}
    assert {"Vladimir Putin", "Narendra Modi", "Randhir Jaiswal"} <= names
    putin = next(s for s in extraction.speakers if s.name == "Vladimir Putin")
    assert "Putin" in putin.aliases and "President" in putin.role
