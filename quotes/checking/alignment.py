"""Does a quote say what the document says? Words in, a verdict and a word diff out. No Django.

    document = Document(readout_text)          # tokenised and indexed once
    found = document.align("we will accept this")
    found.result  -> "altered";  found.negation_changed -> True;  found.diff -> [...]

How it works, for a 30-page document and a thousand quotes a second:

1. Both texts become words, folded (quotation marks, case, British/American spelling), and the
   punctuation between them. Ellipses in the quote are kept: they mark honest cuts.
2. Seeds: the quote's words that are rare in the document (an index of word -> positions) give
   places where the quote might start; each seed is extended both ways into a run of identical
   words. Common words ("the") are reached by extension, never looked up.
3. Chaining: the runs that cover most of the quote, in quote order, are chosen by a small dynamic
   programme (local alignment over runs). Runs close together in the document form one piece;
   a jump (out of order, across a sentence, or over more than a few words) starts a new piece.
4. Each piece is compared word by word (rapidfuzz's Levenshtein opcodes over word lists), which
   gives the diff: changed, added and dropped words. A dropped or added negation is flagged.
5. The verdict: not found (under half the quote's words found); spliced (two pieces joined
   without an ellipsis); altered (any word differs); minor (only punctuation inside the quote
   differs); verbatim.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

VERBATIM, MINOR, ALTERED, SPLICED, NOT_FOUND = "verbatim", "minor", "altered", "spliced", "not_found"

# Diff operations: same words, a word changed, added by the quote, dropped from the document,
# and the join between two pieces (marked honestly with an ellipsis or not).
SAME, CHANGED, ADDED, DROPPED, JOIN = "=", "~", "+", "-", "/"

NEGATIONS = frozenset({"not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "cannot", "without"})

_QUOTE_MARKS = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-",
})
_TOKEN = re.compile(r"(?P<ellipsis>\.\.\.+|\u2026|\[\s*(?:\.\.\.|\u2026)\s*\])|(?P<word>[^\W_]+(?:'[^\W_]+)*)|(?P<punct>[^\w\s])")
_SENTENCE_END = frozenset(".!?")

# British -> American spellings that a rule cannot reach; the rules below cover -ise, -yse, -our, -tre.
_SPELLINGS = {
    "travelled": "traveled", "travelling": "traveling", "traveller": "traveler", "travellers": "travelers",
    "cancelled": "canceled", "cancelling": "canceling", "labelled": "labeled", "labelling": "labeling",
    "modelled": "modeled", "modelling": "modeling", "fuelled": "fueled", "fuelling": "fueling",
    "signalled": "signaled", "signalling": "signaling", "levelled": "leveled", "counselled": "counseled",
    "channelled": "channeled", "tunnelled": "tunneled", "totalled": "totaled", "quarrelled": "quarreled",
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    "programme": "program", "programmes": "programs", "judgement": "judgment", "judgements": "judgments",
    "grey": "gray", "ageing": "aging", "catalogue": "catalog", "dialogue": "dialog", "analogue": "analog",
    "enrol": "enroll", "fulfil": "fulfill", "instil": "instill", "manoeuvre": "maneuver", "kerb": "curb",
    "tyre": "tire", "tyres": "tires", "plough": "plow", "cheque": "check", "sceptical": "skeptical",
    "paediatric": "pediatric", "foetus": "fetus", "oestrogen": "estrogen", "aluminium": "aluminum",
    "storey": "story", "whilst": "while", "amongst": "among", "practise": "practice", "practised": "practiced",
}
_SPELLING_RULES = [
    (re.compile(r"(?<=\w{2})is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w{2})ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w{3})our(s|ed|ing|ite|ites|able|er|ers)?$"), r"or\1"),
    (re.compile(r"(?<=\w{2})([tb])re(s)?$"), r"\1er\2"),
]


def fold_word(word: str) -> str:
    """The form two spellings of one word share: case, apostrophes and British spelling folded."""
    word = word.translate(_QUOTE_MARKS).lower()
    if word in _SPELLINGS:
        return _SPELLINGS[word]
    for pattern, replacement in _SPELLING_RULES:
        folded = pattern.sub(replacement, word)
        if folded != word:
            return folded
    return word


def is_negation(key: str) -> bool:
    return key in NEGATIONS or key.endswith("n't")


@dataclass(frozen=True)
class Words:
    """A text as folded words with where each sits, the punctuation after each, and for a quote the
    positions of its ellipses (an ellipsis before word i is recorded as i)."""

    text: str
    keys: list[str]
    starts: list[int]
    ends: list[int]
    after: list[str]
    ellipses: frozenset[int]

    @classmethod
    def of(cls, text: str) -> "Words":
        folded = text.translate(_QUOTE_MARKS)
        keys, starts, ends, after, ellipses = [], [], [], [], set()
        for match in _TOKEN.finditer(folded):
            if match.lastgroup == "word":
                keys.append(fold_word(match.group()))
                starts.append(match.start())
                ends.append(match.end())
                after.append("")
            elif match.lastgroup == "ellipsis":
                ellipses.add(len(keys))
            elif after:
                after[-1] += match.group()
        return cls(text, keys, starts, ends, after, frozenset(ellipses))

    def surface(self, first: int, last: int) -> str:
        """The words first..last-1 as written (with the punctuation between them)."""
        if first >= last:
            return ""
        return self.text[self.starts[first] : self.ends[last - 1]]


@dataclass(frozen=True)
class Run:
    """Quote words q..q+length-1 equal document words d..d+length-1."""

    q: int
    d: int
    length: int

    @property
    def q_end(self) -> int:
        return self.q + self.length

    @property
    def d_end(self) -> int:
        return self.d + self.length


@dataclass
class Alignment:
    """The verdict on one quote against one document.

    span: the document characters the quote was found in (first piece start to last piece end);
    pieces: each contiguous part, as document character offsets; diff: [op, document words, quote
    words] with op one of SAME, CHANGED, ADDED, DROPPED, JOIN; score: share of the quote's words found.
    """

    result: str
    score: float = 0.0
    span: tuple[int, int] | None = None
    pieces: list[tuple[int, int]] = field(default_factory=list)
    diff: list[tuple[str, str, str]] = field(default_factory=list)
    negation_changed: bool = False

    @property
    def found(self) -> bool:
        return self.result != NOT_FOUND


class Document:
    """A primary document's text, tokenised and indexed once for aligning many quotes against it."""

    RARE = 40  # a word seen more often than this in the document is reached by extension only
    MAX_RUNS = 200
    MAX_SKIP = 6  # more document words than this skipped inside a quote, without an ellipsis: a splice

    def __init__(self, text: str):
        self.words = Words.of(text)
        self.index: dict[str, list[int]] = {}
        for position, key in enumerate(self.words.keys):
            self.index.setdefault(key, []).append(position)
        # Sentence number of each word: a new sentence after a word followed by . ! ? (or a blank line).
        self.sentence, number = [], 0
        text_ = self.words.text
        for position, punct in enumerate(self.words.after):
            self.sentence.append(number)
            if _SENTENCE_END & set(punct) or (
                position + 1 < len(self.words.starts)
                and "\n\n" in text_[self.words.ends[position] : self.words.starts[position + 1]]
            ):
                number += 1

    @property
    def text(self) -> str:
        return self.words.text

    def align(self, quote: str, *, min_share: float = 0.5) -> Alignment:
        """The quote against this document; under min_share of its words found is "not found"."""
        words = Words.of(quote)
        if not words.keys or not self.words.keys:
            return Alignment(NOT_FOUND)
        chain = self._chain(self._runs(words.keys), words.keys)
        if not chain:
            return Alignment(NOT_FOUND)
        found = self._judge(words, self._pieces(chain, words))
        # Found: runs of identical words cover min_share of the quote, or, compared word by word
        # beside them, three words in four agree (a short quote with one word changed).
        in_runs = sum(run.length for run in chain) / len(words.keys)
        if (in_runs < min_share and found.score < 0.75) or found.score < min_share or (len(words.keys) <= 3 and found.score < 1):
            return Alignment(NOT_FOUND, score=found.score)
        return found

    # -- finding the runs ------------------------------------------------------------------------

    def _runs(self, keys: list[str]) -> list[Run]:
        doc, index = self.words.keys, self.index
        counts = [len(index.get(key, ())) for key in keys]
        seeds = [i for i, n in enumerate(counts) if 0 < n <= self.RARE]
        if not seeds:  # nothing rare: the least common of the quote's words
            present = [i for i, n in enumerate(counts) if n]
            seeds = sorted(present, key=counts.__getitem__)[:2]
        runs, covered = [], {}
        for i in seeds:
            for p in index[keys[i]][: self.RARE * 25]:
                diagonal = p - i
                if any(q <= i < q_end for q, q_end in covered.get(diagonal, ())):
                    continue
                start_q, start_d = i, p
                while start_q > 0 and start_d > 0 and keys[start_q - 1] == doc[start_d - 1]:
                    start_q, start_d = start_q - 1, start_d - 1
                end_q, end_d = i + 1, p + 1
                while end_q < len(keys) and end_d < len(doc) and keys[end_q] == doc[end_d]:
                    end_q, end_d = end_q + 1, end_d + 1
                covered.setdefault(diagonal, []).append((start_q, end_q))
                runs.append(Run(start_q, start_d, end_q - start_q))
        if len(runs) > self.MAX_RUNS:
            runs = sorted(runs, key=lambda run: -run.length)[: self.MAX_RUNS]
        return runs

    def _joins(self, before: Run, after: Run) -> bool:
        """Whether `after` continues `before`'s piece: in order, close, within the sentence (words
        dropped or added at the seam are edits, not a splice)."""
        skipped = after.d - before.d_end
        added = after.q - before.q_end
        if skipped < 0 or skipped - added > self.MAX_SKIP or added - skipped > self.MAX_SKIP * 2:
            return False
        if skipped > added and self.sentence[after.d] != self.sentence[before.d_end - 1]:
            return False  # a sentence's end (or start) was cut away without saying so
        return True

    def _chain(self, runs: list[Run], keys: list[str]) -> list[Run]:
        """The runs, in quote order and not overlapping, that cover most of the quote; a jump to
        a new piece of the document costs a word and a half, so one stray word never pays for it."""
        # Single common words alone are noise; keep them only when the quote is that short.
        runs = [run for run in runs if run.length > 1 or len(keys) <= 2 or len(self.index[keys[run.q]]) <= 3]
        if not runs:
            return []
        runs.sort(key=lambda run: (run.q, run.d))
        best, back = [], []
        for k, run in enumerate(runs):
            score, previous = float(run.length), -1
            for j in range(k):
                earlier = runs[j]
                if earlier.q_end > run.q:
                    continue
                candidate = best[j] + run.length - (0.1 * abs((run.d - earlier.d_end) - (run.q - earlier.q_end))
                                                    if self._joins(earlier, run) else 1.5)
                if candidate > score:
                    score, previous = candidate, j
            best.append(score)
            back.append(previous)
        k = max(range(len(runs)), key=best.__getitem__)
        chain = []
        while k != -1:
            chain.append(runs[k])
            k = back[k]
        return chain[::-1]

    def _pieces(self, chain: list[Run], words: Words) -> list[tuple[int, int, int, int, bool]]:
        """Group the chain into pieces: (quote first, quote end, document first, document end,
        joined with an ellipsis). Unmatched quote words go with the piece before them (or the first)."""
        groups = [[chain[0]]]
        for run in chain[1:]:
            if self._joins(groups[-1][-1], run):
                groups[-1].append(run)
            else:
                groups.append([run])
        if len(groups) > 1:
            # A piece of a splice needs three words found together at least: two common words
            # ("the shelling", "in Halden") in another sentence are a coincidence, not a source.
            biggest = max(groups, key=lambda group: sum(run.length for run in group))
            groups = [group for group in groups if group is biggest or sum(run.length for run in group) >= 3]
        pieces = []
        for number, group in enumerate(groups):
            q_first = 0 if number == 0 else group[0].q
            q_end = len(words.keys) if number == len(groups) - 1 else groups[number + 1][0].q
            seam = groups[number - 1][-1].q_end if number else 0
            honest = number > 0 and any(seam <= e <= group[0].q for e in words.ellipses)
            # Unmatched quote words at either end are compared with as many document words beside
            # the piece, within its sentence: "a brutal act" against "a barbaric act", not "+brutal".
            d_first, d_end = group[0].d, group[-1].d_end
            for _ in range(group[0].q - q_first):
                if d_first == 0 or self.sentence[d_first - 1] != self.sentence[group[0].d]:
                    break
                d_first -= 1
            for _ in range(q_end - group[-1].q_end):
                if d_end == len(self.sentence) or self.sentence[d_end] != self.sentence[d_end - 1]:
                    break
                d_end += 1
            pieces.append((q_first, q_end, d_first, d_end, honest))
        return pieces

    # -- the verdict -----------------------------------------------------------------------------

    def _judge(self, words: Words, pieces) -> Alignment:
        doc = self.words
        diff: list[tuple[str, str, str]] = []
        changed = punctuation = negation = spliced = False
        same, bounds = 0, []
        for number, (q_first, q_end, d_first, d_end, honest) in enumerate(pieces):
            if number:
                spliced = spliced or not honest
                diff.append((JOIN, "…" if honest else "", ""))
            ops = list(Levenshtein.opcodes(doc.keys[d_first:d_end], words.keys[q_first:q_end]))
            # Document words beside the piece that the quote does not have are not part of it.
            while ops and ops[0].tag == "delete":
                ops.pop(0)
            while ops and ops[-1].tag == "delete":
                ops.pop()
            base = d_first  # ops count from here; the piece is what they cover (a run at least)
            d_first, d_end = base + ops[0].src_start, base + ops[-1].src_end
            bounds.append((d_first, d_end))
            for op in ops:
                d_a, d_b = base + op.src_start, base + op.src_end
                q_a, q_b = q_first + op.dest_start, q_first + op.dest_end
                if op.tag == "equal":
                    same += q_b - q_a
                    diff.append((SAME, doc.surface(d_a, d_b), words.surface(q_a, q_b)))
                    continue
                changed = True
                tag = {"replace": CHANGED, "insert": ADDED, "delete": DROPPED}[op.tag]
                diff.append((tag, doc.surface(d_a, d_b), words.surface(q_a, q_b)))
                if any(is_negation(key) for key in doc.keys[d_a:d_b]) != any(is_negation(key) for key in words.keys[q_a:q_b]):
                    negation = True
            # Punctuation between two words both sides kept (the marks after the quote's last word
            # belong to the article's sentence, not the quote).
            if not changed and d_end - d_first == q_end - q_first:
                inner = zip(doc.after[d_first : d_end - 1], words.after[q_first : q_end - 1], strict=True)
                punctuation = punctuation or any(_marks(a) != _marks(b) for a, b in inner)
        if spliced:
            result = SPLICED
        elif changed:
            result = ALTERED
        elif punctuation:
            result = MINOR
        else:
            result = VERBATIM
        span = (doc.starts[bounds[0][0]], doc.ends[bounds[-1][1] - 1])
        return Alignment(
            result, score=same / len(words.keys), span=span, diff=diff, negation_changed=negation,
            pieces=[(doc.starts[d_first], doc.ends[d_end - 1]) for d_first, d_end in bounds],
        )


def _marks(punct: str) -> str:
    """Punctuation that changes a reading; quotation marks and hyphens do not."""
    return "".join(ch for ch in punct if ch not in "\"'-")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) of `text` holding text[start:end], for showing beside the article's."""
    boundaries = [m.end() for m in re.finditer(r"[.!?][\"'\u201d\u2019)]*\s+|\n\s*\n", text)]
    first = boundaries[bisect_right(boundaries, start) - 1] if bisect_right(boundaries, start) else 0
    later = [b for b in boundaries if b >= end]
    last = later[0] if later else len(text)
    return text[first:last].strip()


def compare(earlier: str, later: str) -> Alignment:
    """How a later copy of some words differs from an earlier one (the relay chain's diff). A copy
    that adds a sentence or drops half still counts as a copy when half the shorter one is shared."""
    first, second = len(Words.of(earlier).keys), len(Words.of(later).keys)
    return Document(earlier).align(later, min_share=0.5 * min(first, second) / max(second, 1))
