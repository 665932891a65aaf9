"""Read-side helpers for the browse pages: full-text matching, ranking and snippets, keyset
pagination over (dated, id), and the geometry of the speaker timeline.

PostgreSQL matches against the stored `search_vector` column (migration 0002_browse, GIN index;
since 0014_newsroom it also holds the speakers' names and the article's title) with websearch
syntax, a phrase first through the index of its pairs of adjacent words (0021_phrase_pairs,
0023_phrase_pairs_by_month); SQLite matches the same three texts in an FTS5 table with the porter
stemmer (quotes_quote_fts, 0014_newsroom), the websearch syntax translated by fts5_query().
"""

import hashlib
import json
import math
import re
import secrets
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVectorField
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db import connection, connections
from django.db.models import BooleanField, F, Func, Q, QuerySet
from django.db.models.expressions import Expression, RawSQL
from django.utils.html import escape, format_html_join
from django.utils.safestring import mark_safe

SEARCH_CONFIG = "english"
MAX_QUERY_LENGTH = 200
# Sentinels swapped for <mark> after escaping the snippet. A quote may hold any character (control
# characters included), so they are random per process: no stored text can spell them. Hex letters
# pass through escape() and PostgreSQL's headline options unchanged.
_HL_TOKEN = secrets.token_hex(16)
_HL_START, _HL_STOP = f"[hl-start-{_HL_TOKEN}]", f"[hl-stop-{_HL_TOKEN}]"


def full_text_available() -> bool:
    return connection.vendor == "postgresql"


class _SearchVectorColumn(Expression):
    """quotes_quote.search_vector, a column the model does not declare (it exists on PostgreSQL
    only). Unlike RawSQL it follows the table's alias when the query becomes a subquery."""

    def __init__(self, alias=None):
        super().__init__(output_field=SearchVectorField())
        self.alias = alias

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False):
        return _SearchVectorColumn(query.get_initial_alias())

    def relabeled_clone(self, change_map):
        return _SearchVectorColumn(change_map.get(self.alias, self.alias))

    def get_group_by_cols(self):
        return [self]

    def as_sql(self, compiler, connection):
        return f"{compiler.quote_name(self.alias)}.{connection.ops.quote_name('search_vector')}", []


def search_vector():
    """quotes_quote.search_vector, for SearchRank and friends (a plain "search_vector" string would
    have Django rebuild a vector from the column's text)."""
    return _SearchVectorColumn()


def web_query(text: str) -> SearchQuery:
    """A search in websearch syntax ("a phrase", -excluded, or)."""
    return SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)


def search_pairs():
    """The pairs of adjacent words of each quote's search vector, each also with the quote's month,
    as the expression of their full-text index (migrations 0021_phrase_pairs and
    0023_phrase_pairs_by_month)."""
    return Func(search_vector(), F("dated"), function="quotes_search_pairs", output_field=SearchVectorField())


def months(first: date, last: date) -> list[str]:
    """The months from `first` to `last`, as the pairs' index spells them (202612)."""
    found, month = [], (first.year, first.month)
    while month <= (last.year, last.month):
        found.append(f"{month[0]:04d}{month[1]:02d}")
        month = (month[0] + month[1] // 12, month[1] % 12 + 1)
    return found


class PairsQuery(SearchQuery):
    """All of these pairs of words (phrase_pairs()), as lexemes: neither parsed nor stemmed again;
    with `within` (months()), the first one in a quote of one of these months."""

    def __init__(self, pairs: list[str], within: list[str] = ()):
        first = " | ".join(f"'{pairs[0]} {month}'" for month in within)
        self.lexemes = " & ".join([f"({first})" if within else f"'{pairs[0]}'", *(f"'{pair}'" for pair in pairs[1:])])
        super().__init__(self.lexemes)

    def as_sql(self, compiler, connection, function=None, template=None):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"{sql}::tsquery", params


class MatchesWithoutIndex(Func):
    """`vector @@ query` as a function call, which PostgreSQL tests row by row and never reads from
    the words' full-text index: for a phrase already found by its pairs (match_quotes), that index
    would add every quote holding its words (37,393 for "peace talks" at a million quotes, 50 ms to
    read and intersect) to the 1,858 found by the pairs."""

    function = "ts_match_vq"
    output_field = BooleanField()


# A websearch query as PostgreSQL prints it: operands ('lexeme', quotes doubled, backslashes
# doubled, then :* or weights) and operators.
_TSQUERY_TOKEN = re.compile(r"\s*(?:('(?:[^'\\]|''|\\.)*')(:[*A-D]+)?|(<->|<\d+>|[!&|()]))")
PAIRS_CACHE_SECONDS = 24 * 3600


def _query_pairs(tsquery: str) -> list[str]:
    """The pairs of lexemes side by side (<->) in the phrases every match must hold (those of the
    top-level conjunction, neither negated nor within an "or"), each as it is spelled in a tsquery
    ('peac talk', quoted), from PostgreSQL's text of a tsquery; [] when there are none."""
    tokens = []
    for lexeme, suffix, operator in _TSQUERY_TOKEN.findall(tsquery):
        tokens.append(("lexeme", lexeme[1:-1], bool(suffix)) if lexeme else ("operator", operator, False))
    conjuncts, depth, current = [], 0, []
    for token in tokens:
        kind, value, _ = token
        depth += (value == "(") - (value == ")") if kind == "operator" else 0
        if kind == "operator" and depth == 0 and value == "|":
            return []  # an "or" somewhere at the top: nothing is required of every match
        if kind == "operator" and depth == 0 and value == "&":
            conjuncts.append(current)
            current = []
        else:
            current.append(token)
    conjuncts.append(current)
    pairs = []
    for conjunct in conjuncts:
        # A phrase: lexeme (<N> lexeme)*, no negation, no parentheses.
        if not conjunct or any(kind == "operator" and not value.startswith("<") for kind, value, _ in conjunct):
            continue
        for before, operator, after in zip(conjunct[::2], conjunct[1::2], conjunct[2::2]):
            if operator[1] in ("<->", "<1>") and not before[2] and not after[2]:
                pairs.append(f"{before[1]} {after[1]}")
    return list(dict.fromkeys(pairs))


def phrase_pairs(text: str, using: str = "default", *, name: bool = False) -> list[str]:
    """The pairs of adjacent words every quote matching a search holds in its search vector
    (PostgreSQL), as its phrases give them ("peace talks" -> 'peac talk'; "the peace talks now" ->
    'peac talk', 'talk now'); [] for a search without a phrase, or whose phrases are negated or
    within an "or". Two words a stop word separates ("peace of mind": 'peac' <2> 'mind') make no
    pair: such a phrase is looked up by its words as before. `name`: the text is a speaker's name,
    all of it one phrase (every quote of the speaker holds it: migration 0015). PostgreSQL parses and
    stems the text (one query, cached)."""
    text = text.strip()[:MAX_QUERY_LENGTH]
    if not name and '"' not in text and "-" not in text:  # neither a phrase nor a word-with-hyphen
        return []
    key = "quotes:pairs:" + hashlib.sha256(repr((using, text, name)).encode()).hexdigest()
    pairs = cache.get(key)
    if pairs is None:
        parse = "phraseto_tsquery(%s::regconfig, %s)" if name else _tsquery_sql()
        with connections[using].cursor() as cursor:
            cursor.execute(f"SELECT {parse}::text", [SEARCH_CONFIG, text])
            pairs = _query_pairs(cursor.fetchone()[0])
        cache.set(key, pairs, PAIRS_CACHE_SECONDS)
    return pairs


_TERM = re.compile(r'(-?)"([^"]+)"|(-?)(\S+)')


def _fts5_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts5_query(text: str) -> str | None:
    """A search in websearch syntax as an FTS5 query: words and "phrases" all required, "or"
    between two of them either, -excluded ones NOT; None when nothing is required."""
    groups, excluded, joiner = [[]], [], False
    for minus_phrase, phrase, minus_word, word in _TERM.findall(text):
        term = (phrase or word).strip().strip('"')
        if not term:
            continue
        if term.lower() == "or" and not phrase:
            joiner = bool(groups[-1])
            continue
        if minus_phrase or minus_word:
            excluded.append(_fts5_string(term))
            continue
        if joiner:
            groups.append([])
            joiner = False
        groups[-1].append(_fts5_string(term))
    required = " OR ".join(f"({' AND '.join(group)})" for group in groups if group)
    if not required:
        return None
    return "".join([f"({required})", *(f" NOT {term}" for term in excluded)])


# Weights of the FTS5 columns (text, names, title) in bm25, as the A/B/C weights of PostgreSQL.
_FTS5_MATCH = "SELECT rowid FROM quotes_quote_fts WHERE quotes_quote_fts MATCH %s"
_FTS5_RANK = ("(SELECT bm25(quotes_quote_fts, 10.0, 4.0, 2.0) FROM quotes_quote_fts "
              "WHERE quotes_quote_fts MATCH %s AND quotes_quote_fts.rowid = quotes_quote.id)")


# A word of a speaker's name held by more than this share of the quotes is not looked up in the
# full-text index with a search in their quotes (rare_name_words).
COMMON_NAME_WORD_SHARE = 0.02
_NAME_WORD = re.compile(r"\w+")


def rare_name_words(quotes: QuerySet, name: str) -> str:
    """The words of a speaker's name the full-text index should intersect a search in their quotes
    with: those PostgreSQL's statistics count in under COMMON_NAME_WORD_SHARE of the quotes (the
    rarest one at least; stop words never). Every quote of the speaker holds every word of their
    name, so any of them finds the same quotes; but the index reads the whole list of quotes holding
    each word, and a common one ("health" in "Federation of Health ...", in a fifth of a
    ten-million-quote archive) cost most of what "zeppelin" in that speaker's quotes took (5.3 ms,
    0.8 without it). Kept as long as the statistics' estimates (ESTIMATE_CACHE_SECONDS)."""
    words = list(dict.fromkeys(_NAME_WORD.findall(name)))
    if len(words) < 2:
        return name
    using = quotes.db
    key = "quotes:name-words:" + hashlib.sha256(repr((using, quotes.model._meta.db_table, name)).encode()).hexdigest()
    chosen = cache.get(key)
    if chosen is None:
        with connections[using].cursor() as cursor:
            cursor.execute("SELECT w FROM unnest(%s::text[]) WITH ORDINALITY AS t(w, n) "
                           "WHERE numnode(plainto_tsquery(%s::regconfig, w)) > 0 ORDER BY n", [words, SEARCH_CONFIG])
            words = [word for (word,) in cursor.fetchall()]
        shares = {word: matches / total if total > 0 else 0.0
                  for word in words for matches, total in [estimated_matches(quotes, word)]}
        rare = [word for word in words if shares[word] < COMMON_NAME_WORD_SHARE]
        chosen = " ".join(rare or [min(words, key=shares.get)]) if words else name
        cache.set(key, chosen, ESTIMATE_CACHE_SECONDS)
    return chosen


def match_quotes(quotes: QuerySet, text: str, *, speaker=None) -> QuerySet:
    """Quotes whose text, speakers' names or article's title match a search in websearch syntax
    ("a phrase", -excluded, or), words stemmed on both databases. `speaker`: the quotes are all
    this speaker's (a speaker page, a speaker filter)."""
    text = text.strip()[:MAX_QUERY_LENGTH]
    if not text:
        return quotes
    if full_text_available():
        query = web_query(text)
        if speaker is not None:
            # Every quote of a speaker holds the speaker's name in its search vector (migration
            # 0015's triggers), so requiring the name too finds the same quotes, and lets the
            # full-text index intersect the words with the name: a phrase in the busiest speaker's
            # quotes was otherwise tested quote by quote through all of them, or through every quote
            # holding both words (1.4 s at 1M); now a few hundred candidates (~40 ms).
            query = query & SearchQuery(rare_name_words(quotes, speaker.name), search_type="plain", config=SEARCH_CONFIG)
        pairs = phrase_pairs(text, quotes.db)
        if pairs:
            # A phrase: the quotes holding its pairs of adjacent words (their own index), each then
            # tested for the whole search (MatchesWithoutIndex): 1,858 quotes read for "peace talks"
            # at a million quotes (~2 ms), rather than the 37,393 holding both words (~300 ms). In
            # one speaker's quotes, the pairs of the speaker's name too: the index intersects them
            # (and PostgreSQL, expecting a handful of quotes, reads their speaker links one by one,
            # rather than all of the speaker's links).
            if speaker is not None:
                pairs = [*pairs, *phrase_pairs(speaker.name, quotes.db, name=True)]
            return (quotes.alias(search_pairs=search_pairs()).filter(search_pairs=PairsQuery(pairs))
                    .filter(MatchesWithoutIndex(search_vector(), query)))
        # alias(), not annotate(): the rows read through these matches need not carry the vector.
        return quotes.alias(search_vector=search_vector()).filter(search_vector=query)
    query = fts5_query(text)
    if query is None:
        return quotes.none()
    return quotes.filter(pk__in=RawSQL(_FTS5_MATCH, [query]))


def fts5_ranked(quotes: QuerySet, text: str) -> QuerySet:
    """On SQLite, the matches best first (bm25), then newest."""
    query = fts5_query(text.strip()[:MAX_QUERY_LENGTH])
    if query is None:
        return quotes.order_by("-dated", "-id")
    return quotes.annotate(fts_rank=RawSQL(_FTS5_RANK, [query])).order_by("fts_rank", "-dated", "-id")


def rank_window() -> int:
    """How many of the most recent matches are ranked (settings.SEARCH_RANK_WINDOW, PostgreSQL)."""
    return settings.SEARCH_RANK_WINDOW


def ranked_page(candidates: QuerySet, text: str, number, *, by_date_only: bool, size: int = 25,
                rows=lambda quotes: quotes, speaker=None) -> Page:
    """One page of the candidates matching `text`, as a Django Page; `rows` refines the queryset
    the page's quotes are read from (for_list(), headlines...). On PostgreSQL, best first among
    the rank_window() most recent matches; on SQLite, all of them, best first (FTS5's bm25). `candidates` are the quotes every other filter lets through; `by_date_only`
    says they are the visible quotes in a date range at most (see ranked_window_ids).

    On PostgreSQL the ranked window (ids only) comes from ranked_window_ids(), cached for a minute.
    The page's quotes of a window from the cache are read through the filters and the search
    again, so a quote rejected, edited or moved out of the filters since disappears from the page
    at once; those of a window ranked by this very call were read through them a moment ago, and
    are read by id. Joining the rows' article, outlet and source before ranking would read them
    for every quote of the window.
    """
    if not full_text_available():
        return Paginator(fts5_ranked(rows(match_quotes(candidates, text)), text), size).get_page(number)
    window = ranked_window_ids(candidates, text, by_date_only=by_date_only, speaker=speaker)
    paginator = Paginator(window.ids, size)
    id_page = paginator.get_page(number)  # not a number: the first page; out of range: the last
    page_ids = id_page.object_list
    quotes = (candidates.model._default_manager.all() if window.fresh
              else match_quotes(candidates, text, speaker=speaker))
    # Unordered: the page's order is the window's.
    by_id = {quote.pk: quote for quote in rows(quotes.filter(pk__in=page_ids).order_by())}
    return ListPage([by_id[pk] for pk in page_ids if pk in by_id], id_page.number, paginator)


class RankedWindow(NamedTuple):
    ids: list[int]  # best first
    fresh: bool  # ranked by this call, not read from the cache


class ListPage(Page):
    """A Page of a list, iterated as the list is (a Page iterates by index, one call per item,
    and a page of results is iterated five times)."""

    def __iter__(self):
        return iter(self.object_list)


# How long a ranked window is reused. A common word ("government") matches one quote in ten:
# finding its 500 newest matches means testing the words of ~5,000 quotes (~2 ms), and a
# reporter typically pages through the results or refines the filters right after. The window is
# also stamped with the newest quote id and the count of changes to stored quotes (_stamp_sql), so
# a newly stored quote, a re-extracted article or an editor's correction shows up at once.
RANK_CACHE_SECONDS = 60

# Finding the newest matches, two ways. Walking the newest quotes off one index of dates and
# search vectors (quote_visible_dated_search_idx, migration 0009, index-only) and testing each
# one's words finds a common word's newest matches quickly, and a rare word's never: it walks the
# whole index for a handful of matches. The full-text (GIN) index finds all of a word's matches
# (the newest are then picked from them), quickly when they are few. PostgreSQL chooses from its
# statistics, which guess any word they do not list as one quote in 200 ("zeppelin or quasar":
# one in 100), and for such a guess walks the whole index: 250-400 ms for 45 matches among a million
# quotes. So the choice is made here, from the same estimate, and checked as it goes: the walk is
# chosen when its expected length (window / share of quotes matching) is under WALK_PER_MATCH
# times the matches expected, and stops at twice that length; a long walk goes on past its first
# quarter of the expected length only if that held at least half the matches expected there;
# whenever the walk stops short, the words are looked up in the full-text index after all.
# Measured on a million quotes: ~0.35 µs a walked entry, ~4 µs a match read through the index.
WALK_PER_MATCH = 10
# A walk of up to this many windows is simply taken (at the default window of 500, 20,000 quotes:
# at worst ~7 ms wasted on a million quotes); a longer one is probed first. Probing costs a walk
# that needs its rest: measured for "government" (a walk of ~10,000), 3.2 ms of PostgreSQL's time
# probed against 2.5 ms straight.
PROBE_WALKS_OVER = 40
# The planner's statistics change when autovacuum analyzes the table: an estimate is reused as long.
ESTIMATE_CACHE_SECONDS = 3600


def _tsquery_sql() -> str:
    return "websearch_to_tsquery(%s::regconfig, %s)"


# The window's ids, best first, from rows (id, dated, rank) aliased w.
_RANKED_IDS = "array_agg(w.id ORDER BY w.rank DESC, w.dated DESC, w.id DESC)"


def _stamp_sql(quotes: QuerySet) -> str:
    """What a cached window is stamped with: the newest quote's id (a quote stored since) and the
    count of changes to stored quotes (an edit, a new speaker, a verdict, an article moved to
    another outlet: a quote that newly matches, migration 0028)."""
    return f"SELECT ARRAY[MAX(id), (SELECT last_value FROM quotes_search_epoch)] FROM {quotes.model._meta.db_table}"


def estimated_matches(quotes: QuerySet, text: str) -> tuple[float, float]:
    """(how many quotes PostgreSQL's statistics expect a search to match, how many quotes there are
    by the same statistics). A search with a phrase found by its pairs of adjacent words
    (phrase_pairs) is expected as often as the statistics of their index count the quotes holding
    them, at most as many as it matches: the words' own statistics count the words as often as they
    are anywhere in a quote, and take them as independent ("viktor x", a name in 36,133 quotes:
    2,894 expected)."""
    table, using = quotes.model._meta.db_table, quotes.db
    key = "quotes:estimate:" + hashlib.sha256(repr((using, table, text)).encode()).hexdigest()
    estimate = cache.get(key)
    if estimate is None:
        pairs = phrase_pairs(text, using)
        if pairs:
            matching, params = "quotes_search_pairs(search_vector, dated) @@ %s::tsquery", [PairsQuery(pairs).lexemes]
        else:
            matching, params = f"search_vector @@ {_tsquery_sql()}", [SEARCH_CONFIG, text]
        with connections[using].cursor() as cursor:
            # Both estimates in one plan: the two branches of an Append.
            cursor.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {table} WHERE {matching} "
                           f"UNION ALL SELECT 1 FROM {table}", params)
            plan = cursor.fetchone()[0]
        plan = json.loads(plan) if isinstance(plan, str) else plan
        matching, everything = plan[0]["Plan"]["Plans"]
        estimate = (matching["Plan Rows"], everything["Plan Rows"])
        cache.set(key, estimate, ESTIMATE_CACHE_SECONDS)
    return estimate


# A search matching under this share of the quotes is rare (rare_search).
RARE_SHARE = 0.02


def rare_search(quotes: QuerySet, text: str) -> bool:
    """Whether a search matches few quotes: under RARE_SHARE of them by PostgreSQL's statistics, or
    a phrase (they count its words together, some 20 times more often than side by side in a
    newsroom's archive). Such a search in one speaker's quotes is looked up in the full-text index
    with the speaker's name (match_quotes); a common one walks the speaker's newest quotes.
    Elsewhere than PostgreSQL never (nothing is known)."""
    if not full_text_available() or not text.strip():
        return False
    if '"' in text:
        return True
    matches, total = estimated_matches(quotes, text.strip()[:MAX_QUERY_LENGTH])
    return total <= 0 or matches < RARE_SHARE * total


def walk_length(matches: float, total: float, window: int) -> int | None:
    """How many of the newest candidates to walk at most (twice the length expected to hold the
    window) before looking the words up in the full-text index instead; None to look them up at
    once (see WALK_PER_MATCH)."""
    if total <= 0 or matches <= 0:
        return None
    expected = window * total / matches
    if expected >= WALK_PER_MATCH * matches:
        return None
    return math.ceil(2 * expected)


def ranked_window_sql(candidates: QuerySet, text: str, *, walk: int | None, since: date | None = None,
                      until: date | None = None) -> tuple[str, list]:
    """One statement giving (the archive's stamp (_stamp_sql), the ids of the rank_window() most recent of the
    candidates matching `text`, best first), on PostgreSQL: with `walk`, walking at most that many
    of the newest candidates (a long walk gives up after its first eighth if that held under an
    eighth of the window), the ids NULL if the walk found too few; without, reading the matches
    through the full-text index (those dated `since` or later only, when given, and how many there
    are as a third column; a phrase with pairs of adjacent words reads the matches of the months
    from `since` to `until`, the newest candidate's day, only). fetch_ranked_window() runs the walk,
    then the lookup if needed: PostgreSQL plans the walk alone in ~0.23 ms, against ~0.31 ms for
    both in one statement."""
    text = text.strip()[:MAX_QUERY_LENGTH]
    window = rank_window()
    # The candidates compiled once, then read as a subquery PostgreSQL merges into each query below
    # (so each can still use the indexes of the quote table).
    base_sql, base_params = (candidates.order_by().annotate(vector=search_vector())
                             .values("id", "dated", "vector").query.sql_with_params())
    base, query, query_params = f"({base_sql}) b", _tsquery_sql(), [SEARCH_CONFIG, text]
    stamp = _stamp_sql(candidates)
    if walk is None:
        recent, recent_params = ("AND b.dated >= %s", [since]) if since else ("", [])
        test = f"b.vector @@ {query}"
        pairs = phrase_pairs(text, candidates.db)
        if pairs:
            # A phrase: the candidates holding its pairs (in the months asked for), each tested for
            # the whole search, as match_quotes does (the words' index left out).
            within = months(since, until) if since and until else []
            base_sql, base_params = (candidates.order_by().alias(search_pairs=search_pairs())
                                     .filter(search_pairs=PairsQuery(pairs, within)).annotate(vector=search_vector())
                                     .values("id", "dated", "vector").query.sql_with_params())
            base, test = f"({base_sql}) b", f"ts_match_vq(b.vector, {query})"
            if within:
                # The months are the date range (`since` is the first of one): a date test besides
                # would add nothing, and PostgreSQL intersected it with the date index, reading
                # every quote since (2.4M index entries, 300 ms for "peace talks" at 10M quotes).
                recent, recent_params = "", []
        # MATERIALIZED: the planner must not see the newest-first LIMIT through it, or it would walk.
        matched = (f"WITH matched AS MATERIALIZED (SELECT b.id, b.dated, ts_rank(b.vector, {query}) AS rank "
                   f"FROM {base} WHERE {test} {recent}) ")
        newest_matched = f"(SELECT * FROM matched ORDER BY dated DESC, id DESC LIMIT {window:d})"
        found = ", (SELECT count(*) FROM matched)" if since else ""
        return (f"{matched}SELECT ({stamp}), (SELECT {_RANKED_IDS} FROM {newest_matched} w){found}",
                [*query_params, *base_params, *query_params, *recent_params])

    def stretch(offset: int, length: int, limit: str) -> str:
        """The newest matches among `length` candidates after the `offset` newest, with their rank."""
        return (f"SELECT r.id, r.dated, ts_rank(r.vector, {query}) AS rank "
                f"FROM (SELECT b.* FROM {base} ORDER BY b.dated DESC, b.id DESC LIMIT {length:d} OFFSET {offset:d}) r "
                f"WHERE r.vector @@ {query} ORDER BY r.dated DESC, r.id DESC LIMIT {limit}")

    stretch_params = [*query_params, *base_params, *query_params]
    if walk <= PROBE_WALKS_OVER * window:
        # A short walk is simply taken: one pass counts and ranks what it found (no CTE to
        # materialize and count: ~0.3 ms less of PostgreSQL's time for a common word).
        return (f"SELECT ({stamp}), (SELECT CASE WHEN count(*) >= {window:d} THEN {_RANKED_IDS} END "
                f"FROM ({stretch(0, walk, f'{window:d}')}) w)", stretch_params)
    # A long one first tries its first eighth.
    probe = max(walk // 8, 1)
    ctes = [f"probe AS MATERIALIZED ({stretch(0, probe, f'{window:d}')})",
            f"rest AS MATERIALIZED ({stretch(probe, walk - probe, f'{window:d} - (SELECT count(*) FROM probe)')})"]
    # CASE evaluates what it needs, left to right: the rest of the walk only when the probe held
    # enough; NULL when the walk came up short.
    found = "(SELECT count(*) FROM probe)"
    ids = (f"CASE WHEN {found} >= {window:d} THEN (SELECT {_RANKED_IDS} FROM probe w) "
           f"WHEN {found} * 8 >= {window:d} AND {found} + (SELECT count(*) FROM rest) >= {window:d} "
           f"THEN (SELECT {_RANKED_IDS} FROM (SELECT * FROM probe UNION ALL SELECT * FROM rest) w) "
           f"ELSE NULL END")
    return f"WITH {', '.join(ctes)} SELECT ({stamp}), {ids}", [*stretch_params, *stretch_params]


# The full-text lookup of a window first reads the matches of the newest days only, then of more
# days back until it holds the window (recent_lookup). The index gives every quote holding a phrase's
# words, and each must be read to tell whether they stand side by side: "peace talks" is 37,393
# quotes holding both words and 1,858 holding the phrase at a million quotes, ten times as many
# at ten million. The newest days' matches are a share of that, the same share of the archive's days
# whatever its size. (A phrase with pairs of adjacent words is read through their index instead, in
# one lookup: its matches only.)
FIRST_LOOKUP_DAYS = 8
# The first range reaches back as far as the statistics say the window needs (spread evenly over the
# archive's days), counting a phrase as this many times rarer than its words together (rare_search).
PHRASE_RARER = 20
# A lookup that came up short reaches back as far again as it would need at the rate it found
# matches, times this margin; at least twice as far, at most LOOKUP_GROWTH times.
LOOKUP_MARGIN, LOOKUP_GROWTH = 1.5, 16
# A phrase with pairs of adjacent words is looked up month by month back while the months span at
# most this share of the archive's days, then all at once (recent_lookup): "peace talks" needs 17 of
# the 25 months of a million quotes (all at once: 2.3 ms), some 2 at ten million (~2,500 of its
# ~18,600 matches read from the table).
PAIRS_MONTHS_SHARE = 0.25


def recent_lookup(cursor, candidates: QuerySet, text: str) -> tuple[list[int], list[int]]:
    """(the archive's stamp, the ranked window's ids) by ranked_window_sql()'s full-text lookup, in
    growing date ranges back from the candidates' newest day (as far as the statistics say the
    window needs, FIRST_LOOKUP_DAYS at least, first): each range
    holds every match newer than its start, so the first one holding a window's worth gives the
    window; the last one has no start."""
    window = rank_window()
    matches = estimated_matches(candidates, text)[0]
    pairs = phrase_pairs(text, candidates.db)
    if matches < LOOKUP_MARGIN * window:
        # Few matches in all (by PostgreSQL's statistics): one lookup of all of them.
        newest_day = oldest_day = None
    else:
        # Two walks of the date index from either end, in one statement (MIN and MAX would read
        # every candidate when the filters join another table).
        newest_sql, newest_params = candidates.order_by("-dated", "-id").values("dated")[:1].query.sql_with_params()
        oldest_sql, oldest_params = candidates.order_by("dated", "id").values("dated")[:1].query.sql_with_params()
        cursor.execute(f"SELECT ({newest_sql}), ({oldest_sql})", [*newest_params, *oldest_params])
        newest_day, oldest_day = cursor.fetchone()
    span = FIRST_LOOKUP_DAYS
    if newest_day and oldest_day:
        # A phrase's pairs gave the statistics its own count (estimated_matches).
        expected = matches / (PHRASE_RARER if '"' in text and not pairs else 1)
        span = max(span, math.ceil(LOOKUP_MARGIN * window / expected * (newest_day - oldest_day).days))
    while True:
        since = newest_day - timedelta(days=span) if newest_day and oldest_day and newest_day - timedelta(days=span) > oldest_day else None
        if since and pairs:
            # A phrase with pairs reads whole months (their index knows each quote's month), so
            # from the first of the month: a date range tested on each match read would not save
            # reading it, and one intersected with the date index costs more than the matches
            # (29 ms for the 272k quotes of the range "must never" needed at a million quotes,
            # against 3 ms for all of its 5,822 matches). Months reaching over more than
            # PAIRS_MONTHS_SHARE of the archive save little and cost a longer query: all at once.
            since = since.replace(day=1)
            if (newest_day - since) > PAIRS_MONTHS_SHARE * (newest_day - oldest_day):
                since = None
        cursor.execute(*ranked_window_sql(candidates, text, walk=None, since=since, until=newest_day))
        stamp, ids, *found = cursor.fetchone()
        if since is None or found[0] >= window:
            return stamp, ids or []
        growth = LOOKUP_MARGIN * window / found[0] if found[0] else LOOKUP_GROWTH
        span = math.ceil(span * min(max(growth, 2), LOOKUP_GROWTH))


def fetch_ranked_window(cursor, candidates: QuerySet, text: str, *, walk: int | None,
                        statement: tuple[str, list] | None = None) -> tuple[list[int], list[int]]:
    """(the archive's stamp, the ranked window's ids) by ranked_window_sql(): the walk, then, if it
    came up short (or none was chosen), the full-text lookup in growing date ranges (recent_lookup).
    `statement`: the walk's, if already built."""
    if walk is not None:
        cursor.execute(*(statement or ranked_window_sql(candidates, text, walk=walk)))
        stamp, ids = cursor.fetchone()
        if ids is not None:
            return stamp, ids
    return recent_lookup(cursor, candidates, text)


def planners_window_sql(candidates: QuerySet, text: str, *, speaker=None) -> tuple[str, list]:
    """What ranked_window_sql() gives, as one plain statement: PostgreSQL chooses how. One speaker's
    quotes (annotated with their link's date, `listed_on`) searched for a common word are ordered
    by that date, so PostgreSQL walks the speaker's newest links (quotespeaker_speaker_dated_idx)
    and tests their words, instead of walking every quote by date and asking whose it is."""
    newest_first = ("-listed_on", "-id") if speaker is None and "listed_on" in candidates.query.annotations else ("-dated", "-id")
    window = (match_quotes(candidates, text, speaker=speaker).annotate(rank=SearchRank(search_vector(), web_query(text)))
              .order_by(*newest_first).values("id", "dated", "rank")[:rank_window()])
    window_sql, window_params = window.query.sql_with_params()
    return (f"SELECT ({_stamp_sql(candidates)}), (SELECT {_RANKED_IDS} FROM ({window_sql}) w)",
            list(window_params))


def ranked_window_ids(candidates: QuerySet, text: str, *, by_date_only: bool, speaker=None) -> RankedWindow:
    """The ids of the rank_window() most recent of the candidates matching `text`, best first
    (PostgreSQL), from the cache when the same search with the same filters was ranked less than
    RANK_CACHE_SECONDS ago and no quote was stored or changed since (_stamp_sql).

    `by_date_only`: the candidates are the visible quotes, in a date range at most, which a walk
    reads off one index (ranked_window_sql). Other filters (a speaker, an outlet, a kind) cost a
    walk a row read per quote, and PostgreSQL knows how many quotes they leave where the words'
    statistics alone do not: it chooses how to find their window (planners_window_sql). `speaker`:
    the candidates are all this speaker's quotes (match_quotes)."""
    text = text.strip()[:MAX_QUERY_LENGTH]
    db = candidates.db
    walk = None
    # A phrase among other filters (an outlet) is left to PostgreSQL too: with the statistics of its
    # pairs (migration 0021) it reads the phrase's matches through their index and tests the filters
    # on each (~20 ms for "peace talks" and the busiest outlet at 1M, where walking every quote by
    # date took 750 ms).
    # But it reads all of them: 18,010 for "peace talks" at 10M quotes, each with its article to test
    # the outlet (150 ms). A phrase with pairs outside a speaker's quotes is read month by month back
    # instead (recent_lookup), as far as the window needs.
    by_months = not by_date_only and speaker is None and bool(phrase_pairs(text, db))
    if by_date_only:
        walk = walk_length(*estimated_matches(candidates, text), rank_window())
        window_sql, window_params = ranked_window_sql(candidates, text, walk=walk)
    elif by_months:
        window_sql, window_params = ranked_window_sql(candidates, text, walk=None)
    else:
        window_sql, window_params = planners_window_sql(candidates, text, speaker=speaker)
    stamp_sql = _stamp_sql(candidates)
    # The SQL names the search, every filter and the visibility rule: same SQL, same window.
    key = "quotes:ranked:" + hashlib.sha256(repr((db, window_sql, window_params)).encode()).hexdigest()
    cached = cache.get(key)
    with connections[db].cursor() as cursor:
        if cached is not None:
            cursor.execute(stamp_sql)
            if cursor.fetchone()[0] == cached[0]:
                return RankedWindow(cached[1], fresh=False)
        # Ranked and stamped in one statement (one snapshot, one round
        # trip; two when a walk comes up short), the ids as one array rather than rows to read.
        if by_date_only or by_months:
            stamp, ids = fetch_ranked_window(cursor, candidates, text, walk=walk, statement=(window_sql, window_params))
        else:
            cursor.execute(window_sql, window_params)
            stamp, ids = cursor.fetchone()
    ids = ids or []
    cache.set(key, (stamp, ids), RANK_CACHE_SECONDS)
    return RankedWindow(ids, fresh=True)


def _headline(text: str) -> SearchHeadline:
    return SearchHeadline(
        "text", web_query(text), config=SEARCH_CONFIG, start_sel=_HL_START, stop_sel=_HL_STOP,
        max_words=40, min_words=15, highlight_all=False,
    )


def with_headlines(quotes: QuerySet, text: str) -> QuerySet:
    """On PostgreSQL, the quotes with the headline snippets() shows, computed in the query that
    reads them (rather than in one more query); elsewhere, the quotes unchanged."""
    text = text.strip()[:MAX_QUERY_LENGTH]
    if not text or not full_text_available():
        return quotes
    return quotes.annotate(headline=_headline(text))


def snippets(quotes: list, text: str) -> dict[int, str]:
    """{quote id: safe HTML with the matched words in <mark>} for one page of results."""
    text = text.strip()[:MAX_QUERY_LENGTH]
    if not quotes or not text:
        return {}
    if full_text_available() and all(hasattr(quote, "headline") for quote in quotes):
        found = {quote.pk: quote.headline for quote in quotes}  # with_headlines()
    elif full_text_available():
        model = type(quotes[0])
        rows = model.objects.filter(pk__in=[q.pk for q in quotes]).annotate(snippet=_headline(text)).values_list("pk", "snippet")
        found = dict(rows)
    else:
        found = {quote.pk: quote.text for quote in quotes}
        query = fts5_query(text)
        if query is not None:
            ids = ",".join(str(int(pk)) for pk in found)
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT rowid, highlight(quotes_quote_fts, 0, %s, %s) FROM quotes_quote_fts "
                               f"WHERE quotes_quote_fts MATCH %s AND rowid IN ({ids})", [_HL_START, _HL_STOP, query])
                found.update(cursor.fetchall())
    return {pk: mark_safe(escape(s).replace(_HL_START, "<mark>").replace(_HL_STOP, "</mark>")) for pk, s in found.items()}


# --- keyset pagination over (dated, id), newest first ---------------------------------------

@dataclass(frozen=True)
class Cursor:
    dated: date
    id: int

    def __str__(self):
        return f"{self.dated.isoformat()}_{self.id}"

    @classmethod
    def parse(cls, value: str | None) -> "Cursor | None":
        if not value:
            return None
        try:
            day, pk = value.split("_", 1)
            return cls(date.fromisoformat(day), int(pk))
        except ValueError:
            return None


@dataclass
class KeysetPage:
    items: list
    next_cursor: Cursor | None
    previous_cursor: Cursor | None
    number: int

    @property
    def has_next(self):
        return self.next_cursor is not None

    @property
    def has_previous(self):
        return self.previous_cursor is not None

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


def keyset_page(quotes: QuerySet, *, after: str | None, before: str | None, number: int, size: int = 25,
                key: tuple[str, str] = ("dated", "id")) -> KeysetPage:
    """One page of quotes newest first, starting after (or ending before) a cursor.

    Reads size + 1 rows off the (dated, id) index whatever the depth: no OFFSET scan. `key` names
    the date and id the rows are ordered by, when another index holds them (a speaker's page
    orders by its links' copy of the date, QuoteQuerySet.by_speaker_newest_first).
    """
    day, pk = key
    after_cursor, before_cursor = Cursor.parse(after), Cursor.parse(before)
    if before_cursor:
        newer = Q(**{f"{day}__gt": before_cursor.dated}) | Q(**{day: before_cursor.dated, f"{pk}__gt": before_cursor.id})
        rows = list(quotes.filter(**{f"{day}__gte": before_cursor.dated}).filter(newer).order_by(day, pk)[: size + 1])
        more_before = len(rows) > size
        items = list(reversed(rows[:size]))
        more_after = True
    else:
        if after_cursor:
            # The redundant dated <= bound lets PostgreSQL start the index scan at the cursor.
            quotes = quotes.filter(**{f"{day}__lte": after_cursor.dated}).filter(
                Q(**{f"{day}__lt": after_cursor.dated}) | Q(**{day: after_cursor.dated, f"{pk}__lt": after_cursor.id}))
        rows = list(quotes.order_by(f"-{day}", f"-{pk}")[: size + 1])
        items = rows[:size]
        more_after = len(rows) > size
        more_before = after_cursor is not None
    number = max(1, number)
    if not more_before:
        number = 1

    def cursor(item):
        return Cursor(getattr(item, day), getattr(item, pk))

    return KeysetPage(
        items=items,
        next_cursor=cursor(items[-1]) if more_after and items else None,
        previous_cursor=cursor(items[0]) if more_before and items else None,
        number=number,
    )


# --- the speaker timeline as SVG geometry ---------------------------------------------------

PERIODS = ("day", "week", "month")
# Widest spans charted per day and per week: a month reads as some thirty days, half a year as
# some twenty-six weeks; anything longer per month.
DAY_SPAN, WEEK_SPAN = timedelta(days=62), timedelta(weeks=26)
MAX_TICKS = 5  # labels under the bars: five short dates fit a phone's width


@dataclass(frozen=True)
class Bar:
    x: float  # percent of the chart's width, so labels need no stretched viewBox
    width: float
    y: float  # pixels
    height: float
    label: str
    count: int


@dataclass(frozen=True)
class Tick:
    x: float  # percent of the chart's width, the middle of its bar
    label: str
    anchor: str  # SVG text-anchor: start and end keep the first and last labels inside the chart


@dataclass(frozen=True)
class TimelineChart:
    height: int
    bars: list[Bar]
    ticks: list[Tick]
    peak: int
    first_label: str
    last_label: str
    per: str

    def bar_rects(self) -> str:
        """The bars as SVG rects, each titled with its period and count (escaped by format_html)."""
        # Not a template loop: 105 weekly bars of a speaker's two years took 6.8 ms of the page's 50 ms
        # p95 budget at a million quotes (bench/web.py, "busiest speaker, per week"); this takes 0.3.
        return format_html_join("", '<rect x="{}%" y="{}" width="{}%" height="{}"><title>{}: {}</title></rect>',
                                ((bar.x, bar.y, bar.width, bar.height, bar.label, bar.count) for bar in self.bars))


def period_for(first: date | None, last: date | None) -> str:
    """The bar that reads best for a span of days: a day for up to two months, a week for up to
    half a year, a month beyond."""
    if first is None or last is None:
        return "month"
    span = last - first
    return "day" if span <= DAY_SPAN else "week" if span <= WEEK_SPAN else "month"


def period_start(day: date, per: str) -> date:
    if per == "day":
        return day
    return day - timedelta(days=day.weekday()) if per == "week" else day.replace(day=1)


def per_period(days: list[date], per: str) -> list[tuple[date, int]]:
    """[(first day of the day, week or month, how many of `days` fall in it)] in date order, as
    QuoteQuerySet.timeline counts them."""
    return sorted(Counter(period_start(day, per) for day in days).items())


def _next_period(day: date, per: str) -> date:
    if per == "day":
        return day + timedelta(days=1)
    if per == "week":
        return day + timedelta(days=7)
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def timeline_chart(buckets: list[tuple[date, int]], per: str, *, start: date | None = None, end: date | None = None,
                   height: int = 120) -> TimelineChart:
    """Bars for (bucket start, count) pairs, including empty buckets between them (and from `start`
    to `end`, e.g. the dates a reader filtered on), with a few evenly spaced date labels."""
    counts = dict(buckets)
    periods = []
    if counts or (start and end):
        first = min([*counts, *([period_start(start, per)] if start else [])])
        last = max([*counts, *([period_start(end, per)] if end else [])])
        day = first
        while day <= last and len(periods) < 800:
            periods.append(day)
            day = _next_period(day, per)
    peak = max(counts.values(), default=0)
    slot = 100 / max(1, len(periods))
    title_format = {"day": "%a %-d %b %Y", "week": "week of %-d %b %Y", "month": "%B %Y"}[per]
    bars = []
    for index, day in enumerate(periods):
        count = counts.get(day, 0)
        bar_height = (height - 4) * count / peak if peak else 0
        bars.append(Bar(x=round(index * slot + slot * 0.1, 3), width=round(slot * 0.8, 3),
                        y=round(height - bar_height, 2), height=round(bar_height, 2),
                        label=day.strftime(title_format), count=count))
    return TimelineChart(height=height, bars=bars, ticks=_ticks(periods, per, slot), peak=peak, per=per,
                         first_label=bars[0].label if bars else "", last_label=bars[-1].label if bars else "")


def _ticks(periods: list[date], per: str, slot: float) -> list[Tick]:
    """At most MAX_TICKS labels, evenly spaced; the first one says the year, and so does the first
    of each new year."""
    if not periods:
        return []
    step = max(1, math.ceil(len(periods) / MAX_TICKS))
    if per == "day" and len(periods) > MAX_TICKS:
        step = max(7, math.ceil(len(periods) / MAX_TICKS / 7) * 7)  # whole weeks: the same weekday each time
    ticks, year = [], None
    for index in range(0, len(periods), step):
        day = periods[index]
        if per == "month":
            label = day.strftime("%b %Y") if day.year != year or index == 0 else day.strftime("%b")
        else:
            label = day.strftime("%-d %b %Y") if day.year != year else day.strftime("%-d %b")
        year = day.year
        x = round(index * slot + slot / 2, 3)
        ticks.append(Tick(x=x, label=label, anchor="start" if x < 12 else "end" if x > 88 else "middle"))
    return ticks
