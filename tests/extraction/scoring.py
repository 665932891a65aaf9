"""Scoring extractions against expectations, the way the held-out evaluation does.

A predicted quote matches an expected one when their overlap covers at least half of each,
ignoring quotation marks and edge punctuation; a speaker is right when the predicted names hold
the last word of every expected name (and no name is a pronoun); a source is right when its
label/issuer/mention holds the expected word (or both are absent).

Run `python tests/extraction/scoring.py` for the dev-set and regression-article numbers.
Article directories whose gold lists reported speech too (each JSON's `"indirect": true`, e.g.
`tests/extraction/blind_reported`) are extracted with `indirect=True` and get one more line: the
indirect quotes alone (P of predicted indirect spans, R of expected ones, speakers on those found).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEVSET = HERE / "devset.tsv"
ARTICLES = HERE / "articles"
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their"}
_EDGE = re.compile(r"^[\s\"'\u201c\u201d\u2018\u2019\u00ab\u00bb.,;:!?\u2014\u2013-]+|[\s\"'\u201c\u201d\u2018\u2019\u00ab\u00bb.,;:!?\u2014\u2013-]+$")


@dataclass(frozen=True)
class Expected:
    text: str  # the quote, as in the article
    kind: str
    speakers: tuple[str, ...]
    source_kind: str | None
    source_word: str | None
    pronoun: bool = False  # the article names this quote's speaker by a pronoun
    role_noun: bool = False  # ... or by a role noun ("the ministry", "the chairperson") for someone it named
    known_miss: str = ""  # why the extractor gets this quote's speaker or source wrong (tests tolerate it)


@dataclass
class Example:
    construction: str
    text: str
    expected: list[Expected] = field(default_factory=list)
    known_extras: tuple[str, ...] = ()  # non-quotes the extractor still takes for quotes (tests tolerate them)
    reported: bool = False  # the gold lists reported speech too (an article JSON's "indirect": true)

    @property
    def indirect(self) -> bool:
        return self.reported or self.construction.startswith("indirect")


def load_devset(path: Path = DEVSET) -> list[Example]:
    examples: dict[str, Example] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        construction, text, quote, kind, speakers, source_kind, source_word = line.split("\t")
        text = text.replace("\\n", "\n\n")
        example = examples.setdefault(text, Example(construction, text))
        if quote != "-":
            example.expected.append(Expected(
                quote.replace("\\n", "\n\n"), kind,
                () if speakers == "-" else tuple(s.strip() for s in speakers.split("+")),
                None if source_kind == "-" else source_kind,
                None if source_word == "-" else source_word,
            ))
    return list(examples.values())


def load_articles(directory: Path = ARTICLES) -> list[Example]:
    examples = []
    for path in sorted(directory.glob("*.txt")):
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        examples.append(Example(path.stem, path.read_text(encoding="utf-8"), [
            Expected(q["text"], q["kind"], tuple(q["speakers"]), q.get("source_kind"), q.get("source_word"),
                     bool(q.get("pronoun")), bool(q.get("role_noun")), q.get("known_miss", ""))
            for q in expected["quotes"]
        ], tuple(expected.get("known_extras", ())), bool(expected.get("indirect"))))
    return examples


def _core(text: str) -> str:
    return _EDGE.sub("", text)


def _span(article: str, quote: str) -> tuple[int, int]:
    start = article.find(quote)
    if start < 0:
        raise ValueError(f"expected quote not in the text: {quote!r}")
    core = _core(quote)
    offset = quote.find(core)
    return start + offset, start + offset + len(core)


def _predicted_span(quote) -> tuple[int, int]:
    core = _core(quote.text)
    offset = quote.text.find(core)
    return quote.start + offset, quote.start + offset + len(core)


def matches(expected_span: tuple[int, int], predicted_span: tuple[int, int]) -> bool:
    overlap = min(expected_span[1], predicted_span[1]) - max(expected_span[0], predicted_span[0])
    if overlap <= 0:
        return False
    return overlap >= 0.5 * (expected_span[1] - expected_span[0]) and overlap >= 0.5 * (predicted_span[1] - predicted_span[0])


def _words(text: str) -> set[str]:
    return set(re.sub(r"[\W_]+", " ", text or "").lower().split())


def speakers_right(expected: Expected, quote) -> bool:
    names = [s.name for s in quote.speakers]
    if not expected.speakers:
        return not names
    if any(name.lower() in PRONOUNS for name in names):
        return False
    got = set().union(*(_words(n) for n in names)) if names else set()
    return all(_words(name.split()[-1]) <= got for name in expected.speakers)  # "O'Neill": words split alike


def source_right(expected: Expected, quote) -> bool:
    source = quote.source
    if expected.source_kind is None:
        return source is None
    if source is None or source.kind != expected.source_kind:
        return False
    got = _words(" ".join([source.label, source.issuer, source.mention.text if source.mention else ""]))
    return _words(expected.source_word) <= got  # every word of a name ("Morning Tide")


@dataclass
class Pairing:
    example: Example
    pairs: list[tuple[Expected, object]]  # matched (expected, predicted)
    missed: list[Expected]
    extra: list[object]


def pair(example: Example, extraction) -> Pairing:
    used: set[int] = set()
    pairs, missed = [], []
    for expected in example.expected:
        span = _span(example.text, expected.text)
        found = next((i for i, q in enumerate(extraction.quotes) if i not in used and matches(span, _predicted_span(q))), None)
        if found is None:
            missed.append(expected)
        else:
            used.add(found)
            pairs.append((expected, extraction.quotes[found]))
    extra = [q for i, q in enumerate(extraction.quotes) if i not in used]
    return Pairing(example, pairs, missed, extra)


@dataclass
class Scores:
    matched: int = 0
    expected: int = 0
    predicted: int = 0
    speakers_right: int = 0
    kinds_right: int = 0
    sources_expected: int = 0
    sources_predicted: int = 0
    sources_right: int = 0
    pronoun_matched: int = 0
    pronoun_right: int = 0
    role_noun_matched: int = 0
    role_noun_right: int = 0
    # reported speech alone (kind indirect), counted only where the gold lists it (Example.reported)
    reported_sets: int = 0
    indirect_expected: int = 0
    indirect_predicted: int = 0
    indirect_matched: int = 0  # expected indirect quotes found (by a predicted quote of any kind)
    indirect_predicted_right: int = 0  # predicted indirect quotes matching an expected indirect one
    indirect_speakers_right: int = 0

    def add(self, pairing: Pairing) -> None:
        if pairing.example.reported:
            self.reported_sets += 1
            self.indirect_expected += sum(1 for e in pairing.example.expected if e.kind == "indirect")
            self.indirect_predicted += sum(1 for q in pairing.extra if q.kind == "indirect")
            for expected, quote in pairing.pairs:
                self.indirect_predicted += quote.kind == "indirect"
                self.indirect_predicted_right += quote.kind == "indirect" and expected.kind == "indirect"
                if expected.kind == "indirect":
                    self.indirect_matched += 1
                    self.indirect_speakers_right += speakers_right(expected, quote)
        self.matched += len(pairing.pairs)
        self.expected += len(pairing.pairs) + len(pairing.missed)
        self.predicted += len(pairing.pairs) + len(pairing.extra)
        self.sources_expected += sum(1 for e in pairing.example.expected if e.source_kind)
        self.sources_predicted += sum(1 for q in pairing.extra if q.source)
        for expected, quote in pairing.pairs:
            self.speakers_right += speakers_right(expected, quote)
            if expected.pronoun:
                self.pronoun_matched += 1
                self.pronoun_right += speakers_right(expected, quote)
            if expected.role_noun:
                self.role_noun_matched += 1
                self.role_noun_right += speakers_right(expected, quote)
            self.kinds_right += expected.kind == quote.kind
            self.sources_predicted += quote.source is not None
            self.sources_right += bool(expected.source_kind) and source_right(expected, quote)

    def lines(self, title: str) -> list[str]:
        precision = self.matched / self.predicted if self.predicted else 1.0
        recall = self.matched / self.expected if self.expected else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        source_precision = self.sources_right / self.sources_predicted if self.sources_predicted else 1.0
        source_recall = self.sources_right / self.sources_expected if self.sources_expected else 1.0
        lines = [
            f"{title}: spans P {precision:.3f} R {recall:.3f} F1 {f1:.3f} "
            f"({self.matched} matched / {self.expected} expected / {self.predicted} predicted)",
            f"{title}: speakers right {self.speakers_right}/{self.matched} "
            f"({self.speakers_right / max(1, self.matched):.1%}), kind right {self.kinds_right}/{self.matched}"
            + (f", by pronoun {self.pronoun_right}/{self.pronoun_matched}" if self.pronoun_matched else "")
            + (f", by role noun {self.role_noun_right}/{self.role_noun_matched}" if self.role_noun_matched else ""),
            f"{title}: sources P {source_precision:.3f} R {source_recall:.3f} "
            f"({self.sources_right} right / {self.sources_predicted} predicted / {self.sources_expected} expected)",
        ]
        if self.reported_sets:
            indirect_precision = self.indirect_predicted_right / self.indirect_predicted if self.indirect_predicted else 1.0
            indirect_recall = self.indirect_matched / self.indirect_expected if self.indirect_expected else 1.0
            lines.append(
                f"{title}: indirect spans P {indirect_precision:.3f} R {indirect_recall:.3f} "
                f"({self.indirect_predicted_right} right / {self.indirect_predicted} predicted; "
                f"{self.indirect_matched} found / {self.indirect_expected} expected), "
                f"speakers right {self.indirect_speakers_right}/{self.indirect_matched}")
        return lines


def score(examples: list[Example], *, nlp=None, verbose: bool = False) -> Scores:
    from quotes.extraction import extract, extract_many

    scores = Scores()
    plain = [e for e in examples if not e.indirect]
    indirect = [e for e in examples if e.indirect]
    results = list(zip(plain, extract_many([e.text for e in plain], nlp=nlp, indirect=False)))  # quoted spans only in their gold
    results += [(e, extract(e.text, nlp=nlp, indirect=True)) for e in indirect]
    for example, extraction in results:
        pairing = pair(example, extraction)
        scores.add(pairing)
        if verbose:
            for expected in pairing.missed:
                print(f"  MISSED [{example.construction}] {expected.text[:60]!r}")
            for quote in pairing.extra:
                print(f"  EXTRA  [{example.construction}] {quote.text[:60]!r}"
                      + (f" ({quote.kind}: {[s.name for s in quote.speakers]})" if example.reported else ""))
            for expected, quote in pairing.pairs:
                if not speakers_right(expected, quote):
                    print(f"  SPEAKER [{example.construction}] {expected.text[:40]!r}: want {expected.speakers}, got {[s.name for s in quote.speakers]}")
                if bool(expected.source_kind) != bool(quote.source) or (expected.source_kind and not source_right(expected, quote)):
                    got = (quote.source.kind, quote.source.label, quote.source.issuer) if quote.source else None
                    print(f"  SOURCE [{example.construction}] {expected.text[:40]!r}: want {expected.source_kind}/{expected.source_word}, got {got}")
    return scores


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from quotes.extraction import get_nlp

    verbose = "-v" in sys.argv
    nlp = get_nlp()
    directories = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    if directories:  # score only these article directories (e.g. a blind set)
        for directory in directories:
            for line in score(load_articles(directory), nlp=nlp, verbose=verbose).lines(directory.name):
                print(line)
        return
    devset = load_devset()
    articles = load_articles()
    for line in score(devset, nlp=nlp, verbose=verbose).lines("dev set"):
        print(line)
    for line in score(articles, nlp=nlp, verbose=verbose).lines("articles"):
        print(line)


if __name__ == "__main__":
    main()
