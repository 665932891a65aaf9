"""Source labels and mentions read as names: no dangling "to"/"that", no stray whitespace, whole
phrases ("letter to the ministry", "interview with the Northfield Courier")."""

import pytest

from quotes.extraction import extract

CASES = [
    ('NAIROBI, May 2 - Health Minister Amina Odhiambo said the plan was "already working". '
     'A ministry spokesman, Peter Otieno, told a briefing that the ministry was "on schedule".',
     "on schedule", "briefing"),
    ('The doctors\' union chairman, Dr Paul Kamau, said in a letter to the ministry that '
     '"without staff, nothing moves".', "without staff, nothing moves", "letter to the ministry"),
    # the addressee's or outlet's article stays: the label reads as a name
    ('"I am not running," Governor Bea Lindholm said in an interview with the Northfield Courier on Monday.',
     "I am not running", "interview with the Northfield Courier"),
    # a that-clause the parser hangs on the channel noun is what was said, not the channel's name
    ("Deputy Fergus Moran, the Green Left housing spokesman, said in a statement that the row showed the Government had "
     "\u2018no plan B for climate-proof housing\u2019.", "no plan B for climate-proof housing", "statement"),
    # "posted" names no network; the sentence before says where the poster went
    ('The Harbour Party called the fares "a scandal". The party also took to X. "Fares up, trains late," it posted.',
     "Fares up, trains late", "post on X"),
    ('Opposition leader Kavita Rao was unimpressed. "Compensation is not accountability," she wrote on X.',
     "Compensation is not accountability", "post on X"),
    # a fronted post names its network too (blind round 8)
    ('The council closed the beach. In a post on X, the council said it had \u2018written to the firm three times\u2019.',
     "written to the firm three times", "post on X"),
    ('Mr Daniel Ouma said the group would go to court. "Now the court will decide," he said in a post on X.',
     "Now the court will decide", "post on X"),
    ('"The curfew is lifted," the governor said in a televised address on Friday evening.', "The curfew is lifted",
     "televised address"),
    ('"We have the numbers," Senator Ruth Calder told ABC Radio National on Tuesday.', "We have the numbers",
     "interview with ABC Radio National"),
]


@pytest.mark.parametrize("text,quote,label", CASES)
def test_source_labels_end_on_the_channel_noun(nlp, text, quote, label):
    found = {q.text.rstrip(",."): q for q in extract(text, nlp=nlp).quotes}
    source = found[quote].source
    assert source is not None and source.label == label
    assert source.mention.text == source.mention.text.strip()


def test_speaker_mentions_after_a_dateline_dash_carry_no_whitespace(nlp):
    text = 'WELLINGTON, Oct 15 - Finance Minister Aroha Tane called the package "the responsible path".'
    (quote,) = extract(text, nlp=nlp).quotes
    mention = quote.speakers[0].mention
    assert quote.speakers[0].name == "Aroha Tane"
    assert mention.text == "Finance Minister Aroha Tane" and text[mention.start : mention.end] == mention.text
