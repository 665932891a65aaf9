"""An article as parsed paragraphs, addressed by character offsets into the full article text.

Each paragraph is parsed on its own (nlp.pipe batches them), which keeps docs small and lets
the pipeline skip parsing paragraphs that cannot matter.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Container, Iterator
from dataclasses import dataclass

from spacy.attrs import POS
from spacy.symbols import VERB
from spacy.tokens import Doc, Span as SpacySpan, Token

from .article import Paragraph


_PARSED_KEY = "quotes.extraction:parsed"  # is_parsed's answer, in Doc.user_data


def is_parsed(doc: Doc) -> bool:
    """doc.has_annotation("DEP"): whether the parser ran on this paragraph (see pipeline.needs_parse).

    Remembered in the doc's user_data: the rules ask it of the same docs thousands of times, and
    each has_annotation call costs several string lookups (50,000 calls: 24 ms, remembered 3 ms).
    """
    try:
        return doc.user_data[_PARSED_KEY]
    except KeyError:
        parsed = doc.user_data[_PARSED_KEY] = doc.has_annotation("DEP")
        return parsed


@dataclass(frozen=True, slots=True)
class ParsedParagraph:
    """A paragraph and its Doc; the Doc was parsed from text[parse_start:paragraph.end]."""

    paragraph: Paragraph
    parse_start: int
    doc: Doc

    def absolute(self, offset_in_doc: int) -> int:
        return self.parse_start + offset_in_doc


class ParsedArticle:
    """Parsed paragraphs of one article with lookups by absolute character offset."""

    def __init__(self, text: str, parsed: list[ParsedParagraph]):
        self.text = text
        self.paragraphs = parsed
        self._starts = [p.parse_start for p in parsed]
        self._token_starts: dict[int, list[int]] = {}
        self._lowers: dict[int, list[str]] = {}
        self._tagged_verbs: dict[int, list[bool]] = {}

    def paragraph_index_at(self, offset: int) -> int | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        if offset > self.paragraphs[index].paragraph.end:
            return None
        return index

    def tokens_between(self, start: int, end: int) -> tuple[int, list[Token]]:
        """(paragraph index, tokens lying inside [start, end) of that paragraph).

        Bisects the paragraph's token offsets (computed once per paragraph): a paragraph with
        hundreds of quotes must not be rescanned for each of them.
        """
        index = self.paragraph_index_at(start)
        if index is None:
            return -1, []
        starts = self.token_starts(index)
        doc = self.paragraphs[index].doc
        tokens = []
        for position in range(bisect.bisect_left(starts, start), len(starts)):
            token = doc[position]
            if starts[position] + len(token) > end:
                break
            if not token.is_space:
                tokens.append(token)
        return index, tokens

    def token_starts(self, index: int) -> list[int]:
        """Absolute start offsets of the tokens of paragraph `index`, in token order (made once)."""
        starts = self._token_starts.get(index)
        if starts is None:
            parsed = self.paragraphs[index]
            starts = self._token_starts[index] = [parsed.parse_start + token.idx for token in parsed.doc]
        return starts

    def lowers(self, index: int) -> list[str]:
        """The lowercase forms of paragraph `index`'s tokens, in token order (made once: several
        scans over every token look for a few words, and reading a token's form is what costs)."""
        lowers = self._lowers.get(index)
        if lowers is None:
            lowers = self._lowers[index] = [token.lower_ for token in self.paragraphs[index].doc]
        return lowers

    def tagged_verbs(self, index: int) -> list[bool]:
        """Whether each token of paragraph `index` has pos_ "VERB", in token order (made once, from
        the doc's array of parts of speech: no Token is made)."""
        tagged = self._tagged_verbs.get(index)
        if tagged is None:
            doc = self.paragraphs[index].doc
            tagged = self._tagged_verbs[index] = (doc.to_array(POS) == VERB).tolist() if len(doc) else []
        return tagged

    def noun_chunks_among(self, index: int, words: Collection[str]) -> Iterator[SpacySpan]:
        """The noun chunks of paragraph `index` (its doc.noun_chunks) that hold one of `words`, in order;
        none are made when the paragraph holds none of the words."""
        lowers = self.lowers(index)
        if not any(lower in words for lower in lowers):
            return
        for chunk in self.paragraphs[index].doc.noun_chunks:
            if any(lower in words for lower in lowers[chunk.start : chunk.end]):
                yield chunk

    def tokens_among(self, index: int, words: Container[str]) -> Iterator[Token]:
        """The tokens of paragraph `index` whose lowercase form is in `words`, in text order."""
        doc = self.paragraphs[index].doc
        for position, lower in enumerate(self.lowers(index)):
            if lower in words:
                yield doc[position]

    def token_start(self, index: int, token: Token) -> int:
        return self.paragraphs[index].absolute(token.idx)

    def token_end(self, index: int, token: Token) -> int:
        return self.paragraphs[index].absolute(token.idx + len(token))

    def span_offsets(self, index: int, span: SpacySpan | list[Token]) -> tuple[int, int]:
        # (its ends only: list(span) made a Token for every word of a sentence or a clause)
        return self.token_start(index, span[0]), self.token_end(index, span[-1])
