"""Attribution, first simple version: the subject of the nearest reporting verb speaks."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CHANNEL_NOUNS, REPORTING_VERB_FORMS
from .marks import QuotedSpan
from .parsed import ParsedArticle
from .types import ExtractedQuote, SourceRef, SpeakerRef, Span


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        return _subject(verb.head)
    return None


def attribute_article(parsed: ParsedArticle, spans: list[QuotedSpan]):
    text = parsed.text
    quotes = []
    for quoted in spans:
        index, tokens = parsed.tokens_between(quoted.start, quoted.end)
        speakers: tuple[SpeakerRef, ...] = ()
        cue = None
        source = None
        if tokens:
            sentence = tokens[0].sent
            inside = {t.i for t in tokens}
            verbs = [t for t in sentence if t.i not in inside and t.lower_ in REPORTING_VERB_FORMS and t.pos_ in ("VERB", "AUX")]
            verbs.sort(key=lambda t: min(abs(t.i - tokens[0].i), abs(t.i - tokens[-1].i)))
            for verb in verbs:
                subject = _subject(verb)
                if subject is None:
                    continue
                start, end = parsed.span_offsets(index, [subject.left_edge, subject])
                mention = Span(text[start:end], start, end)
                speakers = (SpeakerRef(name=subject.text, mention=mention),)
                cue = Span(verb.text, *parsed.span_offsets(index, [verb]))
                for child in verb.children:
                    if child.dep_ == "prep" and child.lower_ == "in":
                        for obj in child.children:
                            if obj.lower_ in CHANNEL_NOUNS:
                                s, e = parsed.span_offsets(index, [child, obj])
                                source = SourceRef(obj.text, CHANNEL_NOUNS[obj.lower_], subject.text, Span(text[s:e], s, e))
                break
            for token in sentence:
                if token.lower_ == "according" and token.i + 2 < len(token.doc):
                    obj = token.doc[token.i + 2]
                    s, e = parsed.span_offsets(index, [obj.left_edge, obj])
                    source = SourceRef(text[s:e], "other", text[s:e], Span(text[s:e], s, e))
        quotes.append(ExtractedQuote(
            text=text[quoted.start:quoted.end], start=quoted.start, end=quoted.end,
            kind="direct" if text[quoted.start:quoted.start + 1].isupper() else "partial",
            speakers=speakers, source=source, cue=cue, confidence=0.5 if speakers else 0.2,
        ))
    return quotes, []
