"""Plain result types of the extractor. No Django, no spaCy: anything can consume them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

QUOTE_KINDS = ("direct", "partial", "indirect")
SPEAKER_KINDS = ("person", "organization", "group", "anonymous")
SOURCE_KINDS = (
    "readout",
    "statement",
    "social_media_post",
    "interview",
    "press_conference",
    "briefing",
    "speech",
    "letter",
    "report",
    "reporters",
    "other",
)


@dataclass(frozen=True, slots=True)
class Span:
    """Words in the article text, with offsets such that text[start:end] == self.text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """Who the quote belongs to, resolved within the article to a named entity.

    `name` is never a pronoun or a bare role noun; `mention` is what the text said for this
    quote (it may be "he" or "the minister"), or None when the speaker was inferred.
    """

    name: str
    kind: str = "person"
    role: str = ""
    mention: Span | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceRef:
    """The channel that relayed the quote: a readout, a statement, a social media post..."""

    label: str
    kind: str
    issuer: str = ""
    mention: Span | None = None

    def __post_init__(self) -> None:
        # a label is read, not matched against the text: no-break spaces and line breaks of pasted copy are spaces
        # ("\xa0rally for Ted Cruz\xa0at ...")
        object.__setattr__(self, "label", " ".join(self.label.split()))


@dataclass(frozen=True, slots=True)
class ExtractedQuote:
    text: str
    start: int
    end: int
    kind: str
    speakers: tuple[SpeakerRef, ...] = ()
    source: SourceRef | None = None
    cue: Span | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict:
        """The JSON shape of EXTRACTION_OUTPUT.md (one element of "quotes")."""

        def span_fields(span: Span | None) -> dict:
            if span is None:
                return {"mention": None, "start": None, "end": None}
            return {"mention": span.text, "start": span.start, "end": span.end}

        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "speakers": [
                {"name": s.name, "kind": s.kind, "role": s.role, **span_fields(s.mention)}
                for s in self.speakers
            ],
            "source": (
                None
                if self.source is None
                else {
                    "label": self.source.label,
                    "kind": self.source.kind,
                    "issuer": self.source.issuer,
                    **span_fields(self.source.mention),
                }
            ),
            "cue": None if self.cue is None else asdict(self.cue),
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True, slots=True)
class ArticleExtraction:
    """Everything the extractor found in one article text."""

    quotes: tuple[ExtractedQuote, ...] = ()
    dateline: str = ""
    speakers: tuple[SpeakerRef, ...] = field(default=())
