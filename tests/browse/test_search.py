"""Full-text search over quotes (PostgreSQL: search vector, websearch syntax, ranking, snippets;
SQLite: FTS5 with the porter stemmer), combined with the list filters."""

import re
from datetime import date, timedelta
from http import HTTPStatus

import pytest
from django.db import connection
from django.urls import reverse

from quotes.models import Outlet, Quote, Speaker
from tests.browse.test_pages import make_article


@pytest.fixture
def corpus(db):
    ana = Speaker.objects.create(name="Ana Costa")
    ben = Speaker.objects.create(name="Ben Ortiz")
    wire = Outlet.objects.create(name="Coastal Post")
    make_article([(ana, "The ceasefire must hold for the children", {}),
                  (ben, "We reject the ceasefire rumour entirely", {"kind": Quote.Kind.PARTIAL})],
                 outlet=wire, published=date(2025, 3, 1))
    make_article([(ana, "Ceasefire ceasefire ceasefire: the only word that matters", {}),
                  (ben, "Bread & <milk> prices are rising", {})], published=date(2025, 4, 1))
    make_article([(ben, "A rejected ceasefire claim", {"status": Quote.Status.REJECTED})], published=date(2025, 4, 2))
    return {"ana": ana, "ben": ben, "wire": wire}


def search(client, **params):
    response = client.get(reverse("quote_list"), params)
    assert response.status_code == HTTPStatus.OK
    return response


def texts(response):
    return [q.text for q in response.context["page"]]


def test_it_finds_quotes_by_their_words(journalist_client, corpus):
    found = texts(search(journalist_client, q="ceasefire"))
    assert sorted(found) == sorted([
        "The ceasefire must hold for the children", "We reject the ceasefire rumour entirely",
        "Ceasefire ceasefire ceasefire: the only word that matters",
    ])  # never the rejected one


def test_it_understands_excluded_words_and_phrases(journalist_client, corpus):
    assert texts(search(journalist_client, q="ceasefire -rumour")).count("We reject the ceasefire rumour entirely") == 0
    assert texts(search(journalist_client, q='"must hold"')) == ["The ceasefire must hold for the children"]


def test_it_combines_search_with_filters(journalist_client, corpus):
    assert texts(search(journalist_client, q="ceasefire", outlet=corpus["wire"].pk, kind="partial")) == [
        "We reject the ceasefire rumour entirely"]
    assert texts(search(journalist_client, q="ceasefire", speaker=corpus["ana"].pk, date_from="2025-03-15")) == [
        "Ceasefire ceasefire ceasefire: the only word that matters"]


def test_it_highlights_matches_and_escapes_the_rest(journalist_client, corpus):
    html = search(journalist_client, q="bread").content.decode()
    assert "<mark>Bread</mark> &amp;" in html  # (PostgreSQL's headline drops tag-like words)
    assert "<milk>" not in html


def test_it_ranks_the_best_match_first(journalist_client, corpus):
    response = search(journalist_client, q="ceasefire")
    assert response.context["ranked"]
    assert texts(response)[0] == "Ceasefire ceasefire ceasefire: the only word that matters"
    assert texts(search(journalist_client, q="ceasefires"))  # stemming: the plural finds the singular


def test_newest_first_is_one_choice_away(journalist_client, corpus):
    response = search(journalist_client, q="ceasefire", sort="newest")
    assert not response.context["ranked"]
    assert texts(response)[0] == "Ceasefire ceasefire ceasefire: the only word that matters"
    assert texts(response)[-1] in {"The ceasefire must hold for the children", "We reject the ceasefire rumour entirely"}


def test_search_as_you_type_returns_only_the_results_for_htmx(journalist_client, corpus):
    response = journalist_client.get(reverse("quote_list"), {"q": "bread"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html and html.lstrip().startswith('<div id="results"')
    assert "prices are rising" in html


def test_an_overlong_query_is_cut_not_an_error(journalist_client, corpus):
    response = journalist_client.get(reverse("quote_list"), {"q": "ceasefire " * 100})
    assert response.status_code == HTTPStatus.OK


def test_ranked_pages_count_the_matches_and_clamp_like_a_paginator(journalist_client, corpus, monkeypatch):
    """Ranking, counting and paging happen in one query on PostgreSQL: the page numbers, the count
    and out-of-range pages behave as Django's Paginator.get_page() (the SQLite path)."""
    monkeypatch.setattr("quotes.browse.views.PAGE_SIZE", 2)
    first = search(journalist_client, q="ceasefire")
    assert first.context["page"].paginator.count == 3  # the rejected quote is not counted
    assert first.context["page"].paginator.num_pages == 2 and first.context["page"].has_next()
    second = search(journalist_client, q="ceasefire", page=2)
    assert len(texts(second)) == 1 and not set(texts(second)) & set(texts(first))
    for page in ("99", "-1", "0"):
        assert texts(search(journalist_client, q="ceasefire", page=page)) == texts(second), page
    assert texts(search(journalist_client, q="ceasefire", page="x")) == texts(first)
    assert texts(search(journalist_client, q="zeppelin")) == [] and search(journalist_client, q="zeppelin", page=3)


def test_search_rows_show_every_speaker_in_order_with_snippets(journalist_client, corpus):
    make_article([([corpus["ben"], corpus["ana"]], "Ceasefire talks resume", {})], published=date(2025, 5, 1))
    html = search(journalist_client, q="talks").content.decode()
    assert re.search(r"<mark>[Tt]alks</mark>", html)
    assert re.search(r">Ben Ortiz</a> and <a [^>]*>Ana Costa</a>", html)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="ranked windows are cached on PostgreSQL only")
def test_a_cached_ranking_still_shows_what_changed_since(journalist_client, corpus):
    assert len(texts(search(journalist_client, q="ceasefire"))) == 3  # ranked, and cached
    # a quote rejected since leaves the results at once: the page's rows are read afresh
    Quote.objects.filter(text="We reject the ceasefire rumour entirely").update(status=Quote.Status.REJECTED)
    assert "We reject the ceasefire rumour entirely" not in texts(search(journalist_client, q="ceasefire"))
    # a quote stored since is ranked at once: the cached window is stamped with the newest quote
    make_article([(corpus["ben"], "Ceasefire ceasefire ceasefire ceasefire now", {})], published=date(2025, 5, 1))
    assert texts(search(journalist_client, q="ceasefire"))[0] == "Ceasefire ceasefire ceasefire ceasefire now"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="relevance is ranked on PostgreSQL only")
def test_more_matches_than_are_ranked_are_one_link_away(journalist_client, corpus, settings):
    settings.SEARCH_RANK_WINDOW = 2
    response = search(journalist_client, q="ceasefire")
    # the two most recent of the three visible matches, best first; the oldest is left unranked
    assert texts(response) == ["Ceasefire ceasefire ceasefire: the only word that matters",
                               "We reject the ceasefire rumour entirely"]
    html = response.content.decode()
    assert "2+ matches" in html and "ranked among the 2 most recent" in html
    newest = re.search(r'<a href="\?([^"]*sort=newest)">newest first</a> lists them all', html)
    assert newest, html
    everything = journalist_client.get(reverse("quote_list") + "?" + newest.group(1).replace("&amp;", "&"))
    assert len(texts(everything)) == 3 and not everything.context["ranked"]


@pytest.fixture
def archive(db):
    """100 quotes over 100 days: "budget" in nearly every one, "comment" every tenth day and once
    among the newest, "harbour" in the 10 oldest and once among the newest, "zeppelin" in two; and
    newer rejected quotes with the same words."""
    speaker = Speaker.objects.create(name="Ana Costa")
    for day in range(100):
        words = "The budget must pass" if day % 10 else "No comment on that"
        if day < 10 or day == 96:
            words += " at the harbour"
        if day == 95:
            words += " with no comment"
        if day in (40, 70):
            words += " said the zeppelin pilot"
        quotes = [(speaker, words, {})]
        if day % 25 == 24:
            rejected = "A rejected budget harbour quote" + (" from the zeppelin" if day == 99 else "")
            quotes.append((speaker, rejected, {"status": Quote.Status.REJECTED}))
        make_article(quotes, published=date(2024, 1, 1) + timedelta(days=day))
    return Quote.objects.visible()


def archive_stamp() -> list[int]:
    """What a ranked window is stamped with: the newest quote id and the count of changes to quotes."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT last_value FROM quotes_search_epoch")
        return [Quote.objects.latest("id").id, cursor.fetchone()[0]]


def newest_matches_ranked(quotes, text, window):
    """What a ranked window is: the `window` most recent matches, by rank then date (read plainly)."""
    from django.contrib.postgres.search import SearchRank

    from quotes.browse.search import match_quotes, search_vector, web_query

    newest = list(match_quotes(quotes, text).annotate(rank=SearchRank(search_vector(), web_query(text)))
                  .order_by("-dated", "-id").values_list("id", "dated", "rank")[:window])
    return [pk for pk, _, _ in sorted(newest, key=lambda row: (-row[2], -row[1].toordinal(), -row[0]))]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="ranked windows are PostgreSQL's")
@pytest.mark.parametrize("text", ["budget", "comment", "harbour", "zeppelin", "budget -harbour", "harbour or zeppelin"])
def test_both_ways_of_finding_the_newest_matches_rank_the_same_quotes(archive, settings, text):
    """Walking the newest quotes (then the full-text index when the walk found too few) and going to
    the full-text index directly give exactly the newest matches: for a word in most recent quotes
    (found in the walk's first stretch), in one recent quote and more further back (the rest of the
    walk), in one recent quote and old ones only (the walk ends short), in fewer quotes than the
    window."""
    from quotes.browse.search import fetch_ranked_window

    settings.SEARCH_RANK_WINDOW = 3
    expected = newest_matches_ranked(archive, text, 3)
    assert expected
    for walk in (60, 150, None):  # a short walk, a long one that is probed first, no walk
        with connection.cursor() as cursor:
            stamp, ids = fetch_ranked_window(cursor, archive, text, walk=walk)
        assert (stamp, ids) == (archive_stamp(), expected), walk


@pytest.mark.skipif(connection.vendor != "postgresql", reason="ranked windows are PostgreSQL's")
@pytest.mark.parametrize("text", ['"the harbour"', "zeppelin", '"no comment"'])
def test_a_phrase_among_other_filters_ranks_its_newest_matches(archive, settings, journalist_client, text):
    """A phrase or a rare word with a filter other than dates ranks its newest matches, near the
    newest day or far back."""
    settings.SEARCH_RANK_WINDOW = 3
    expected = newest_matches_ranked(archive.filter(kind=Quote.Kind.DIRECT), text, 3)
    assert expected
    page = search(journalist_client, q=text, kind="direct").context["page"]
    assert [quote.pk for quote in page] == expected


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statistics")
def test_common_words_are_walked_and_rare_ones_looked_up(archive):
    """The walk is chosen for words in many quotes, and stops at twice the length expected to fill
    the window; words in few quotes are looked up in the full-text index at once."""
    from quotes.browse.search import estimated_matches, walk_length

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE quotes_quote")
    matches, total = estimated_matches(archive, "budget")
    assert total == 104 and 80 < matches < 104
    assert 3 < walk_length(matches, total, 3) <= 8  # ~3.5 quotes expected to hold 3 matches
    assert walk_length(*estimated_matches(archive, "zeppelin"), 3) is None
    assert walk_length(*estimated_matches(archive, "zeppelin or quasar"), 3) is None
    assert walk_length(0, 0, 3) is None  # never analyzed


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL plans")
def test_the_walk_reads_one_index_without_visiting_the_table(transactional_db, settings):
    """A search for a common word tests the words of many recent quotes to find its newest matches:
    from the entries of one index (migration 0009), once autovacuum has marked the table's pages
    all-visible, rather than row by row from the table."""
    from django.db import transaction
    from django.http import QueryDict

    from quotes.browse.filters import QuoteFilter
    from quotes.browse.search import ranked_window_sql

    settings.SEARCH_RANK_WINDOW = 5
    speaker = Speaker.objects.create(name="Ana Costa")
    for day in range(1, 29):
        make_article([(speaker, f"Talks on day {day} went well", {}), (speaker, "Nothing to add", {}),
                      (speaker, "A rejected talks quote", {"status": Quote.Status.REJECTED})],
                     published=date(2025, 2, day))
    with connection.cursor() as cursor:
        # The tests before this one left the indexes swollen with the entries of their rolled-back
        # rows (two per quote since migration 0014 rewrites a row when its speakers are linked):
        # the walk is measured on indexes the size of this table, as after an import and VACUUM.
        cursor.execute("REINDEX TABLE quotes_quote")
        cursor.execute("VACUUM ANALYZE quotes_quote")
    candidates = QuoteFilter(QueryDict("q=talks&date_to=2025-12-31"), queryset=Quote.objects.visible()).candidates
    sql, params = ranked_window_sql(candidates, "talks", walk=250)  # long: probed first
    with transaction.atomic(), connection.cursor() as cursor:
        # The table is tiny: without these PostgreSQL would rather read all of it.
        cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off")
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0][0]["Plan"]
        cursor.execute(sql, params)
        ids = cursor.fetchone()[1]

    def nodes(node):
        yield node
        for child in node.get("Plans", []):
            yield from nodes(child)

    ctes = {node.get("Subplan Name"): node for node in nodes(plan)}
    scans = [node for node in nodes(ctes["CTE probe"]) if "Index Name" in node]
    assert [(scan["Node Type"], scan["Index Name"], scan["Heap Fetches"]) for scan in scans] == [
        ("Index Only Scan", "quote_visible_dated_search_idx", 0)]
    assert scans[0]["Actual Rows"] < 28 * 2  # it stopped once it had the window, not at the end
    # the first stretch of the walk found the window: no more walking (and the walk's statement
    # has no full-text lookup to fall back on: fetch_ranked_window runs that one only if needed)
    assert ctes["CTE rest"]["Actual Loops"] == 0 and "CTE matched" not in ctes
    assert ids is not None
    newest = Quote.objects.filter(text__startswith="Talks").order_by("-dated").values_list("id", flat=True)[:5]
    assert sorted(ids) == sorted(newest)


@pytest.mark.parametrize("sort", ["", "newest"])
def test_control_characters_in_a_quote_never_become_markup(journalist_client, corpus, sort):
    """The snippet's highlight markers are swapped for <mark> after escaping: text holding the
    characters a marker might be made of (\\x02, \\x03 or any other) stays text."""
    make_article([(corpus["ana"], "Harvest \x02evil\x03 and \x02<b>bold</b>\x03 ceasefire talk", {})])
    html = search(journalist_client, q="ceasefire talk", sort=sort).content.decode()
    assert "<mark>evil</mark>" not in html and "<mark>&lt;b&gt;" not in html and "<b>bold" not in html
    assert html.count("<mark>") == html.count("</mark>") >= 1  # the real match is still highlighted


@pytest.mark.skipif(connection.vendor != "postgresql", reason="ranked windows are PostgreSQL's")
@pytest.mark.parametrize("text", ['"budget must pass"', 'budget "must pass"', '"zeppelin pilot"', '"zeppelin pilot" -harbour'])
def test_a_phrase_read_month_by_month_ranks_its_newest_matches(archive, settings, monkeypatch, text):
    """A phrase with pairs of adjacent words is looked up in its newest months first (the pairs'
    index holds each with its quote's month), then further back: the window is the same as read
    plainly, whether the newest month holds it ("budget must pass": 90 quotes) or not ("zeppelin
    pilot": in February and March 2024 only)."""
    from django.test.utils import CaptureQueriesContext

    from quotes.browse import search

    # Here the months always (not only while they span a quarter of the archive), starting from a
    # range too short for a rare phrase.
    monkeypatch.setattr(search, "PAIRS_MONTHS_SHARE", 1.0)
    monkeypatch.setattr(search, "LOOKUP_MARGIN", 0.2)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE quotes_quote")
    settings.SEARCH_RANK_WINDOW = 3
    expected = newest_matches_ranked(archive, text, 3)
    assert expected
    with CaptureQueriesContext(connection) as queries, connection.cursor() as cursor:
        stamp, ids = search.fetch_ranked_window(cursor, archive, text, walk=None)
    assert (stamp, ids) == (archive_stamp(), expected)
    lookups = [query["sql"] for query in queries.captured_queries if "WITH matched" in query["sql"]]
    assert "202404" in lookups[0] and "202402" not in lookups[0]
    if "zeppelin" in text:
        assert len(lookups) > 1  # the newest months held too few


@pytest.fixture
def harbour_board(db):
    """A body whose name holds a word most quotes hold ("harbour"), quoted twice, among 150 quotes of
    others about the harbour; each of the board and another speaker once mentions a zeppelin."""
    board = Speaker.objects.create(name="Board of Harbour Pilots", kind=Speaker.Kind.ORGANIZATION)
    other = Speaker.objects.create(name="Ines Okafor")
    make_article([(other, f"The harbour dredging is on schedule, phase {n}", {}) for n in range(150)])
    make_article([(board, "A zeppelin moored over the harbour mouth", {}),
                  (board, "Pilots will keep the channel open", {}),
                  (other, "I saw the zeppelin too", {})])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE quotes_quote")
    return board


def test_a_word_on_a_body_page_whose_name_holds_a_common_word(journalist_client, harbour_board):
    """The board's page searched for a rare word finds the board's quote holding it, and nobody else's."""
    response = journalist_client.get(harbour_board.get_absolute_url(), {"q": "zeppelin"})
    assert response.status_code == HTTPStatus.OK
    assert [quote.text for quote in response.context["page"]] == ["A zeppelin moored over the harbour mouth"]
    response = journalist_client.get(harbour_board.get_absolute_url(), {"q": "channel"})
    assert [quote.text for quote in response.context["page"]] == ["Pilots will keep the channel open"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statistics")
def test_a_search_in_a_speakers_quotes_intersects_the_rare_words_of_their_name(harbour_board):
    """The full-text index is asked for the name's words few quotes hold ("harbour" is in most of them;
    "of" is a stop word), and for the rarest one when every word is common."""
    from quotes.browse.search import rare_name_words

    assert rare_name_words(Quote.objects.all(), harbour_board.name) == "Board Pilots"
    assert rare_name_words(Quote.objects.all(), "Harbour Dredging Phase") in {"Harbour", "Dredging", "Phase"}
    # Ines Okafor speaks in most quotes: one word of her name
    assert rare_name_words(Quote.objects.all(), "Ines Okafor") in {"Ines", "Okafor"}
