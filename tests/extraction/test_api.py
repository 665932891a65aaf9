"""The package's public API, as the Django side uses it."""

import json

from quotes.extraction import EXTRACTOR_VERSION, extract, extract_many, get_nlp

TEXTS = [
    '"We will win," Senator Paul Okafor said. "All of it."',
    "Nothing quoted here at all.",
    ' date 2025-01-02 Rome, Jan 2: Premier Giulia Conti said the budget was "balanced and fair".',
    "",
]


def test_get_nlp_is_loaded_once_without_the_lemmatizer():
    assert get_nlp() is get_nlp()
    assert "lemmatizer" not in get_nlp().pipe_names
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


def test_extract_many_gives_the_same_results_as_extract(nlp):
    assert list(extract_many(TEXTS, nlp=nlp, batch_size=2)) == [extract(t, nlp=nlp) for t in TEXTS]


def test_offsets_index_the_text_as_given_header_included(nlp):
    text = TEXTS[2]
    extraction = extract(text, nlp=nlp)
    assert extraction.dateline == "Rome"
    [quote] = extraction.quotes
    assert text[quote.start : quote.end] == quote.text == "balanced and fair"
    speaker = quote.speakers[0]
    assert (speaker.name, speaker.role) == ("Giulia Conti", "Premier")
    assert text[speaker.mention.start : speaker.mention.end] == speaker.mention.text
    assert text[quote.cue.start : quote.cue.end] == "said"


def test_to_dict_has_the_documented_shape(nlp):
    quote = extract(TEXTS[0], nlp=nlp).quotes[0]
    record = json.loads(json.dumps(quote.to_dict()))
    assert set(record) == {"text", "start", "end", "kind", "speakers", "source", "cue", "confidence"}
    assert set(record["speakers"][0]) == {"name", "kind", "role", "mention", "start", "end"}
    assert record["kind"] == "direct" and record["speakers"][0]["name"] == "Paul Okafor"


def test_the_article_lists_its_speakers_with_aliases(nlp):
    text = 'Chancellor Greta Lindqvist arrived late. "We are ready," Lindqvist said. "Truly," she added.'
    extraction = extract(text, nlp=nlp)
    [speaker] = extraction.speakers
    assert speaker.name == "Greta Lindqvist" and speaker.kind == "person" and speaker.role == "Chancellor"
    assert {"Greta Lindqvist", "Lindqvist"} <= set(speaker.aliases)


def test_indirect_speech_on_by_default_and_off_when_asked(nlp):
    text = "Finance Minister Keiko Arai said that the government would cut fuel taxes next month."
    assert extract(text, nlp=nlp, indirect=False).quotes == ()
    [quote] = extract(text, nlp=nlp).quotes
    assert quote.kind == "indirect" and quote.text == "the government would cut fuel taxes next month"
    assert quote.speakers[0].name == "Keiko Arai"
