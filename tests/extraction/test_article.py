"""Header, paragraphs, dateline and pasted-headline detection."""

import datetime

import pytest

from quotes.extraction.article import find_dateline, headline_ranges, parse_txt_article, split_paragraphs


def test_it_reads_the_txt_header():
    raw = " date 2024-02-29 Paris, Feb 29: Body."
    published, start = parse_txt_article(raw)
    assert published == datetime.date(2024, 2, 29)
    assert raw[start:] == "Paris, Feb 29: Body."


@pytest.mark.parametrize("raw", ["No header here.", " date 2024-02-30 impossible", ""])
def test_without_a_valid_header_there_is_no_date_and_the_body_starts_at_zero(raw):
    assert parse_txt_article(raw) == (None, 0)


@pytest.mark.parametrize(
    ("body", "city"),
    [
        ("WASHINGTON (AP) \u2014 The House voted.", "Washington"),
        ("FRANKFURT, June 5 (Reuters) - The bank held.", "Frankfurt"),
        ("KYIV, Ukraine (AP) \u2014 Drones struck.", "Kyiv"),
        ("New Delhi, March 12: India and China agreed.", "New Delhi"),
        ("LONDON \u2014 The prime minister faced a rebellion.", "London"),
        ("The prime minister faced a rebellion.", ""),
    ],
)
def test_it_finds_the_dateline_city(body, city):
    assert find_dateline(body)[0] == city


def test_paragraphs_are_blank_line_blocks_or_lines():
    text = "One\nstill one.\n\n  Two.  \n\n\nThree."
    assert [text[p.start : p.end] for p in split_paragraphs(text)] == ["One\nstill one.", "Two.", "Three."]
    lines = "First line.\nSecond line."
    assert [lines[p.start : p.end] for p in split_paragraphs(lines)] == ["First line.", "Second line."]


def test_a_pasted_headline_is_found_but_a_sentence_full_of_names_is_not():
    text = (
        "The summit opened on Monday and the talks were tense. "
        "Summit Live Updates: Leaders Clash Over Trade As Talks Drag Into Second Day. "
        "Russian President Vladimir Putin, Indian Prime Minister Narendra Modi and Chinese President Xi Jinping met in Kazan."
    )
    ranges = headline_ranges(text, split_paragraphs(text))
    assert [text[a:b].strip() for a, b in ranges] == ["Summit Live Updates: Leaders Clash Over Trade As Talks Drag Into Second Day."]


def test_a_single_newline_between_sentences_starts_a_paragraph_in_blank_line_text():
    from quotes.extraction.article import split_paragraphs

    text = ("The ferry sailed at noon.\n\nThe harbour reopened on Monday.\u00a0\n\u201cWe are glad,\u201d said Ines Dagher.\n\n"
            "A long sentence wraps\nonto the next line here.\n\n\u201cWe waited. And\nwe waited,\u201d she said.")
    pieces = [text[p.start : p.end] for p in split_paragraphs(text)]
    assert pieces == ["The ferry sailed at noon.", "The harbour reopened on Monday.", "\u201cWe are glad,\u201d said Ines Dagher.",
                      "A long sentence wraps\nonto the next line here.", "\u201cWe waited. And\nwe waited,\u201d she said."]


def test_a_first_line_quoting_in_single_marks_over_a_body_quoting_in_double_ones_is_a_title():
    text = ("Harbour chief calls ferry plan 'reckless' as vote nears.\n\n"
            "The chief of the Port Elwin harbour board, Mira Tobek, said on Monday the plan was \u201creckless\u201d and "
            "\u201cbadly costed.\u201d\n\n\u201cWe will vote against it,\u201d she said.")
    title = text.index("Harbour"), text.index("\n")
    assert title in headline_ranges(text, split_paragraphs(text))


def test_a_short_first_line_with_no_end_of_sentence_over_a_body_is_a_title_and_gives_no_reported_speech(nlp):
    from quotes.extraction import extract

    text = ("Ferry fares to rise again in spring, harbour board says\n\n"
            "The harbour board said on Monday that fares on the Elwin crossing would rise by 6 per cent in April.\n\n"
            "\u201cWe held them for two years,\u201d the board\u2019s chair, Mira Tobek, said.")
    assert (0, text.index("\n")) in headline_ranges(text, split_paragraphs(text))
    assert [q.text for q in extract(text, nlp=nlp).quotes if q.start < text.index("\n")] == []
    # a lead ends in a full stop: no title
    lead = text.replace("says\n", "says.\n")
    assert headline_ranges(lead, split_paragraphs(lead)) == []


def test_a_first_line_in_single_marks_is_not_a_title_when_the_body_quotes_in_single_marks_too():
    text = ("Harbour chief calls ferry plan 'reckless' as vote nears.\n\n"
            "The chief of the Port Elwin harbour board, Mira Tobek, said on Monday the plan was 'reckless' and "
            "'badly costed'.\n\n'We will vote against it,' she said.")
    assert headline_ranges(text, split_paragraphs(text)) == []


def test_a_dateline_opens_the_paragraph_after_a_title_ending_in_a_full_stop():
    text = ("Harbour board apologises to fishermen.\n\nPORT ELWIN, July 25 (Wire) \u2014 The harbour board said on "
            "Monday that it owed the crews an apology.")
    city, offset = find_dateline(text)
    assert city == "Port Elwin" and text[offset:].lstrip().startswith("The harbour board")


def test_a_sentence_of_body_names_with_a_lower_case_verb_is_prose_not_a_pasted_headline():
    """(blind round 26) "The Provincial Appeal Board is part of the Labour Relations Commission.": long names, but "is"
    lower case, which a Title Case headline capitalises (it had been cut out as one, and its bodies with it)."""
    text = ("The board heard the appeal in June and the labour commission will publish its ruling. "
            "The Provincial Appeal Board is part of the Labour Relations Commission. The board said it would rule soon.")
    assert headline_ranges(text, split_paragraphs(text)) == []


def test_a_dateline_opens_the_paragraph_after_a_title_and_a_credit_line():
    """(probe of Canadian copy, third round) a wire story's headline, then "The Canadian Press", then the datelined
    paragraph: the city is the dateline, not part of the first sentence's subject."""
    text = ("RCMP say driver charged after crash near Moose Jaw\n\nThe Canadian Press\n\n"
            "MOOSE JAW, Sask. \u2014 Mounties say a 34-year-old man faces a charge after a cyclist was struck.")
    city, offset = find_dateline(text)
    assert city == "Moose Jaw" and text[offset:].lstrip().startswith("Mounties say")


def test_no_dateline_is_looked_for_past_the_lines_a_headline_block_holds():
    text = ("A short title\n\nA second short line\n\nA third one\n\nA fourth one\n\n"
            "MOOSE JAW, Sask. \u2014 Mounties say a man faces a charge after a cyclist was struck.")
    assert find_dateline(text) == ("", 0)


def test_a_live_blog_bulletins_headline_under_its_time_stamp_is_a_headline():
    """(blind round 58) "6:10 p.m. ET\nUnion says talks have collapsed": a short line with no end of a sentence under a
    live blog's time stamp (or after a stamp standing alone) is the bulletin's headline; the bulletin's prose is not."""
    text = ("Transit strike live\n\n9:15 a.m. ET\nUnion says talks have collapsed\n\nThe union's president said talks "
            "broke off at midnight.\n\n10:40 a.m. ET\n\nMayor says buses will run by Friday\n\nMayor Ilse Varga told "
            "reporters that the city had made its final offer.")
    ranges = headline_ranges(text, split_paragraphs(text))
    covered = [text[a:b] for a, b in ranges]
    assert any("Union says talks have collapsed" in c for c in covered), covered
    assert "Mayor says buses will run by Friday" in covered, covered
    assert not any("midnight" in c or "final offer" in c for c in covered), covered


def test_a_live_blogs_bulletin_headline_says_nothing_reported(nlp):
    from quotes.extraction import extract

    text = ("Transit strike live\n\n9:15 a.m. ET\nUnion says talks have collapsed\n\nThe union's president, Rhea "
            "Donnelly, said talks with the city broke off at midnight.")
    found = [q.text for q in extract(text, nlp=nlp).quotes if q.kind == "indirect"]
    assert found == ["talks with the city broke off at midnight"], found
