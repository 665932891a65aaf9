"""What kind of channel a word names: the medium, occasion or audience words reached the reporter by.

attribution._channel_phrase finds where a channel can sit (the object of "in", "at", "on" after a
reporting verb, the object of "told"); this module says whether the words found there name a
channel, and which kind. Plain lookups over a token and its modifiers: no parsing, no state.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection

from spacy.tokens import Token

from .lexicon import AUDIENCE_OBJECTS, CHANNEL_NOUNS, REPORTER_OBJECTS, SOCIAL_NETWORKS

# Nouns that are a channel only with the right modifier: "a campaign stop" (not "a bus stop"), "a
# text message", "a town hall meeting" (a meeting is not a channel), "a news conference".
_COMPOUND_CHANNELS: dict[str, dict[str, str]] = {
    "stop": {"campaign": "speech", "whistle": "speech"},
    # "at a public meeting", "at an emergency council meeting", "at a board meeting" (not "at a meeting with the minister")
    "meeting": {"hall": "speech", "public": "speech", "council": "speech", "board": "speech",
                "community": "speech"},  # "told residents at a community meeting" (blind round 14)
    "message": {"text": "other", "video": "social_media_post", "voice": "other", "recorded": "other", "": "letter"},
    "messages": {"text": "other", "": "letter"},
    "appearance": {"campaign": "speech", "public": "speech", "television": "interview", "tv": "interview"},
    # "on a conference call with reporters", "on an earnings call": a call is no channel by itself
    # (the seed's leaders' call is relayed by a readout)
    "call": {"conference": "press_conference", "press": "press_conference", "earnings": "briefing", "investor": "briefing"},
    "discussion": {"panel": "speech"},
    # (probes of Canadian copy, sixth round) "said at a media availability": the press's time with a politician
    "availability": {"media": "press_conference"},
    # a party's lawyers' written argument: "In written submissions to the jury, the company's lawyers said" (blind round
    # 41; "closing submissions to court" are spoken there, blind round 23)
    "submissions": {"written": "report"},
    # where Kenyan politicians speak: "Speaking during a church service in Njoro" (blind round 19 probe)
    "service": {"church": "speech", "memorial": "speech", "funeral": "speech", "prayer": "speech", "thanksgiving": "speech"},
    "testimony": {"": "briefing"},
    "deposition": {"": "report"},
    "rallies": {"": "speech"},
    # a chamber as the place words were spoken: "said in the Commons", "told MPs in parliament"
    "commons": {"": "speech"},
    # (blind round 13) the other houses by their own names: "speaking in the Dáil", "said in the Senedd"
    "dáil": {"": "speech"}, "dail": {"": "speech"}, "seanad": {"": "speech"}, "senedd": {"": "speech"},
    "lords": {"": "speech"}, "holyrood": {"": "speech"}, "stormont": {"": "speech"},  # (the houses' seats, probe)
    "parliament": {"": "speech"},
    "senate": {"": "speech"},  # (blind round 19) "said in the Senate on Thursday that", as "in parliament"
    "chamber": {"": "speech"},
    "legislature": {"": "speech"},  # "said in the legislature" (a Canadian province's house)
    # (blind round 61) a house named as an assembly: "said in the National Assembly", "In the Legislative Assembly, the
    # premier replied that" (Quebec's and other provinces' houses); a bare "assembly" is a school's or a union's
    # meeting, no chamber
    "assembly": {"national": "speech", "legislative": "speech"},
    "period": {"question": "speech"},  # "in question period", "during question period" (blind round 11)
    # a minister's written answer to a legislature's question: "said in a written reply in the Assembly",
    # "in a written answer to a question on notice" (blind round 14); a spoken reply is no document
    # India's houses: "said in the Lok Sabha", "replying to a debate in the Rajya Sabha" (blind round 14 probe)
    "sabha": {"lok": "speech", "rajya": "speech", "vidhan": "speech"},
    "reply": {"written": "statement", "parliamentary": "statement"},
    "answer": {"written": "statement", "parliamentary": "statement"},
    # a body's published paper (blind round 16 probe): "said in a consultation paper", "in a white paper"
    "papers": {"court": "report", "legal": "report"},  # "In court papers filed on Monday, the airline said"
    "paper": {"consultation": "report", "white": "report", "green": "report", "discussion": "report", "position": "report",
              "working": "report", "policy": "report"},
}

# Occasions and media that are a channel only as the object of "in"/"at"/"on"/"during" (a luncheon
# never "says" anything, so they stay out of CHANNEL_NOUNS, which also names documents that speak).
_OCCASIONS: dict[str, str] = {
    "luncheon": "speech", "gala": "speech", "banquet": "speech", "ceremony": "speech", "commencement": "speech",
    "webinar": "speech", "roundtable": "speech", "keynote": "speech", "eulogy": "speech", "homily": "speech",
    "talk": "speech", "speeches": "speech", "rallies": "speech", "debates": "speech",
    "website": "statement", "statements": "statement", "letters": "letter", "e-mails": "letter",
    "livestream": "social_media_post", "interviews": "interview", "affidavit": "report",
    # protests are where union and party leaders speak in copy from abroad: "speaking at a protest
    # outside the commission", "addressing a sit-in", "at a dharna" (issue 15, blind round 7)
    "protest": "speech", "demonstration": "speech", "vigil": "speech", "sit-in": "speech", "picket": "speech",
    "dharna": "speech",  # (not "march": "said in March")
    # a judge's written reasons: "said in her decision", "wrote in the ruling" (blind round 11)
    "decision": "report", "ruling": "report", "judgment": "report", "judgement": "report",
    # (blind round 45) a judge's reasons by their own name, and a dissent: "In her reasons, the judge noted that",
    # "In separate reasons, Justice X wrote", "In a dissent, Justice Y wrote that" (never a channel after "for":
    # "for reasons of privacy" is no object of "in")
    "reasons": "report", "dissent": "report",
    # (blind round 102) a judge's handwritten order and reasons in a civil case: "In a handwritten endorsement released
    # to the parties, the judge wrote that", "In the endorsement, X said" (a paper, not the hearing it came out of)
    "endorsement": "report",
    # a body's written evidence to an inquiry: "In a submission to the Senate inquiry, the council said" (blind round 14 probe)
    "submission": "report",
    # a body's formal position, voted: "the faculty senate said in a resolution that" (blind round 15)
    "resolution": "statement",
    # a party's pleadings: "In their complaint, the plaintiffs say", "the union argued in the lawsuit" (blind round 16)
    "complaint": "report", "lawsuit": "report", "indictment": "report",
    # an office's letter to those under it: "said in a circular to county health departments" (blind round 19)
    "circular": "letter",
    # (blind round 37) a body's running bulletin: "said in its daily update that 61 fires were burning"
    "update": "statement", "updates": "statement",
    # (probes of Canadian copy, fourth round) "said in a voicemail", as "in a text message" (not "scrum": the golds name
    # "In a scrum ..., she told reporters" by the reporters told)
    "voicemail": "other",
}
# (blind round 37) Notices in force for a while: "during the advisory", "throughout the order" name a period, not
# the notice as it was issued ("spent $40,000 a year on bottled water during the advisory").
_STANDING_NOTICES = frozenset({"advisory", "advisories", "order", "warning", "alert", "ban", "watch", "notice", "emergency"})
_REASONS = frozenset({"decision", "ruling", "judgment", "judgement"})
# Programmes, which are a channel after "on" only: "said on the show", "on his radio program" (not
# "in a show of support").
_BROADCAST = frozenset({"radio", "television", "tv", "talk", "morning", "evening", "news", "cable", "call-in", "late-night",
                        "same", "weekly", "nightly", "sunday", "syndicated", "political", "public", "affairs", "current"})
_ON_AIR = {"show": "interview", "program": "interview", "programme": "interview", "broadcast": "interview",
           "newscast": "interview", "airwaves": "interview"}

# Words for a programme after its name: "on the Money Matters podcast" (blind round 16).
_PROGRAMMES = frozenset({"podcast", "show", "programme", "program", "broadcast", "newscast"})

# (blind round 58) What a body puts up, named by where it is put: "a post on its website" (the body's own page, a
# statement), "an update on X" (a social media post, not the running bulletin "update" is elsewhere).
_POSTED_ITEMS = frozenset({"post", "posts", "update", "updates"})
_OWN_SITES = frozenset({"website", "site", "web"})

# Nouns that are a social media post when a network names them: "a Facebook message", "her Twitter feed".
_ON_A_NETWORK = frozenset({"message", "messages", "video", "videos", "page", "account", "feed", "livestream", "story"})

# Telling a legislature, decided for issue 15 (round 2), in line with blind articles 22, 25 and 27:
# - "told the committee / the panel / the inquiry": testimony at a hearing, filed as a briefing (the kind
#   the output contract gives hearings);
# - "told lawmakers / MPs / parliament / the council": words addressed to a chamber, a speech, unless
#   an occasion is named with them ("told lawmakers at a hearing" is the hearing: the occasion wins,
#   attribution._channel_phrase), since a witness at a hearing and a minister in the chamber both
#   "tell lawmakers" and only the occasion says which.
# (blind round 70) and a tribunal: "told a provincial tribunal Tuesday that", a hearing's testimony
HEARING_AUDIENCES = frozenset({"committee", "subcommittee", "panel", "inquiry", "tribunal"})
CHAMBER_AUDIENCES = frozenset({"lawmakers", "legislators", "mps", "senators", "parliament", "council", "assembly", "board",
                               "congress", "parliamentarians", "deputies", "councillors", "councilors", "chamber",
                               # a house by its own name: "told the Commons", "told the Dail"
                               "commons", "lords", "dail", "d\u00e1il", "seanad", "senedd",
                               # a province's house and its members: "told the legislature", "told MPPs" (blind round 9)
                               "legislature", "mlas", "mpps", "mnas",
                               # "told the Lok Sabha" (blind round 14 probe)
                               "sabha",
                               # a courtroom: "told the court", "told jurors" (blind round 11)
                               "court", "jury", "jurors",
                               # (blind round 52) "told a Calgary courtroom that ...": the court by its room
                               "courtroom",
                               # a coroner's court: "told the inquest" (blind round 41)
                               "inquest",
                               # a school board's members at their meeting: "told trustees that ..." (blind round 48), as
                               # "told council"
                               "trustees"})
# "told a meeting of farmers", "told the summit": a speech to those gathered.
GATHERINGS = frozenset({"meeting", "gathering", "room", "throng", "conference", "convention", "summit", "forum", "congregation", "luncheon",
                        "dinner", "breakfast"})
# "told an interviewer", "told the host": an interview with no outlet named.
INTERVIEWERS = frozenset({"interviewer", "interviewers", "host", "hosts", "moderator", "anchor", "viewers", "listeners"})
# "told union workers", "told investors": people gathered to hear the speaker (not one person,
# not officials met in private).
_MORE_AUDIENCES = frozenset({"workers", "members", "strikers", "protesters", "demonstrators", "marchers", "activists", "volunteers", "farmers", "veterans", "graduates",
                             "investors", "shareholders", "worshippers", "worshipers", "parishioners", "mourners", "fans",
                             "troops", "soldiers", "cadets", "guests", "conservatives", "liberals", "progressives",
                             "evangelicals", "republicans", "democrats", "mayors", "governors", "teachers", "nurses"})


def _run_around(anchor: Token, tokens, *, stop_at_punct: bool = False) -> list[Token]:
    """The tokens next to one another around `anchor` among `tokens` (a channel's words as the
    text has them); `stop_at_punct`: not past a punctuation mark on the right."""
    by_index = {t.i: t for t in tokens}
    run = [anchor]
    while run[0].i - 1 in by_index:
        run.insert(0, by_index[run[0].i - 1])
    while run[-1].i + 1 in by_index and not (stop_at_punct and by_index[run[-1].i + 1].is_punct):
        run.append(by_index[run[-1].i + 1])
    return run

def _names_something(token: Token) -> bool:
    """A name, or a noun a name owns or qualifies: "CNN", "WKVR's Morning Line"."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "WORK_OF_ART") or any(
        c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in token.children)


# A public body's sittings (blind round 21): "at its regular meeting", "at a special meeting"
_PUBLIC_MEETINGS = frozenset({"regular", "special", "monthly", "commission", "school", "committee", "budget", "city", "county",
                              # (blind round 35) a meeting full of the public: "after a packed meeting at which residents said"
                              "packed", "crowded"})


def _modifiers(noun: Token) -> set[str]:
    return {child.lower_ for child in noun.lefts if child.dep_ in ("compound", "amod", "nmod")}


_JUDGES = frozenset({"judge", "justice", "magistrate", "arbitrator", "coroner", "sheriff"})


def _written_by_one_judge(noun: Token) -> bool:
    """(blind round 16) "In a 34-page ruling issued on Friday, Judge Eleanor Achterberg wrote", "the judge said in a
    written decision": reasons with no owner written, which one judge (a name with a judge's title, or "the judge")
    speaks through; not a bench ("the justices said", article 08)."""
    preposition = noun.head
    if preposition.dep_ != "prep" or preposition.head.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in preposition.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ not in ("NN", "NNP"):
        return False
    # (blind round 77) an adjudicator's title before the name, as a judge's: "adjudicator Simone X wrote in the decision"
    return subject.lower_ in _JUDGES or _one_member_sitting(subject) or (subject.ent_type_ == "PERSON" and any(
        (c.dep_ == "compound" and (c.lower_ in _JUDGES or c.lower_ == "adjudicator") and c.i < subject.i)
        or (c.dep_ == "appos" and _one_member_sitting(c))
        for c in subject.subtree))


# (blind round 68) Bodies whose members hear a case alone: "a member of the agency's dispute tribunal", "another
# tribunal member", "a board member" ruling on one complaint.
_SITTING_BODIES = frozenset({"tribunal", "board", "panel", "commission"})


def _one_member_sitting(noun: Token) -> bool:
    """(blind round 68) "In a decision posted Tuesday, X, a member of the <agency>'s dispute tribunal, wrote", "In a
    second decision ..., another tribunal member, X, dismissed ...": one adjudicator of a tribunal, who writes the
    decision alone as a judge does (an "adjudicator" is one by name)."""
    if noun.lower_ == "adjudicator":
        return True
    return noun.lower_ == "member" and any(
        (c.dep_ == "compound" and c.lower_ in _SITTING_BODIES)
        or (c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in _SITTING_BODIES for o in c.children))
        for c in noun.children)


def _issued_by_a_body(noun: Token) -> bool:
    """(blind round 23) "The Federal Office of Banking Supervision (FOBS) said in a ruling released Wednesday", "the
    regulator said in its decision": a body's ruling, which it speaks through as a judge through her reasons (not a
    bench of justices, article 08)."""
    preposition = noun.head
    if preposition.dep_ != "prep" or preposition.head.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in preposition.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ in ("NN", "NNP") and (
        (subject.ent_type_ == "ORG" and subject.pos_ == "PROPN") or subject.lower_ in _RULING_BODIES
        or _panel_of_a_named_body(subject))


def finds_as_a_ruling_body(verb: Token) -> bool:
    """(blind round 73) 'a three-member panel of the <tribunal> found that the evidence was "at least as persuasive" as
    ...', "the judge found that ...": a ruling body's or an adjudicator's finding, a clause of its decision, whose quoted
    words are its own (what a study or the police "found" is no one's words)."""
    if verb.lower_ not in ("found", "finds") or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ in ("NN", "NNP") and (
        subject.lower_ in _RULING_BODIES or subject.lower_ in _JUDGES or _panel_of_a_named_body(subject)
        or _one_member_sitting(subject) or subject.lower_ == "panel"
        or any(c.dep_ == "compound" and c.lower_ in _JUDGES and c.i < subject.i for c in subject.children))


def _panel_of_a_named_body(subject: Token) -> bool:
    """(blind round 66) "In a decision released Wednesday, a three-member panel of the <commission> said": members of a
    named body sitting on one case, who rule for it, as the body itself would."""
    return subject.lower_ == "panel" and any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(o.dep_ == "pobj" and o.ent_type_ == "ORG" and o.pos_ == "PROPN"
                                                            for o in prep.children)
        for prep in subject.children)


# Bodies that rule, named by their noun: "the regulator said in its ruling"
_RULING_BODIES = frozenset({"regulator", "watchdog", "tribunal", "commission", "board", "authority", "agency",
                            # (blind round 45) "In a 5-4 decision released Friday, the court found that ...": a court
                            # named as one body speaks through its ruling (not "the justices", a bench: article 08)
                            "court"})


# A courtroom as the one told (blind round 52): "told the court", "told jurors", "told a Calgary courtroom".
_COURTROOMS = frozenset({"court", "courtroom", "jury", "jurors", "judge"})


def _a_lawyers_address_in_court(noun: Token) -> bool:
    """An opening or closing statement made to a court: "In his opening statement, X told jurors that ..." (a lawyer
    speaking in court, not a written statement; a senator's opening statement at a hearing stays a statement)."""
    if not _modifiers(noun) & {"opening", "closing"} or noun.head.dep_ != "prep":
        return False
    told = noun.head.head
    return told.lower_ in ("told", "tells", "tell") and any(c.dep_ in ("dobj", "dative") and c.lower_ in _COURTROOMS for c in told.children)


def _names_a_network(token: Token) -> bool:
    """"X", "Facebook", "TikTok" by name (capitalized: not "social media", nor "the truth")."""
    word = token.lower_.rstrip(".")
    return word in SOCIAL_NETWORKS and word not in ("media", "social") and token.text[:1].isupper()


# (blind round 96) what a party's notice filed in court is of: "notice of application", "notice of motion"
_COURT_NOTICE_OBJECTS = frozenset({"application", "motion", "appeal", "action"})


def court_notice(noun: Token) -> bool:
    """(blind round 96) "The notice of application, filed by the company's lawyer, argues that", "In a notice of motion,
    the city said": a paper filed in a case (a `report`, as a court filing and a statement of claim are), not a notice
    posted to customers (a `statement`)."""
    return noun.lower_ == "notice" and any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1
        and any(o.dep_ == "pobj" and o.lower_ in _COURT_NOTICE_OBJECTS for o in c.children) for c in noun.children)


# (blind round 98) what a "House of ..." is the house of when it is a legislature: "the House of Assembly" (Newfoundland and
# Labrador's, Nova Scotia's), "the House of Commons", "the House of Representatives", "the House of Lords", "the House of
# Keys" (not "the House of Blues", "a house of worship")
_HOUSES_OF = frozenset({"assembly", "commons", "representatives", "lords", "keys", "delegates", "councillors"})


def _house_of_an_assembly(noun: Token) -> bool:
    """"House" with "of" and a legislature's word after it: "the House of Assembly"."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1
        and any(o.dep_ == "pobj" and o.lower_ in _HOUSES_OF and o.text[:1].isupper() for o in c.children)
        for c in noun.children)


# (blind round 106) the shape of written words, no letter sent: "wrote in capital letters", "in block letters"
_LETTERFORMS = frozenset({"capital", "block", "bold", "big", "large", "small", "upper-case", "uppercase", "lower-case",
                          "lowercase", "red", "black", "giant", "huge", "tiny", "fine", "italic", "italics"})


def medium_kind(noun: Token, word: str | None = None, preposition: str = "") -> str | None:
    """The source kind a noun after "in"/"at"/"on"/"during" names, or None.

    `word` is the noun as read with its hyphens ("e-mail", "op-ed") when the tokenizer split it.
    """
    word = word or noun.lower_
    if word == "notice" and court_notice(noun):
        return "report"
    if word == "endorsement" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # (merging round 102) "in a halfhearted endorsement of X's qualifications": support given, no court's paper
    if preposition in ("during", "throughout") and word in _STANDING_NOTICES:
        return None
    if word in ("letters", "letter") and any(c.dep_ in ("amod", "compound") and c.lower_ in _LETTERFORMS
                                                               for c in noun.children):
        return None  # (blind round 106) '"SHE'S ALIVE," X wrote in capital letters': how it was written, no letter
    if (word not in CHANNEL_NOUNS and noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ in ("filing", "filings")
            and noun.doc[noun.i + 1].head.i == noun.i):
        return "report"  # (blind round 16) "In a court filing the same month", "filing" read as a participle on "court"
    if word not in CHANNEL_NOUNS and any(
            c.dep_ == "amod" and c.lower_ == "circular" and c.i > 0 and noun.doc[c.i - 1].lower_ in ("a", "an", "the", "its", "his", "her")
            and any(g.dep_ == "prep" and g.lower_ == "to" for g in c.children) for c in noun.children):
        return "letter"  # (blind round 19) "said in a circular to county health departments", "circular" parsed as an adjective
    if (word == "house" and noun.text == "House" and preposition == "in" and not _modifiers(noun)
            and not any(c.dep_ == "prep" for c in noun.children)):
        return "speech"  # (blind round 23 probe) "said in the House that": the Commons by its short name (not "the White House")
    if word == "house" and noun.text == "House" and preposition in ("in", "during") and _house_of_an_assembly(noun):
        # (blind round 98) "In the House of Assembly on Monday, the critic, X, said": a legislature by its full name is the
        # chamber spoken in (only the word scan after the verb had found "Commons", within ten words of it)
        return "speech"
    if word == "statement" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.lower_ in ("facts", "claim", "defence", "defense") for o in c.children) for c in noun.children):
        # (blind round 23) "In an agreed statement of facts filed at trial": a paper filed in the case; (blind round 76)
        # so are a party's pleadings, "In a statement of claim, her son alleges", "In a statement of defence filed ...,
        # the company says" (papers, as "according to the statement of claim" is)
        return "report"
    if word == "statement" and _a_lawyers_address_in_court(noun):
        return "speech"  # (blind round 52) "In his opening statement, the lawyer told jurors that ...": spoken in court
    if word == "bulletin" and noun.text == "bulletin" and preposition == "in" and any(
            c.dep_ in ("det", "poss") for c in noun.children):
        # (blind round 43) a forecaster's or an agency's written notice: "the River Forecast Centre said in a bulletin
        # Wednesday that", "in its latest bulletin" (in lower case only: "the Coast Bulletin" is a paper)
        return "statement"
    if word in ("order", "summary") and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return None  # (blind round 27) "in order to ...", "out of order": no order issued; (blind round 86) "In summary,"
    if word == "review" and preposition == "in" and noun.pos_ == "NOUN" and noun.text == "review" and any(
            c.dep_ in ("det", "poss") for c in noun.children):
        # (blind round 38) a critic's written review, or a body's: "wrote in his review that", "In its review, the board
        # said" (only here, with its article: "review" is no channel noun elsewhere, papers being named so, "the Ledger
        # Review")
        return "report"
    if word == "floor" and any(c.ent_type_ == "ORDINAL" or c.lower_ in ("ground", "top", "main", "upper", "lower", "same")
                               for c in noun.children if c.i < noun.i):
        # (blind round 70) "a unit on the 22nd floor", "on the ground floor": a storey of a building, not a chamber's floor
        return None
    if word == "plan" and preposition != "in":
        return None  # (blind round 30) "said in its three-year plan": the paper; not "her opponent's tax plan was ..."
    if word == "hall" and preposition == "at" and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return None  # (blind round 27) "At city hall, the mayor told reporters ...": the building, no meeting (as entities reads it)
    modifiers = _modifiers(noun)
    if preposition == "on" and word in _ON_AIR and (
            word == "show" or modifiers & _BROADCAST or any(c.dep_ == "poss" or c.pos_ == "PROPN" for c in noun.lefts)):
        return _ON_AIR[word]  # "on the show", "on his radio program", "on Beck's program" (not "on the data program")
    if word == "appearance" and any(c.lower_ == "on" and any(_names_something(o) and o.ent_type_ not in ("DATE", "TIME")
                                                             for o in c.children) for c in noun.children):
        # "during a recent appearance on Channel 4", "an appearance on WKVR's 'Morning Line'" (not (blind round 73) "At
        # the company's first appearance in provincial offences court ... on Tuesday": a day, no show)
        return "interview"
    if (word not in CHANNEL_NOUNS and _posted_on_a_network(noun.children)) or (word in _ON_A_NETWORK and _posted_on_a_network(
            list(noun.children) + [g for c in noun.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
                                 for g in o.children])):
        # "in a reply posted on social media", (blind round 19) "in a response posted on its official Facebook page";
        # (blind round 61) a message or video, a letter by itself, is a post when put on a network, the parser hanging
        # "posted" on the noun or on its addressees: "In a message to members posted on the union's Facebook page"
        return "social_media_post"
    if word not in CHANNEL_NOUNS and preposition == "in" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
            _names_a_network(o) for o in c.children) for c in noun.children):
        # (blind round 57) "saying in a reply on X that", "in a comment on Facebook": what is put on a network by name
        return "social_media_post"
    if word == "call":
        # "on a call with analysts" (a briefing), "on a call with reporters" (a press conference)
        with_whom = {o.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children}
        if noun.head.dep_ == "prep" and noun.head.lower_ in ("on", "during", "in"):
            # "told analysts on a conference call" (blind round 12): those told are the ones on the call
            # (blind round 110: or "told analysts in a call", as often written)
            with_whom |= {o.lower_ for o in noun.head.head.children if o.dep_ in ("dobj", "dative")}
        if with_whom & {"analysts", "investors", "shareholders"}:
            return "briefing"
        if with_whom & {"reporters", "journalists"}:
            return "press_conference"
    if word == "response" and modifiers & {"emailed", "e-mailed", "written", "prepared", "official", "formal"}:
        return "statement"  # "in an emailed response" (not "in response to a question")
    if word == "meeting" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return "speech"  # "at a meeting of the backbench committee", not "at a meeting with the minister"
    if word == "meeting" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children) and (
            modifiers & _PUBLIC_MEETINGS or any(c.dep_ == "poss" and (c.lower_ in ("its", "their") or c.ent_type_ == "DATE")
                                                for c in noun.lefts)
            or (preposition == "during" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children))):
        # (blind round 21) a public body's sitting: "told the county commission at its regular meeting Tuesday", "told
        # board members at Monday's meeting", "said during the meeting" (not "after the meeting", nor one "with" someone)
        return "speech"
    placed_on = _placed_on(noun)
    if word in _POSTED_ITEMS and _on_a_bodys_site(noun):
        # (blind round 58) "In a post on its website, the board said": the body's page, no network (a person's "post on
        # his campaign website" stays a post, as the dev set's gold has it)
        return "statement"
    if word in _POSTED_ITEMS and placed_on & SOCIAL_NETWORKS:
        return "social_media_post"  # (blind round 58) "In its latest update on X, the utility said" (not a bulletin)
    if word in _ON_A_NETWORK and modifiers & SOCIAL_NETWORKS:
        return "social_media_post"  # "in a Facebook message", "on his Twitter account", "on her Facebook page"
    by_modifier = _COMPOUND_CHANNELS.get(word)
    if by_modifier is not None:
        for modifier, kind in by_modifier.items():
            if modifier and modifier in modifiers:
                return kind
        return by_modifier.get("")
    if word in ("dinner", "breakfast", "lunch", "luncheon", "reception", "scrum") and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(o.lower_ in ("reporters", "journalists") for o in c.children)
            for c in noun.children):
        # "at a breakfast with reporters"; (blind round 104) "In a scrum with reporters after the debate, X said": those
        # spoken to (as "In a scrum ..., she told reporters", whose channel is the reporters told)
        return "reporters"
    if word in ("dinner", "breakfast", "lunch", "reception") and modifiers:
        return "speech"  # "at an industry dinner", "a prayer breakfast" (not "at dinner")
    if (word in _REASONS and not any(c.dep_ == "poss" for c in noun.children) and not _written_by_one_judge(noun)
            and not _issued_by_a_body(noun)):
        return None  # a judge's own reasons, "in her decision" (not "in a 6-3 ruling, the justices said": article 08)
    kind = CHANNEL_NOUNS.get(word) or _OCCASIONS.get(word)
    if word == "conference" and modifiers - {"press", "news", "media", "joint", "brief", "short", "hastily", "televised"} \
            and not modifiers & {"press", "news", "media"}:
        return "speech"  # "at a technology conference", "told the party conference": those gathered, not the press
    return kind


def _a_crowds_number(number: Token) -> bool:
    """"60", "about 150", "2,000" (20 or more), as the count of people told."""
    digits = number.text.replace(",", "")
    return digits.isdigit() and int(digits) >= 20


def _placed_on(noun: Token) -> set[str]:
    """The words of what a post or update is "on": "a post on its website" -> {"website"}."""
    return {o.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if o.dep_ == "pobj"}


def _on_a_bodys_site(noun: Token) -> bool:
    """"a post on its website", "an update on the website": a body's own site ("its", "their", "the")."""
    return any(o.lower_ in _OWN_SITES and any((c.dep_ == "poss" and c.lower_ in ("its", "their"))
                                              or (c.dep_ == "det" and c.lower_ == "the") for c in o.children)
               for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if o.dep_ == "pobj")


def audience_kind(noun: Token) -> str | None:
    """What telling this audience makes of the words: a speech (supporters, the crowd), testimony
    (lawmakers, the committee), an interview (an interviewer), or None."""
    word = noun.lower_
    if word == "board" and ("editorial" in _modifiers(noun) or any(is_outlet(c) for c in noun.lefts)):
        return "interview"  # "told the Ledger's editorial board": the paper's interview
    if word in _MORE_AUDIENCES and noun.pos_ == "PROPN" and word not in ("republicans", "democrats"):
        return None  # "told Teachers Weekly"
    if (word == "house" and noun.text == "House" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            and not any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in noun.children)):
        # (blind round 19) "told the House that ...", "told the House of Assembly": a chamber (not "the White House",
        # "the State House", "the House committee")
        return "speech"
    if word in ("thousands", "hundreds", "dozens"):
        # "told thousands of strikers": the people they are
        of = next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)
        return audience_kind(of) if of is not None else None
    if word in ("people", "residents", "students", "workers") and any(
            c.dep_ == "nummod" or (c.dep_ == "acl" and c.lower_ in ("gathered", "assembled", "attending")) for c in noun.children):
        return "speech"  # "told 2,000 people gathered at the university"
    if (noun.tag_ == "NNS" and word not in REPORTER_OBJECTS and word not in INTERVIEWERS and word not in HEARING_AUDIENCES
            and any(c.dep_ == "nummod" and _a_crowds_number(c) for c in noun.children)):
        # (blind round 104) "told about 60 drivers and mechanics in a loading bay that ...": a counted crowd of any
        # people is gathered to hear the speaker (a number of 20 or more, not "told two colleagues")
        return "speech"
    if word in CHAMBER_AUDIENCES and _members_of_a_hearing(noun):
        return "briefing"  # (blind round 28) "told MPs on the committee": the members sitting at the hearing
    if word in AUDIENCE_OBJECTS or word in CHAMBER_AUDIENCES or word in GATHERINGS or word in _MORE_AUDIENCES:
        return "speech"
    if word in HEARING_AUDIENCES or _commission_of_inquiry(noun):
        return "briefing"
    if word == "analysts" and noun.pos_ == "NOUN":
        return "briefing"  # (blind round 16) "told analysts that margins would recover": a company's briefing to them
    if word in INTERVIEWERS:
        return "interview"
    if _judge_by_title(noun):
        return "speech"  # (blind round 109) "told Justice X that ...": the bench, as "told the court" (a lawyer in court)
    return None


def _judge_by_title(noun: Token) -> bool:
    """(blind round 109) A name titled "Justice" or "Judge" ("Justice Marguerite Dufresne-Holt", "Judge Amos Reid"), the
    title capitalised among the name's compounds before it; not a minister's portfolio ("Justice Minister X")."""
    if noun.pos_ != "PROPN":
        return False
    before = [t for t in noun.subtree if t.i < noun.i]
    return (any(t.text in ("Justice", "Judge") and t.dep_ in ("compound", "nmod") for t in before)
            and not any(t.lower_ in ("minister", "department", "ministry", "critic", "committee") for t in noun.subtree))


def _commission_of_inquiry(noun: Token) -> bool:
    """(blind round 41) "told the commission that ...", the bare "the commission" of inquiry copy: testimony at its
    hearings (not "the county commission" or "the Okanee County Commission", a council that meets)."""
    return (noun.lower_ == "commission" and noun.pos_ == "NOUN" and noun.text == "commission"
            and [c.lower_ for c in noun.children if c.dep_ not in ("prep", "relcl", "acl", "punct")] == ["the"])


def _members_of_a_hearing(noun: Token) -> bool:
    """"MPs on the committee", "senators of the panel": members named by the hearing they sit on."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "of") and any(o.dep_ == "pobj" and o.lower_ in HEARING_AUDIENCES
                                                                      for o in c.children) for c in noun.children)


# ---- outlets and interviewers -----------------------------------------------------------------

# News organizations named without a word that says so ("told Politico", "said on CNN").
KNOWN_OUTLETS = frozenset({
    "cnn", "msnbc", "cnbc", "nbc", "abc", "cbs", "fox", "npr", "pbs", "bbc", "itv", "sky", "cbc", "reuters", "ap", "afp",
    "bloomberg", "politico", "axios", "buzzfeed", "vox", "vogue", "people", "time", "newsweek", "huffpost", "breitbart",
    "slate", "salon", "yahoo", "c-span", "tmz", "espn", "wsj", "usa today", "the atlantic", "atlantic", "the hill",
    "the intercept", "mashable", "forbes", "fortune", "the economist", "economist", "the new yorker", "rolling stone",
    "esquire", "gq", "al jazeera", "rt", "tass", "xinhua", "interfax", "ani", "pti", "ians", "dpa", "efe", "ansa",
    "kyodo", "yonhap", "univision", "telemundo", "vice news", "the daily beast", "daily beast", "mother jones",
    "the blaze", "newsmax", "oann", "semafor", "propublica",
    # (probe of Canadian copy, third round) Canada's outlets whose names say no kind
    "ctv", "citynews", "citytv", "cp24", "ctvnews.ca", "cbc.ca", "global news", "tva", "tva nouvelles", "la presse",
    "le devoir", "the tyee", "tyee", "the narwhal", "narwhal", "ipolitics", "maclean's", "macleans", "chch", "cpac", "aptn",
})
# Known outlets whose name also starts other names ("Time Warner", "People Power", "Sky Sports"... "AP Moller")
_COMMON_FIRST = frozenset({"time", "people", "sky", "ap", "atlantic", "economist", "fortune", "salon", "slate", "people"})
# Last words of an outlet's name: "the Pell City Courier", "Channel 9 News", "Harbor Radio".
OUTLET_WORDS = frozenset({
    "news", "times", "post", "journal", "radio", "tv", "television", "magazine", "herald", "tribune", "gazette",
    "courier", "ledger", "press", "daily", "network", "channel", "broadcasting", "insider", "wire", "chronicle",
    "observer", "guardian", "telegraph", "globe", "mirror", "express", "dispatch", "inquirer", "bulletin",
    "examiner", "monitor", "weekly", "newspaper", "podcast", "sentinel", "register", "tonight", "today", "hour",
    "report", "live", "online", "fm", "am",
    # papers of British and Commonwealth towns: "the Ashcombe Echo", "the Cape Argus", "the Evening Standard"
    "echo", "argus", "standard", "mail", "advertiser", "mercury", "clarion", "star", "recorder",
    # and of North American towns: "the Harrow Falls Beacon", "the Ottawa Citizen", "the Sacramento Bee" (blind round 15)
    "beacon", "citizen", "banner", "gleaner", "spectator", "record", "sun", "bee", "review",
    # and of Canadian ones: "the Interior Current", "the Times Colonist" (blind round 26)
    "current", "colonist",
    # (blind round 33) "told the Ottawa Courant"
    "courant",
})
# Papers' names whose last word alone, capitalised after "the", still names the paper in its own copy and its rivals'
# ("told the Star", "told The Globe", "told The Ledger"; blind round 23); not "Press" (the press are reporters), "News",
# "Radio" or "Report", which name other things alone
_PAPER_SHORT_NAMES = frozenset({
    "star", "globe", "ledger", "post", "sun", "herald", "gazette", "journal", "tribune", "times", "courier", "chronicle",
    "citizen", "telegraph", "guardian", "mirror", "examiner", "inquirer", "spectator",
    # (probes of Canadian copy, eighth round) "two nurses who spoke to the Sentinel", "told the Beacon"
    "sentinel", "beacon", "observer", "record", "dispatch",
    # (blind round 106) "told the Echo that ..." after "the Fenwick Valley Echo": a town paper's usual last words
    "echo", "argus", "clarion", "gleaner", "mercury", "advertiser", "courant",
})
# Who asks the questions for an outlet: "host Rita Vance", "a Politico reporter", "NPR correspondent X".
INTERVIEWER_NOUNS = frozenset({"host", "hosts", "moderator", "anchor", "anchorman", "anchorwoman", "correspondent",
                               "interviewer", "columnist", "presenter", "commentator", "reporter", "journalist",
                               "broadcaster", "talk-show"})
# Words that make the one told a broadcaster or a paper: "French television station BFMTV".
_MEDIA_WORDS = frozenset({"television", "tv", "radio", "station", "newspaper", "paper", "channel", "network", "website",
                          "broadcaster", "magazine", "daily", "weekly", "tabloid", "news"})
# "the Committee on Transportation": a body's name, not a show after "on".
_BODY_BEFORE_ON = frozenset({"committee", "subcommittee", "commission", "council", "caucus", "force", "board",
                             "panel", "conference", "summit", "forum", "report", "office", "department", "ministry",
                             "secretary", "minister", "bureau", "agency", "institute", "center", "centre", "court"})
# Capitalised words after "on" that name a time or place, not a show.
_NOT_SHOWS = frozenset({"capitol", "election", "super", "christmas", "easter", "thanksgiving", "memorial", "labor",
                        "veterans", "independence", "new", "air", "wall", "main", "twitter", "facebook"})
# Last words that make a name a broadcaster whatever the tagger says: "Galway Bay FM", "Harbour Radio".
_STATION_WORDS = frozenset({"fm", "am", "radio", "tv", "television"})
_CONNECTORS = frozenset({"the", "of", "with", "and", "a", "&"})  # "Meet the Press", "State of the Union"
_WEEKDAYS_AND_MONTHS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_OPENING_MARKS = {'"', "\u201c", "''", "``", "\u2018", "'"}
_CLOSING_MARKS = {'"', "\u201d", "''", "\u2019", "'"}
_PLACE_TYPES = ("DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "EVENT", "CARDINAL", "ORDINAL")


def _name_run(token: Token, programme: bool = True) -> list[Token]:
    """The capitalised words of the name a token ends or heads: "Pell City Courier", "Channel 9 News"."""
    doc, start, end = token.doc, token.i, token.i
    left = {t.i for t in token.subtree if t.i < token.i and t.dep_ in ("compound", "nmod", "nummod")}
    while start - 1 in left and (doc[start - 1].text[:1].isupper() or doc[start - 1].like_num):
        start -= 1  # "Channel 9 News", "Pell City Courier"
    while end + 1 < len(doc) and doc[end + 1].head.i == token.i and doc[end + 1].dep_ in ("flat", "compound", "appos", "nummod") \
            and (doc[end + 1].text[:1].isupper() or doc[end + 1].like_num):
        end += 1
    while end + 1 < len(doc) and token.ent_type_ and doc[end + 1].ent_iob_ == "I" and (
            doc[end + 1].text[:1].isupper() or (doc[end + 1].like_num and end + 2 < len(doc) and doc[end + 2].ent_iob_ == "I")):
        end += 1  # "told ABC Radio National" parsed as two objects: on to the end of the name the tagger saw (and over
        # a channel's number inside it: "told Atlantic 24 News", blind round 22 probe)
    if (end + 2 < len(doc) and doc[end + 1].lower_ in ("and", "&") and doc[end + 2].text[:1].isupper()
            and doc[end + 2].lower_ in OUTLET_WORDS and doc[end + 2].head.i in (token.i, end)):
        end += 2  # (blind round 23 probe) "told The Globe and Mail", "the Mail & Guardian": one paper's name
    # "BBC Radio 4's Today programme" (parsed as two objects): on to the programme
    if programme and end + 2 < len(doc) and doc[end + 1].lower_ in ("'s", "\u2019s"):
        for following in doc[end + 2 : end + 6]:
            if following.lower_ in _ON_AIR:
                return list(doc[start : following.i + 1])
            if not following.text[:1].isupper():
                break
    return list(doc[start : end + 1])


def is_outlet(token: Token) -> bool:
    """A news organization's name: a known outlet ("Politico", "the Atlantic") or a name ending in a
    word that makes it one ("the Pell City Courier", "Channel 9 News", "Harbor Radio")."""
    if _STATION_BRAND.fullmatch(token.text):
        return True  # (blind round 21) "11Alive", "13Now"
    if not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
        return False
    words = [t.lower_ for t in _name_run(token, programme=False)]
    name = " ".join(words)
    if name in KNOWN_OUTLETS or (words and words[0] in KNOWN_OUTLETS and words[0] not in _COMMON_FIRST and len(words) <= 3):
        return True  # "Politico", "Fox News", "CNN International", "Breitbart London" (whatever the tagger says)
    if len(words) >= 2 and words[0] in ("radio", "television", "channel", "tv") and token.ent_type_ not in ("GPE", "DATE"):
        return True  # "Radio Meridian", "Channel 4"
    if words == [token.lower_] and token.lower_ in _PAPER_SHORT_NAMES and _after_the(token):
        return True  # (blind round 23) "told the Star", "told The Ledger": a paper by the last word of its name alone
    # (a name after "the" is no person's, whatever the tagger says: "told the Harrow Falls Beacon"; blind round 15)
    return len(words) >= 2 and words[-1] in OUTLET_WORDS and token.ent_type_ not in ("GPE", "DATE") and (
        token.ent_type_ != "PERSON" or _after_the(token))


def _after_the(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _name_after(noun: Token) -> list[Token]:
    """The name the parser left outside an outlet's description: "told radio station 4TR on Tuesday" (its
    call sign read as a number; blind round 14): capitalised words right after it, none a subject."""
    doc, words = noun.doc, []
    while (len(words) < 4 and noun.i + len(words) + 1 < len(doc)
           and (word := doc[noun.i + len(words) + 1]).text[:1].isalnum()
           and (any(ch.isupper() for ch in word.text)
                # (blind round 20) a name's particle between capitalised words: "Het Parool van het Noorden"
                or (word.lower_ in _NAME_PARTICLES and word.i + 1 < len(doc)
                    and (doc[word.i - 1].text[:1].isupper() or doc[word.i - 1].lower_ in _NAME_PARTICLES) and doc[word.i + 1].text[:1].isupper()))
           and word.dep_ not in ("nsubj", "nsubjpass") and word.ent_type_ not in ("DATE", "TIME", "PERSON")):
        words.append(word)
    return words


def _name_set_off_after(noun: Token) -> list[Token]:
    """(blind round 63) An outlet's name set off by commas right after its description: "told the town's radio
    station, CKFL, that ..." (one to four capitalised words between the two commas, none a subject)."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    words = []
    for word in doc[noun.i + 2 : noun.i + 6]:
        if word.text == ",":
            return words
        if not word.text[:1].isupper() or word.dep_ in ("nsubj", "nsubjpass") or word.ent_type_ in ("DATE", "TIME", "PERSON"):
            return []
        words.append(word)
    return []


def _programme_named_after(noun: Token) -> list[Token]:
    """(blind round 58) A programme's name set right after it, which the tagger may take for a person's or a day and the
    parser for an apposition or an adverb: "told the radio program Morning Line that ..." (capitalised proper nouns
    right after the noun, up to the "that" or the comma that ends them; none a subject)."""
    if noun.lower_ not in _PROGRAMMES:
        return []
    doc, words = noun.doc, []
    for word in doc[noun.i + 1 : noun.i + 5]:
        if word.pos_ != "PROPN" or not word.text[:1].isupper() or word.dep_ in ("nsubj", "nsubjpass"):
            break
        words.append(word)
    after = doc[noun.i + len(words) + 1] if noun.i + len(words) + 1 < len(doc) else None
    if words and after is not None and (after.lower_ == "that" or after.is_punct):
        return words
    return []


_NAME_PARTICLES = frozenset({"van", "von", "het", "de", "der", "den", "des", "du", "la", "le", "di", "da", "dos", "del"})


def told_interview(obj: Token, is_person: Callable[[Token], bool]) -> list[Token] | None:
    """The outlet or interviewer words when telling `obj` is an interview, or None: "told Politico",
    "told CNN's Rita Vance", "told Rita Vance of CNN", "told host Rita Vance", "told a Politico
    reporter", "told me" (the writer: an interview with the reporter; an empty list)."""
    if obj.lower_ in ("me", "us") and obj.text != "US":
        return []
    for child in obj.children:
        if child.dep_ == "poss" and (is_outlet(child) or _station_call_sign_owning(child, obj)):
            # "CNN's Rita Vance", "BBC Radio 4's Today programme": the outlet and what of it was told
            return sorted((t for t in obj.subtree if t.dep_ != "det" and t.i <= obj.i), key=lambda t: t.i)
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "with", "at"):
            outlet = next((o for o in child.children if o.dep_ == "pobj" and is_outlet(o)), None)
            if outlet is not None:
                return _name_run(outlet)  # "Rita Vance of CNN"
    modifiers = [c for c in obj.lefts if c.dep_ in ("compound", "amod", "nmod")]
    if obj.lower_ in ("website", "paper", "network", "newspaper", "site") and obj.pos_ == "NOUN":
        # "told the website", "told the paper" (kept out of lexicon.MEDIA_OBJECTS: common words that
        # would make pipeline.needs_parse parse every paragraph naming them)
        return sorted((t for t in obj.subtree if t.dep_ != "det" and t.i <= obj.i), key=lambda t: t.i)
    named = _paper_named_after(obj)
    if named:
        # (blind round 61) "told the English-language weekly Gaspé Spec that": the paper's kind told, its name (tagged
        # a person's) set after it
        return sorted((t for t in obj.subtree if t.dep_ != "det" and t.i <= obj.i), key=lambda t: t.i) + named
    if any(m.lower_ in _MEDIA_WORDS for m in modifiers) or _media_word_on_a_modifier(modifiers) or (
            modifiers and obj.lower_ in ("agency", "service") and any(is_outlet(m) for m in modifiers)):
        # "French television station BFMTV", "the Reuters news agency"
        return sorted((t for t in obj.subtree if t.dep_ != "det" and t.i <= obj.i), key=lambda t: t.i) + (
            _name_after(obj) or _programme_named_after(obj) or _name_set_off_after(obj))
    if obj.lower_ in INTERVIEWER_NOUNS or any(m.lower_ in INTERVIEWER_NOUNS for m in modifiers):
        if obj.lower_ in ("reporter", "journalist") and not modifiers:
            return None  # "told a reporter": reporters, not an outlet's interview
        outlet = next((m for m in modifiers if is_outlet(m)), None)
        if outlet is not None:
            return _name_run(outlet)  # "a Politico reporter"
        return [t for t in obj.subtree if t.dep_ != "det" and t.i <= obj.i]  # "host Rita Vance", "moderator Ann Lee"
    if is_outlet(obj) and any(w in KNOWN_OUTLETS for w in (" ".join(t.lower_ for t in _name_run(obj, False)),
                                                            _name_run(obj, False)[0].lower_)):
        return _name_run(obj)  # "told Politico", "telling Breitbart London", whatever the tagger took it for
    if is_outlet(obj) and (not is_person(obj) or _after_the(obj)):
        return _name_run(obj)
    if _named_as_a_programme(obj):
        return _name_run(obj)
    if _programme_on_a_station(obj, is_person):
        return _name_run(obj)
    if (_CALL_SIGN_OR_AGENCY.fullmatch(obj.text) and obj.ent_type_ in ("", "CARDINAL", "ORG")
            and (obj.pos_ in ("PROPN", "NOUN") or (obj.pos_ == "NUM" and obj.text[0].isdigit()))
            and not any(c.dep_ in ("det", "poss", "compound") for c in obj.children)
            and (any(c.dep_ == "ccomp" and c.i > obj.i for c in obj.head.children) or _CANADIAN_CALL_SIGN.fullmatch(obj.text))):
        # "told AAP the union would ...", "told 3AW that ...": a news agency's initials or a station's call sign the
        # tagger saw no name in, then what was told (blind round 14 probe)
        return [obj]
    if _STATION_BRAND.fullmatch(obj.text) and not any(c.dep_ in ("det", "poss") for c in obj.children):
        return [obj]  # (blind round 21) "told 11Alive", "she told 13Now after the meeting": a US station's brand
    dial = next((c for c in obj.children if c.dep_ == "nummod" and c.i == obj.i + 1 and _AM_DIAL.fullmatch(c.text)), None)
    if dial is None and obj.i + 1 < len(obj.doc) and obj.doc[obj.i + 1].head.i in (obj.i, obj.head.i) \
            and _AM_DIAL.fullmatch(obj.doc[obj.i + 1].text):
        dial = obj.doc[obj.i + 1]  # (blind round 49) "told Sportsnet 590 The Fan": the number parsed as what was told
    if (dial is not None and obj.pos_ == "PROPN" and obj.text[:1].isupper() and obj.ent_type_ != "PERSON"
            and not is_person(obj) and not any(c.dep_ in ("det", "poss") for c in obj.children)):
        # (blind round 24) "told Sportsline 590 that ...", "told Metro 1150": a radio station named with its place on
        # the AM dial, as Canadian sports and talk radio brands itself (the tagger calls it a product)
        return [obj, dial] + _station_nickname_after(dial)
    return None


def _station_call_sign_owning(owner: Token, obj: Token) -> bool:
    """(blind round 107) "told CKLG's The Morning Shift that ...": a Canadian station's call letters in the possessive before
    a capitalised name told are that station's, the name its programme's (or its host's), whatever the tagger took the
    letters for (a person here) or the programme's name for (a work of art, no body of the article)."""
    doc = owner.doc
    return (_CANADIAN_CALL_SIGN.fullmatch(owner.text) is not None and owner.i + 1 < len(doc)
            and doc[owner.i + 1].lower_ in ("'s", "\u2019s") and obj.pos_ == "PROPN" and obj.text[:1].isupper())


def _posted_on_a_network(tokens) -> bool:
    """Whether one of `tokens` is "posted" (or "published", "shared", "tweeted") "on" a network or a network's page."""
    return any(c.dep_ == "acl" and c.lower_ in ("posted", "published", "shared", "tweeted")
               and any(p.lower_ == "on" and any(o.lower_ in SOCIAL_NETWORKS or (o.lower_ in _ON_A_NETWORK and _modifiers(o) & SOCIAL_NETWORKS)
                                                for o in p.children) for p in c.children)
               for c in tokens)


def _paper_named_after(noun: Token) -> list[Token]:
    """(blind round 61) The name set right after a paper's or a broadcaster's kind, which the tagger may take for a
    person's and the parser hang as an apposition: "the weekly Gaspé Spec", "the daily La Vigie" (capitalised proper
    nouns and a name's particles up to the "that" or the comma that ends them; none a subject)."""
    if noun.lower_ not in _MEDIA_WORDS or noun.lower_ == "news" or noun.pos_ != "NOUN" or not noun.is_lower:
        return []
    doc, words = noun.doc, []
    for word in doc[noun.i + 1 : noun.i + 6]:
        if word.pos_ == "PROPN" and word.text[:1].isupper() and word.dep_ not in ("nsubj", "nsubjpass"):
            words.append(word)
        elif not words and word.text == "The" and word.i + 1 < len(doc) and doc[word.i + 1].pos_ == "PROPN":
            words.append(word)  # "the weekly The Harbour Star": a paper's name with its own article
        elif words and word.lower_ in _NAME_PARTICLES and word.i + 1 < len(doc) and doc[word.i + 1].text[:1].isupper():
            words.append(word)
        else:
            break
    while words and (words[-1].lower_ in _NAME_PARTICLES or words[-1].text == "The"):
        words.pop()
    if not words or not any(w.dep_ in ("appos", "compound") or w.head.i == noun.i for w in words):
        return []
    return words


def _media_word_on_a_modifier(modifiers: list[Token]) -> bool:
    """(blind round 61) "told the French-language daily La Vigie that ...": the parser hangs the media word on the
    hyphenated language before it ("daily" an adverb of "language"), not on the name; it still makes the one told a
    paper (the tagger took "La Vigie" for a person)."""
    return any(child.lower_ in _MEDIA_WORDS and child.is_lower and child.i > modifier.i
               for modifier in modifiers for child in modifier.children)


def _named_as_a_programme(obj: Token) -> bool:
    """(blind round 47) "told Tideline, the afternoon program on Coastal Radio", "told Ground Floor, the Ledger's
    podcast": a name the apposition calls a programme is one, whatever the tagger took it for (a person here)."""
    return obj.pos_ == "PROPN" and obj.text[:1].isupper() and any(
        child.dep_ == "appos" and child.lower_ in _PROGRAMMES and child.i > obj.i for child in obj.children)


def _programme_on_a_station(obj: Token, is_person: Callable[[Token], bool]) -> bool:
    """(blind round 102) "told The Morning Line on CKRV Radio that ...": a name told that is "on" a station is a programme
    of that station, whatever the tagger took the name for (a work of art here, so no body of the article); the words were
    an interview with the programme, not one "on CKRV Radio" of no programme. The "on" hangs on the name or, right after
    it, on "told". Not a person's name ("told Jane Roe on CKRV Radio" is its host, whom the host rules read)."""
    if obj.pos_ != "PROPN" or not obj.text[:1].isupper() or obj.ent_type_ in ("PERSON", "GPE", "DATE", "TIME") or is_person(obj):
        return False
    doc = obj.doc
    after = obj.right_edge.i + 1
    ons = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > obj.i]
    if after < len(doc) and doc[after].lower_ == "on" and doc[after].head.i == obj.head.i:
        ons.append(doc[after])
    return any(o.dep_ == "pobj" and is_outlet(o) and o.lower_ in _STATION_WORDS for on in ons for o in on.children)


def _station_nickname_after(dial: Token) -> list[Token]:
    """(blind round 49) "Sportsnet 590 The Fan": the nickname a station's brand goes on with after its dial, "The" and
    capitalised words."""
    doc, words = dial.doc, []
    index = dial.i + 1
    if index + 1 < len(doc) and doc[index].text == "The" and doc[index + 1].text[:1].isupper() and doc[index + 1].is_alpha:
        words = [doc[index], doc[index + 1]]
    return words


# a place on the AM dial (530-1710 kHz), which a talk or sports station's brand ends with
_AM_DIAL = re.compile(r"(?:5[3-9]|[6-9][0-9])0|1[0-7][0-9]0")


_CALL_SIGN_OR_AGENCY = re.compile(r"[0-9][A-Z]{2,3}|[A-Z]{3,4}")
# (probes of Canadian copy, fourth round) a Canadian station's call letters, told with nothing after them: '"...," the
# mayor told CFRA.', "told CJAD on Monday" (bodies' initials of that shape are rarely who one tells: CFIA, CHRC)
_CANADIAN_CALL_SIGN = re.compile(r"C[FHIJK][A-Z]{2}")
# US local stations known by their channel number and a word, written as one ("11Alive", "13Now", "9NEWS", "7News")
_STATION_BRAND = re.compile(r"[0-9]{1,2}(?:[A-Z][a-z]{2,}|NEWS)")


_EPISODE_NOUNS = frozenset({"episode", "edition", "instalment", "installment"})
_EPISODE_WORDS = frozenset({"the", "a", "an", "this", "last", "latest", "newest", "recent", "most", "new", "first", "final",
                            "week", "'s", "\u2019s", "special"})


def _after_episode_of(preposition: Token) -> int:
    """(blind round 100) "On the latest episode of the Rent Check podcast, X said": the programme is named after "episode
    of" (an edition or instalment of it, a day or week before it: "this week's episode of"); where its name starts, or
    the word after "on" when there is no episode."""
    doc, index = preposition.doc, preposition.i + 1
    while index < len(doc) and index - preposition.i <= 5 and (
            doc[index].lower_ in _EPISODE_WORDS or doc[index].ent_type_ == "DATE"):
        index += 1
    if (index + 1 < len(doc) and index > preposition.i + 1 and doc[index].lower_ in _EPISODE_NOUNS
            and doc[index + 1].lower_ == "of"):
        return index + 2
    return preposition.i + 1


def show_name(preposition: Token, inside: Collection[int] = ()) -> list[Token] | None:
    """The words of a programme's name after "on": 'on Fox News Sunday', 'on Meet the Voters',
    'on "Capitol Hour"', "on WRBN's 'Capitol Hour'", 'on CNN'; None for dates, places, networks of
    posts and bodies named "X on Y" ("told the Committee on Transportation")."""
    doc = preposition.doc
    if preposition.i > 0 and doc[preposition.i - 1].lower_ in _BODY_BEFORE_ON:
        return None
    index, words = _after_episode_of(preposition), []
    # an outlet's possessive first: "ABC's", "WRBN's"
    if index + 1 < len(doc) and doc[index + 1].lower_ in ("'s", "\u2019s") and doc[index].text[:1].isupper():
        words += [doc[index], doc[index + 1]]
        index += 2
    if index < len(doc) and doc[index].text in _OPENING_MARKS:
        # a title in marks: every word up to the closing mark, capitalised first
        end = index + 1
        while end < len(doc) and doc[end].text not in _CLOSING_MARKS and end - index < 12:
            end += 1
        title = list(doc[index + 1 : end])
        while title and title[-1].is_punct:
            title.pop()  # 'on "This Week."'
        if not title or end >= len(doc) or not title[0].text[:1].isupper() or any(t.i in inside for t in title):
            return None
        return words + title
    if not words and index < len(doc) and doc[index].lower_ == "the":
        # (blind round 16) "said on the Money Matters podcast", "on the Autos Unplugged podcast": a programme's
        # name between "the" and the word for a programme, whatever the tagger makes of its words
        end = index + 1
        while end < len(doc) and end - index <= 5 and doc[end].i not in inside and doc[end].text[:1].isupper():
            end += 1
        if end > index + 1 and end < len(doc) and doc[end].i not in inside and doc[end].lower_ in _PROGRAMMES:
            return list(doc[index + 1 : end + 1])
    run = []
    while index < len(doc) and len(run) < 8:
        token = doc[index]
        if token.i in inside:
            break
        if token.text[:1].isupper() or (run and token.like_num):
            run.append(token)
        elif run and token.lower_ in _CONNECTORS and index + 1 < len(doc) and doc[index + 1].text[:1].isupper():
            run.append(token)
        else:
            break
        index += 1
    if run and index + 2 < len(doc) and doc[index].lower_ in ("'s", "\u2019s") and doc[index + 1].text[:1].isupper():
        # "on Radio Norvania's Morning Edition": the outlet, then its programme
        words, run = words + run + [doc[index]], []
        index += 1
        while index < len(doc) and len(run) < 8 and doc[index].i not in inside and (
                doc[index].text[:1].isupper() or (doc[index].lower_ in _CONNECTORS and index + 1 < len(doc)
                                                  and doc[index + 1].text[:1].isupper())):
            run.append(doc[index])
            index += 1
        return words + run
    if not run:
        return None
    lowered = [t.lower_.rstrip(".") for t in run]
    # "on Tuesday", "on Capitol Hill", "on Twitter", "on Christmas Eve" (but "on Fox News Sunday")
    # ("on Galway Bay FM": a station named after its place, which the tagger calls a place or facility)
    station = len(run) >= 2 and lowered[-1] in _STATION_WORDS
    if (lowered[0] in _NOT_SHOWS or lowered[0] in SOCIAL_NETWORKS or lowered[0] in _WEEKDAYS_AND_MONTHS
            or (run[0].ent_type_ in _PLACE_TYPES and not station) or all(t.ent_type_ in ("DATE", "TIME") for t in run)):
        return None
    first = run[0]
    if first.pos_ != "PROPN" and len([t for t in run if t.text[:1].isupper()]) < 2 and not words:
        return None  # one capitalised common word ("on Education") is no show
    if len(run) == 1 and not words and not is_outlet(first) and first.ent_type_ not in ("ORG", "WORK_OF_ART", "PRODUCT"):
        return None  # "said on Tuesday" aside, one bare name needs to be an outlet ("on CNN") or a titled work
    return words + run


def hyphenated(token: Token) -> str:
    """The lower-case word a token ends, hyphens included: "e-mail", "op-ed" (tokenized apart)."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    return doc[start : token.i + 1].text.lower()


# Verbs whose object can be the channel itself: "wrote an op-ed", "gave a speech", "posted a video",
# "issued a statement", "gave an interview to the Ledger".
_MAKING_FORMS: dict[str, str] = {
    form: lemma for lemma, forms in {
        "give": "give gives gave given giving", "deliver": "deliver delivers delivered delivering",
        "hold": "hold holds held holding", "write": "write writes wrote written writing", "pen": "pen pens penned penning",
        "post": "post posts posted posting", "publish": "publish publishes published publishing",
        "issue": "issue issues issued issuing", "release": "release releases released releasing",
        "send": "send sends sent sending", "grant": "grant grants granted granting", "tweet": "tweet tweets tweeted tweeting",
        "share": "share shares shared sharing", "upload": "upload uploads uploaded uploading",
        "record": "record records recorded recording", "air": "air airs aired airing", "author": "author authored",
        "make": "make makes made making",
        "read": "read reads reading",  # "read a victim impact statement" (blind round 11)
    }.items() for form in forms.split()
}
_MADE_ON_ITS_OWN = frozenset({"speech", "address", "remarks", "statement", "interview", "op-ed", "letter", "post",
                              "tweet", "video", "essay", "column", "memo", "note", "email", "e-mail", "message",
                              "sermon", "lecture", "eulogy", "keynote", "editorial", "announcement", "briefing",
                              "conference", "posts", "tweets", "newsletter", "testimony", "blog"})


def channel_object(verb: Token, inside: Collection[int] = ()) -> tuple[str, list[Token]] | None:
    """(kind, words) when the verb's object is the channel: "wrote an op-ed for the Ledger",
    "gave a speech", "posted a video on Facebook", "gave an interview to Radio Meridian"."""
    lemma = _MAKING_FORMS.get(verb.lower_)
    if lemma is None:
        return None
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i in inside:
            continue
        word = hyphenated(obj)
        if word not in _MADE_ON_ITS_OWN:
            continue  # "made a point", "gave an example"
        if lemma == "make" and word not in ("speech", "remarks", "statement", "announcement", "video", "post"):
            continue
        if lemma == "read" and word not in ("statement", "letter", "speech", "eulogy", "remarks", "note", "message", "essay"):
            continue  # (not "read the report", "read the post": someone else's words)
        if word == "message" and lemma not in ("send", "post", "write", "record"):
            continue  # "delivered a forceful message about the economy": what a speech said, not a letter
        kind = medium_kind(obj, word)
        if kind is None:
            continue
        tokens = [t for t in obj.lefts if t.dep_ not in ("det", "poss") and t.i not in inside for t in [t]]
        tokens = [t2 for t in tokens for t2 in t.subtree if t2.i not in inside] + [obj]
        for child in obj.rights:
            if child.dep_ == "prep" and child.lower_ in ("for", "on", "to", "in", "with") and not any(t.i in inside for t in child.subtree):
                tokens += list(child.subtree)
                break
        tokens.sort(key=lambda t: t.i)
        run = _run_around(obj, tokens)
        while len(run) > 1 and run[-1].is_punct:
            run.pop()
        return kind, run
    return None


def fronted_channel(sentence, inside: Collection[int] = ()) -> tuple[str, list[Token]] | None:
    """(kind, words) for a channel phrase opening the sentence, whatever the parser hung it on: "In a
    Fox interview later that day, X went further: ...", "At a rally in Ames, X said ...", 'On
    "Capitol Hour," X said ...'. Only the first few words: a phrase further on belongs to its clause."""
    words = [t for t in sentence if not (t.is_punct or t.is_space)][:3]
    for token in words:
        if token.i in inside:
            return None
        if token.lower_ not in ("in", "at", "during", "on", "speaking", "appearing", "writing"):
            if token.pos_ in ("CCONJ", "ADV") or token.lower_ in ("later", "earlier", "then", "and", "but"):
                continue
            if (token.lower_ == "under" and token.i + 1 < len(token.doc) and token.i + 1 not in inside
                    and token.doc[token.i + 1].lower_ == "questioning"):
                # (blind round 70) "Under questioning from the tenants' lawyer, X agreed that ...": a witness's answers
                # at a hearing, filed as testimony (round 65's gold). Not "Under cross-examination", which the folder's
                # trials file as words in court, or as none
                return "briefing", list(token.doc[token.i : token.i + 2])
            return None
        if token.lower_ in ("speaking", "appearing", "writing"):
            continue  # "Speaking at a rally", "Appearing on Capitol Hour": the preposition comes next
        if token.lower_ == "in" and token.i > 0 and token.doc[token.i - 1].lower_ == "writing":
            # (blind round 13 probe) "Writing in The Sunday Chronicle, X said": a piece in that paper, as "wrote in"
            paper = next((c for c in token.children if c.dep_ == "pobj"), None)
            if paper is not None and paper.i not in inside and is_outlet(paper):
                return "letter", [token] + _name_run(paper, programme=False)
        if token.lower_ == "on":
            show = show_name(token, inside)
            if show:
                return "interview", [token] + show
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if obj is None or obj.i in inside:
            return None
        if obj.lower_ in ("series", "string", "pair", "couple", "flurry", "number"):
            obj = next((o for of in obj.children if of.lower_ == "of" for o in of.children if o.dep_ == "pobj"), obj)
        kind = medium_kind(obj, hyphenated(obj), token.lower_)
        if kind is None:
            return None
        tokens = sorted((t for t in obj.subtree if t.i not in inside and t.dep_ != "det"), key=lambda t: t.i)
        run = _run_around(obj, tokens, stop_at_punct=True)
        while len(run) > 1 and run[-1].pos_ in ("ADP", "SCONJ", "CCONJ", "PART", "DET", "PRON"):
            run.pop()  # "In a statement for this story": not "statement for"
        return kind, [token] + run
    return None


# Channels that are an occasion several people speak at: a reply there is made there too.
OCCASION_KINDS = frozenset({"speech", "briefing", "press_conference", "interview"})
# Words that can name an occasion: a cheap test before reading a sentence for one.
OCCASION_WORDS = frozenset(
    [word for word, kind in CHANNEL_NOUNS.items() if kind in OCCASION_KINDS]
    + [word for word, kind in _OCCASIONS.items() if kind in OCCASION_KINDS]
    + ["meeting", "call", "dinner", "breakfast", "lunch", "reception", "appearance", "stop", "discussion"]
)
# '"...," Vreeland replied.': an answer in the exchange just quoted.
REPLY_FORMS = frozenset({"replied", "responded", "retorted", "countered", "answered", "interjected", "shot"})


def occasion_without_speaker(sentence, inside: Collection[int] = ()) -> tuple[str, list[Token]] | None:
    """(kind, words) for an occasion set in a sentence where no one speaks: "The sharpest exchange came
    during Thursday's debate.", "The hearing opened at a town hall meeting ..." (a person or a pronoun
    in the sentence makes it theirs, which attribution's scene rule decides)."""
    if any(t.ent_type_ == "PERSON" or t.pos_ == "PRON" and t.lower_ not in ("it", "its", "which", "that") for t in sentence):
        return None
    for token in sentence:
        if token.i in inside or token.dep_ != "prep" or token.lower_ not in ("at", "during"):
            continue
        if token.head.dep_ != "ROOT" or token.head.pos_ not in ("VERB", "AUX"):
            continue  # "Voters at a town hall meeting were unconvinced": the people there, not what was said
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if obj is None or obj.i in inside:
            continue
        kind = medium_kind(obj, hyphenated(obj), token.lower_)
        if kind in ("speech", "briefing", "press_conference"):
            tokens = sorted((t for t in obj.subtree if t.i not in inside and t.dep_ not in ("det", "poss", "case")), key=lambda t: t.i)
            run = _run_around(obj, tokens, stop_at_punct=True)
            return kind, [token] + run
    return None


_QUESTIONED = frozenset({"asked", "pressed", "questioned", "quizzed"})
# Channels that are written: words said somewhere of their own, or in answer to a question, are not from them.
WRITTEN_KINDS = frozenset({"social_media_post", "letter", "statement", "report", "readout", "other"})


_AFTERWARDS = frozenset({"later", "afterwards", "afterward", "subsequently"})


def _after_an_event(child: Token) -> str:
    if child.dep_ == "advmod" and child.lower_ in _AFTERWARDS:
        return "later"
    if child.dep_ == "prep" and child.lower_ in ("after", "following") and any(
            o.dep_ == "pobj" and o.pos_ == "NOUN" and not o.ent_type_ for o in child.children):
        return "event"
    return ""


def placed_after(verb: Token, inside: Collection[int] = ()) -> str:
    """"After the vote, Kearns said ...", "Speaking after the meeting, Geraghty said" ("event"), "Kearns
    later said" ("later"), or "": words placed after an event were not said in a document written
    before it nor at the occasion just reported, so no earlier channel carries onto them; "later"
    alone ends only a written channel (the dev set's "Later, Whitmore said" is still to reporters).
    A date is no event ("after Monday" may still be the statement's day)."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i]
    found = {_after_an_event(child) for holder in holders for child in holder.children if child.i not in inside}
    return "event" if "event" in found else "later" if "later" in found else ""


def sets_own_scene(verb: Token, inside: Collection[int] = ()) -> bool:
    """Whether the reporting verb's clause sets a scene of its own, so that an earlier channel of the
    speaker does not carry over: a place ("said in Pell City", "said at the airport") or a question
    put to the speaker ("Asked about the race, Okafor said ...")."""
    for child in verb.children:
        if child.i in inside:
            continue
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "outside", "from"):
            if any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC") for o in child.children):
                return True
        if child.dep_ in ("advcl", "ccomp") and child.lower_ in _QUESTIONED | _REACHED and child.i < verb.i:
            return True
    sentence = verb.sent
    first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    return first is not None and first.i not in inside and first.lower_ in _QUESTIONED | _REACHED and first.i < verb.i


# (blind round 94) the reporter getting hold of the speaker afresh: "Reached by phone Tuesday, X said ...", "Contacted
# Friday, the company said ...": a talk of its own, not the letter or statement the speaker was quoted through before
_REACHED = frozenset({"reached", "contacted"})


def channel_after_verb(verb: Token, inside: Collection[int] = ()) -> tuple[str, list[Token]] | None:
    """(kind, words) for "in a/an <medium>" or "at/during a <occasion>" read off the words around the
    reporting verb, when the parse lost them: 'said Senate Whip Dick Durbin (D-Ill.) in an
    interview', 'said in a statement provided to the Ledger', '"...," at the convention, Ruiz said'.
    Only the verb's own stretch: no other verb, quote or clause comes between."""
    doc = verb.doc
    sentence = verb.sent  # (once: token.sent searches the doc for the sentence's edges on every call)
    # '"...," at the convention, he said': the words between the quote and the verb come first
    start = verb.i
    while start > sentence.start and start - 1 not in inside and verb.i - start < 10:
        start -= 1
    if start < verb.i and (start - 1 in inside or start == sentence.start):
        before = _occasion_in(doc, start, verb.i, inside)
        if before is not None:
            return before
    return _occasion_in(doc, verb.i + 1, min(len(doc), verb.i + 16, sentence.end), inside)


def _occasion_in(doc, index: int, end: int, inside: Collection[int]) -> tuple[str, list[Token]] | None:
    """The first "in/at/during a <channel noun>" among doc[index:end], stopping at a clause or quote."""
    while index < end:
        token = doc[index]
        if token.i in inside or token.text in (";", ":") or token.lower_ in ("that", "who", "which", "when", "after",
                                                                                "before", "because", "while", "as"):
            return None
        if token.pos_ in ("VERB", "AUX"):
            return None
        if token.lower_ in ("in", "at", "during"):
            for following in doc[index + 1 : min(end, index + 5)]:
                if following.i in inside or following.is_punct and following.text != "-":
                    break
                if following.pos_ == "SCONJ" or following.dep_ == "mark":
                    break  # (blind round 54) "said in response that every note is checked": the clause's noun, no channel
                if following.pos_ in ("NOUN", "PROPN"):
                    kind = medium_kind(following, hyphenated(following), token.lower_)
                    if kind is not None and (following.i + 1 >= len(doc) or doc[following.i + 1].pos_ not in ("NOUN", "PROPN")):
                        words = [t for t in doc[index + 1 : following.i + 1] if t.dep_ != "det"]
                        return kind, [token] + words
            return None
        index += 1
    return None


def interviewed_channel(verb: Token, inside: Collection[int] = ()) -> list[Token] | None:
    """The words when the verb's clause says the speaker was being interviewed: "while being
    interviewed on Fox and Friends", "interviewed by Radio Meridian" (the show or outlet when named)."""
    for child in verb.children:
        if child.i in inside or child.dep_ not in ("advcl", "acl", "conj") or child.lower_ != "interviewed":
            continue
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ == "on":
                show = show_name(prep, inside)
                if show:
                    return [child, prep] + show
            if prep.dep_ == "agent":
                outlet = next((o for o in prep.children if o.dep_ == "pobj" and is_outlet(o)), None)
                if outlet is not None:
                    return [child, prep] + _name_run(outlet)
        return [child]
    return None


# (blind round 63) what a columnist or feature writer did to get a speaker's words: "when I reached her by phone",
# "when I put that to him", "when I sat down with him", "when I read her the line from the report"
_EXCHANGE_FORMS = frozenset({"reached", "asked", "put", "read", "sat", "spoke", "talked", "called", "phoned", "interviewed",
                             "met", "caught", "visited", "emailed", "interrupted", "showed", "pressed"})
_WRITER_PRONOUNS = frozenset({"i", "we"})


def writer_exchange(verb: Token, inside: Collection[int] = ()) -> list[Token] | None:
    """(blind round 63) The words when the speaker said it as the writer talked to them, a "when"-clause with the
    writer for subject on the verb (or on its subject, where the parser hangs it in "Lacasse, when I put that to him,
    said"): an interview with the writer's outlet, as "told me" is; None otherwise."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for clause in [*verb.children, *(subject.children if subject is not None else ())]:
        if clause.i in inside or clause.dep_ not in ("advcl", "relcl") or clause.lower_ not in _EXCHANGE_FORMS:
            continue
        if not any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i for c in clause.children):
            continue
        if any(c.dep_ == "nsubj" and c.lower_ in _WRITER_PRONOUNS for c in clause.children):
            return sorted((t for t in clause.subtree if t.i not in inside), key=lambda t: t.i)
    return None


_ANSWERING = frozenset({"answering", "responding", "replying", "fielding"})


_TOPIC_WORDS = frozenset({"about", "regarding", "concerning"})


def _inside_a_clause_under(token: Token, top: Token) -> bool:
    """Whether a clause of its own (a verb's complement, adverbial or relative clause) stands between the token and
    `top` above it."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp") and node.pos_ in ("VERB", "AUX"):
            return True
        node = node.head
    return False


def answering_occasion(participle: Token, inside: Collection[int] = ()) -> tuple[str, list[Token]] | None:
    """(kind, words) for the occasion a question was answered at: "said answering a question at a town
    hall", "Responding to the criticism in the ITV interview, X said" (the parser hangs the occasion
    on the question; any of the participle's phrases will do)."""
    # (blind round 80) "Asked about the insurers' concerns at the news conference, she said ...": the question put there,
    # so answered there; only a spoken occasion ("Asked about the findings in the report" names the topic's paper)
    # ("Asked by reporters in parliament": who asked names the channel, read elsewhere)
    asked = participle.lower_ in _QUESTIONED and participle.tag_ == "VBN"
    if participle.lower_ not in _ANSWERING and not asked or asked and any(c.dep_ == "agent" for c in participle.children):
        return None
    for token in itertools.islice(participle.subtree, 40):
        if token.i in inside or token.dep_ != "prep" or token.lower_ not in ("in", "at", "during", "on") or (
                # (merging blind round 80) not inside the clause asked about: "Asked whether D.C. should have a vote in
                # the House" names no occasion of the answer
                asked and _inside_a_clause_under(token, participle)):
            continue
        obj = next((c for c in token.children if c.dep_ == "pobj" and c.i not in inside), None)
        if obj is None:
            continue
        kind = medium_kind(obj, hyphenated(obj), token.lower_)
        if kind is not None and not (asked and kind not in OCCASION_KINDS):
            # (merging blind round 80) the occasion without the topic asked about or a clause hung on it ("a briefing
            # Monday about Suu Kyi's future role": "briefing Monday"; "the event that ...": "event")
            topic = {t.i for c in obj.children if (c.dep_ == "prep" and c.lower_ in _TOPIC_WORDS) or (
                c.dep_ in ("relcl", "acl") and any(g.dep_ in ("mark", "nsubj") for g in c.children)) for t in c.subtree}
            words = sorted((t for t in obj.subtree if t.i not in inside and t.i not in topic
                            and not (t.dep_ == "det" and t.head.i == obj.i) and not t.is_punct), key=lambda t: t.i)
            run = _run_around(obj, words)
            return kind, [token] + run
    return None


_RELAYING_FORMS = frozenset({"reported", "reports", "reporting"})


def relaying_outlet(verb: Token, inside: Collection[int]) -> list[Token] | None:
    """(blind round 18) The outlet whose report carried a speaker's words, named after them: "The Coast Guard said 26
    fishermen were found alive, state broadcaster PTN reported" ("reported" hung on "said"): the outlet's words
    ("state broadcaster PTN"), or None. Only an outlet by its name or by a word for one, set off by a comma."""
    for child in verb.children:
        if child.dep_ not in ("ccomp", "parataxis") or child.lower_ not in _RELAYING_FORMS or child.i < verb.i or child.i in inside:
            continue
        subject = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
        if subject is None or subject.i in inside or verb.doc[subject.left_edge.i - 1].text != ",":
            continue
        words = [t for t in subject.subtree if t.i not in inside]
        if is_outlet(subject) or any(t.lower_ in _MEDIA_WORDS or t.lower_ == "agency" and any(
                w.lower_ in ("news", "press", "wire") for w in words) for t in words):
            return [t for t in words if t.dep_ != "det"]
    return None

