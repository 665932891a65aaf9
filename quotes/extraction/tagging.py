"""A faster stand-in for the English pipeline's attribute_ruler, for what the extractor reads.

The model's attribute_ruler maps each fine-grained tag to a coarse part of speech (and
morphology and lemmas) through 179 Matcher patterns. Run over every token of every paragraph,
that Matcher costs about a sixth of the whole pipeline's time on news text, as much as the
parser. The extractor reads `pos_`, `tag_` and `dep_`, never morphology or lemmas, so this
component compiles the same patterns -- read from the loaded model, not copied -- into
dictionary lookups and applies only the rules that set POS, TAG or DEP, with the ruler's own
precedence (all rules are matched against the annotations as they were, then applied in
pattern order, so a later rule wins). tests/extraction/test_tagging.py checks it agrees with
the model's attribute_ruler token for token.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.attrs import DEP, IS_SPACE, LOWER, POS, TAG
from spacy.parts_of_speech import IDS as _POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc

_APPLIED = ("POS", "TAG", "DEP")  # what the extractor reads; MORPH and LEMMA are left unset
_INDEXED = ("TAG", "LOWER", "DEP")  # attributes a rule can be looked up by
_READ = [TAG, LOWER, DEP, IS_SPACE]  # the same, in this order, as Doc.to_array reads them


def _condition(value) -> Callable[[object], bool]:
    """A Matcher token-attribute value ('x', {'IN': [...]}, {'NOT_IN': [...]}, {'REGEX': ...}) as a test."""
    if not isinstance(value, dict):
        return lambda actual: actual == value
    (operator, operand), = value.items()
    if operator == "IN":
        allowed = frozenset(operand)
        return lambda actual: actual in allowed
    if operator == "NOT_IN":
        refused = frozenset(operand)
        return lambda actual: actual not in refused
    if operator == "REGEX":
        pattern = re.compile(operand)
        return lambda actual: isinstance(actual, str) and pattern.search(actual) is not None
    raise ValueError(f"unsupported attribute_ruler condition {value!r}")


def _token_test(spec: dict) -> Callable[[tuple], bool]:
    tests = []
    for key, value in spec.items():
        if key == "IS_SPACE":
            tests.append((3, lambda actual, expected=value: actual == expected))
        elif key in _INDEXED:
            tests.append((_INDEXED.index(key), _condition(value)))
        else:
            raise ValueError(f"unsupported attribute_ruler key {key!r}")
    return lambda token: all(test(token[position]) for position, test in tests)


@dataclass(frozen=True, slots=True)
class _Rule:
    order: int
    tests: tuple[Callable[[tuple], bool], ...]  # one per token of the pattern
    target: int  # which token of the match gets the attributes
    attrs: tuple[tuple[str, str], ...]

    def matches_at(self, tokens: list[tuple], start: int) -> bool:
        if start + len(self.tests) > len(tokens):
            return False
        return all(test(tokens[start + offset]) for offset, test in enumerate(self.tests))


def _lookup_keys(spec: dict) -> list[tuple[int, object]]:
    """Values of the first token that any match must have, so a rule is only tried on such tokens."""
    for position, key in enumerate(_INDEXED):
        value = spec.get(key)
        if isinstance(value, str):
            return [(position, value)]
        if isinstance(value, dict) and "IN" in value:
            return [(position, item) for item in value["IN"]]
    if spec.get("IS_SPACE") is True:
        return [(3, True)]
    raise ValueError(f"attribute_ruler pattern {spec!r} has no attribute to look it up by")


class FastAttributeRuler:
    """Callable pipeline component: sets POS, TAG and DEP as the model's attribute_ruler would."""

    def __init__(self, patterns: Iterable[dict]):
        self._single: dict[tuple[int, object], list[_Rule]] = defaultdict(list)
        self._multi: dict[tuple[int, int], list[_Rule]] = defaultdict(list)  # keyed by string ids
        for order, pattern in enumerate(patterns):
            attrs = tuple((key, value) for key, value in pattern["attrs"].items() if key in _APPLIED)
            if not attrs:
                continue
            for token_specs in pattern["patterns"]:
                rule = _Rule(order, tuple(_token_test(spec) for spec in token_specs), pattern.get("index", 0), attrs)
                for position, value in _lookup_keys(token_specs[0]):
                    if len(token_specs) == 1:
                        self._single[(position, value)].append(rule)
                    else:
                        # By the ids Doc.to_array gives, so tokens no rule starts with are passed
                        # over without reading their strings.
                        self._multi[(position, get_string_id(value) if isinstance(value, str) else int(value))].append(rule)
        self._multi_first_values = tuple(frozenset(value for position, value in self._multi if position == wanted)
                                         for wanted in range(4))
        # Single-token rules depend on the token alone: their outcome is remembered per distinct
        # (tag, lower, dep, is_space), so a token costs one dictionary lookup once the vocabulary
        # of a few documents has been seen.
        self._outcomes: dict[tuple, tuple[tuple[int, tuple], ...]] = {}

    def _single_matches(self, token: tuple) -> tuple[tuple[int, tuple], ...]:
        rules = [rule for position in range(4) for rule in self._single.get((position, token[position]), ())
                 if rule.tests[0](token)]
        return tuple(sorted((rule.order, rule.attrs) for rule in rules))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        rows = doc.to_array(_READ).tolist()
        outcomes = self._outcomes
        matched: list[tuple[tuple[int, tuple], ...]] = []
        for row in rows:
            key = tuple(row)
            outcome = outcomes.get(key)
            if outcome is None:
                token = (strings[row[0]], strings[row[1]], strings[row[2]], bool(row[3]))
                outcome = outcomes[key] = self._single_matches(token)
            matched.append(outcome)
        if self._multi:
            self._add_multi_token_matches(doc, rows, matched)
        pos = doc.to_array([POS])
        changed = False
        for index, outcome in enumerate(matched):
            # The ruler's precedence: every rule sees the original annotations; later rules win.
            for _, attrs in outcome:
                for name, value in attrs:
                    if name == "POS":
                        pos[index] = _POS_IDS[value]
                        changed = True
                    elif name == "TAG":
                        doc[index].tag_ = value
                    else:
                        doc[index].dep_ = value
        if changed:
            doc.from_array([POS], pos)
        return doc

    def _add_multi_token_matches(self, doc: Doc, rows: list[list[int]], matched: list) -> None:
        tokens = None
        first_tokens = self._multi
        tags, lowers, deps, spaces = self._multi_first_values
        for start, row in enumerate(rows):
            if row[0] not in tags and row[1] not in lowers and row[2] not in deps and row[3] not in spaces:
                continue
            for position in range(4):
                for rule in first_tokens.get((position, row[position]), ()):
                    if tokens is None:
                        tokens = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
                    if rule.matches_at(tokens, start):
                        target = start + rule.target
                        matched[target] = tuple(sorted((*matched[target], (rule.order, rule.attrs))))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
