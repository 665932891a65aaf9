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


def test_titles_of_works_and_shows_are_not_quotes(nlp):
    text = ('"We will not back down," Mara Voss said on Radio Dunmere\'s "Morning Harbour" on Friday. '
            'She later signed copies of her book, "The Long Quay", at the library.')
    assert [q.text for q in extract(text, nlp=nlp, indirect=False).quotes] == ["We will not back down,"]


def test_titles_named_by_their_author_host_or_star_are_not_quotes(nlp):
    text = ('"Nobody reads the fine print," said Ines Marlow, the author of "The Quiet Ledger," a history of '
            'the bank. Tom Reyes, host of "Harbour Nights," agreed, and so did the "Salt Road" star '
            'Lena Quist. "It was a long winter," said Carl Beck, whose memoir "Cold Water Years" sold well. '
            'One of her favourite books, "The Glass Orchard," by Petra Lind, was on the table.')
    assert [q.text for q in extract(text, nlp=nlp, indirect=False).quotes] == ["Nobody reads the fine print,",
                                                                                "It was a long winter,"]


def test_shows_told_songs_performed_subtitled_books_and_markup_values_are_not_quotes(nlp):
    text = ('"We will not close the port," Tomas Ekberg told "Harbour Morning" after the vote. The band then performed '
            '"Lanterns Over Ostvik" for the crowd. Ekberg\'s new book, "Salt Roads: A History of the Coast," is out in May. '
            'Ekberg wrote: <post author="@ekberg" date="March 4, 2016">A good day for the port.</post>')
    assert [q.text for q in extract(text, nlp=nlp, indirect=False).quotes] == ["We will not close the port,"]


def test_a_title_after_words_describing_the_work_is_not_a_quote_but_words_said_of_a_show_are(nlp):
    # (probe of entertainment copy) "the long-running drama" names a work with words between; 'the show "will ..."'
    # opens in lower case: what someone said of the show, not its title
    text = ('Rosa Achterberg, who has played a ferry captain on the long-running drama "Harbour Lights" since 2013, '
            'is leaving. Her co-star Felix Hartmann said the show "will never be the same without her."')
    assert [(q.kind, q.text) for q in extract(text, nlp=nlp, indirect=False).quotes] == [
        ("partial", "will never be the same without her.")]


def test_names_people_give_themselves_names_known_to_some_copies_and_translated_titles_are_not_quotes(nlp):
    # (blind round 60) a name people give themselves, "known to listeners as", what a copy or a screening is of,
    # and a title in another language followed by its translation in brackets
    text = ('Readers of the paper call themselves "Gullwatchers." The host, known to listeners as "Captain Fog," was '
            'on holiday. Singer Ruth Okoye still had boxes of unsold copies of "Lantern Season" in her garage. '
            '"La maison bleue" ("The Blue House") opens on Friday, the distributor said. "We think it will do well," '
            'said distributor Marc Poulin.')
    assert [q.text for q in extract(text, nlp=nlp, indirect=False).quotes] == ["We think it will do well,"]


def test_words_cited_as_words_inside_someones_words_are_quotes(nlp):
    # (blind round 61 had dropped 'words such as "pub," "deli"' as no one's quotation; inside an attribution's words a
    # fragment in marks is a quote by the held-out definition, and PolNeAR train counts 'speculative words like "maybe"
    # and "perhaps"' in a spokesman's reported words: the rule was taken out on merging and round 61's gold mended)
    text = 'The association says most notices concern words such as "pub," "deli" and "barbershop."'
    assert [q.text for q in extract(text, nlp=nlp, indirect=False).quotes] == ["pub,", "deli", "barbershop."]


def test_channels_named_in_the_quotes_own_sentence(nlp):
    cases = {
        '"The bridge stays shut," Mara Voss said in an e-mail.': "letter",
        '"We will rebuild," Tomas Ekberg told supporters in Hull.': "speech",
        '"That is false," Ines Dagher said during the debate.': "speech",
        '"Prices will fall," Lucas Brandt said in an op-ed.': "letter",
        '"Prices will fall," Lucas Brandt said in a series of posts.': "social_media_post",
        '"The numbers are wrong," Priya Natarajan said on Morning Report.': "interview",
        '"Nobody asked us," Rafe Olden emailed.': "letter",
    }
    for text, kind in cases.items():
        [quote] = extract(text, nlp=nlp, indirect=False).quotes
        assert quote.source is not None and quote.source.kind == kind, (text, quote.source)
    [quote] = extract('"The numbers are wrong," Priya Natarajan said on Tuesday.', nlp=nlp).quotes
    assert quote.source is None


def test_anonymous_speakers_keep_their_descriptor(nlp):
    text = 'A cafe owner in Dunmere who did not want to be named said trade had halved. "People are not spending," the owner said.'
    quote = next(q for q in extract(text, nlp=nlp).quotes if q.kind != "indirect")
    [speaker] = quote.speakers
    assert speaker.kind == "anonymous" and "owner" in speaker.name


def test_issue_15_attribution_constructions(nlp):
    cases = {
        # a colon after a clause with no speech verb
        'Mayor Odile Fanshawe was blunt about the closure: "It is a betrayal of this town and everyone in it."': "Odile Fanshawe",
        # a roundup line: the person, not the outlet
        'Ines Dagher, Harbour Wire: "The berths were losing money for years before anyone admitted it."': "Ines Dagher",
        # a given name opens a name the tagger calls an organization; "she" then finds her
        'Ines Dagher said the plan was rushed. "We were never consulted, not once," she added.': "Ines Dagher",
        # a question mark, then an attribution that goes on in lower case
        '"Is this the end of the harbour as we know it?" the mayor, Odile Fanshawe, asked reporters gathered outside the town hall on Monday.': "Odile Fanshawe",
        # the antecedent of "he" introduced by an honorific the tagger missed
        'Mr Adeyemi declined to comment on Monday. Later he said: "This is not a decision anyone took lightly."': "Adeyemi",
    }
    for text, name in cases.items():
        quote = next(q for q in extract(text, nlp=nlp).quotes if q.kind != "indirect")
        assert [s.name for s in quote.speakers] == [name], (text, quote.speakers)


def test_a_cue_does_not_take_a_trailing_preposition(nlp):
    [quote] = extract('"We will rebuild the pier before winter," Lena Harcourt said on Monday.', nlp=nlp).quotes
    assert quote.cue.text == "said"


def test_a_quote_standing_alone_after_a_sentence_about_someone_is_theirs(nlp):
    text = 'Gareth Mullan worked the cranes for thirty years before he retired. "It was the best job on the whole coast, and they took it away."'
    [quote] = extract(text, nlp=nlp, indirect=False).quotes
    assert [s.name for s in quote.speakers] == ["Gareth Mullan"]


def test_relational_nouns_resolve_to_the_relative_not_the_owner(nlp):
    text = ('Luis Ortega met Ana Ortega, his wife, at the station. "We are exhausted," Ana Ortega said. '
            '"But we are home," her husband said.')
    quotes = extract(text, nlp=nlp, indirect=False).quotes
    assert [[s.name for s in q.speakers] for q in quotes] == [["Ana Ortega"], ["Luis Ortega"]]
    text = 'Rosa Ferrante was buried on Friday. Her son, Marco Ferrante, spoke at the funeral. "She never missed a day," the son said.'
    [quote] = extract(text, nlp=nlp, indirect=False).quotes
    assert [s.name for s in quote.speakers] == ["Marco Ferrante"]


def test_a_headline_credited_to_its_writer_is_not_a_quote(nlp):
    text = ('Weekly roundup.\n\nNOW OPEN\u2014"A small gallery of harbour paintings comes to the old customs house," by '
            'the Ledger\'s Jo Reyes: "The gallery opens on Friday."\n\n"The harbour has never looked better than it does '
            'in these paintings," by contrast, was all Ines Dagher would say.')
    assert [q.text for q in extract(text, nlp=nlp, indirect=False).quotes] == [
        "The gallery opens on Friday.", "The harbour has never looked better than it does in these paintings,"]


def test_words_someone_calls_himself_in_lower_case_are_a_quote(nlp):
    # (round 60's self-naming rule is for names: 'called himself "very pro-choice"' describes him in his words, a quote
    # on PolNeAR train; merging round 60)
    text = 'In the 1999 interview, Halvorsen called himself "very pro-choice" and said he would not change.'
    assert [q.text for q in extract(text, nlp=nlp, indirect=False).quotes] == ["very pro-choice"]
