"""What kind of channel a word names: the medium, occasion or audience words reached the reporter by.

attribution._channel_phrase finds where a channel can sit (the object of "in", "at", "on" after a
reporting verb, the object of "told"); this module says whether the words found there name a
channel, and which kind. Plain lookups over a token and its modifiers: no parsing, no state.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import AUDIENCE_OBJECTS, CHANNEL_NOUNS, SOCIAL_NETWORKS

# Nouns that are a channel only with the right modifier: "a campaign stop" (not "a bus stop"), "a
# text message", "a town hall meeting" (a meeting is not a channel), "a news conference".
_COMPOUND_CHANNELS: dict[str, dict[str, str]] = {
    "stop": {"campaign": "speech", "whistle": "speech"},
    "meeting": {"hall": "speech"},
    "message": {"text": "other", "video": "social_media_post", "voice": "other", "recorded": "other", "": "letter"},
    "messages": {"text": "other", "": "letter"},
    "appearance": {"campaign": "speech", "public": "speech", "television": "interview", "tv": "interview"},
    "testimony": {"": "briefing"},
    "deposition": {"": "report"},
    "rallies": {"": "speech"},
    # a chamber as the place words were spoken: "said in the Commons", "told MPs in parliament"
    "commons": {"": "speech"},
    "parliament": {"": "speech"},
    "chamber": {"": "speech"},
}

# Nouns that are a social media post when a network names them: "a Facebook message", "her Twitter feed".
_ON_A_NETWORK = frozenset({"message", "messages", "video", "videos", "page", "account", "feed", "livestream", "story"})

# "told the committee": testimony, which we file with hearings as a briefing.
HEARING_AUDIENCES = frozenset({"committee", "subcommittee", "panel", "inquiry"})
# "told lawmakers", "told MPs", "told the council": words spoken to a chamber, a speech.
CHAMBER_AUDIENCES = frozenset({"lawmakers", "legislators", "mps", "senators", "parliament", "council", "assembly",
                               "congress", "parliamentarians", "deputies", "councillors", "councilors"})
# "told a meeting of farmers", "told the summit": a speech to those gathered.
GATHERINGS = frozenset({"meeting", "gathering", "conference", "convention", "summit", "forum", "congregation", "luncheon",
                        "dinner", "breakfast"})
# "told an interviewer", "told the host": an interview with no outlet named.
INTERVIEWERS = frozenset({"interviewer", "interviewers", "host", "hosts", "moderator", "anchor"})


def _modifiers(noun: Token) -> set[str]:
    return {child.lower_ for child in noun.lefts if child.dep_ in ("compound", "amod", "nmod")}


def medium_kind(noun: Token, word: str | None = None) -> str | None:
    """The source kind a noun after "in"/"at"/"on"/"during" names, or None.

    `word` is the noun as read with its hyphens ("e-mail", "op-ed") when the tokenizer split it.
    """
    word = word or noun.lower_
    modifiers = _modifiers(noun)
    if word in _ON_A_NETWORK and modifiers & SOCIAL_NETWORKS:
        return "social_media_post"  # "in a Facebook message", "on his Twitter account", "on her Facebook page"
    by_modifier = _COMPOUND_CHANNELS.get(word)
    if by_modifier is not None:
        for modifier, kind in by_modifier.items():
            if modifier and modifier in modifiers:
                return kind
        return by_modifier.get("")
    kind = CHANNEL_NOUNS.get(word)
    if word == "conference" and kind is not None and not modifiers & {"press", "news", "media"}:
        return "press_conference"
    return kind


def audience_kind(noun: Token) -> str | None:
    """What telling this audience makes of the words: a speech (supporters, the crowd), testimony
    (lawmakers, the committee), an interview (an interviewer), or None."""
    word = noun.lower_
    if word in AUDIENCE_OBJECTS or word in CHAMBER_AUDIENCES or word in GATHERINGS:
        return "speech"
    if word in HEARING_AUDIENCES:
        return "briefing"
    if word in INTERVIEWERS:
        return "interview"
    return None
