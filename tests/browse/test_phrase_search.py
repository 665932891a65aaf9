"""A phrase in quotes finds the quotes holding its words side by side, and only those: on PostgreSQL
through the index of pairs of adjacent words (migration 0021_phrase_pairs), on SQLite through FTS5.
Whatever way a quote's text got there: stored one by one, corrected by an editor, imported in bulk."""

import json
from datetime import date
from http import HTTPStatus

import pytest
from django.db import connection
from django.urls import reverse

from quotes.editing import workflows
from quotes.models import Outlet, Quote, Speaker
from tests.browse.test_pages import make_article

SIDE_BY_SIDE = "The harbour talks resume on Monday at dawn"
APART = "Talks about the harbour resume on Monday"
THREE_APART = "Harbour talks stall while other talks resume"  # 'harbour talks' and 'talks resume', apart
OTHER_OUTLET = "Harbour talks resume after the storm, the pilots said"
BY_TITLE = "We will be there at dawn"


@pytest.fixture
def archive(db):
    ana = Speaker.objects.create(name="Ana Costa")
    ben = Speaker.objects.create(name="Ben Ortiz")
    coast = Outlet.objects.create(name="Coastal Post")
    inland = Outlet.objects.create(name="Inland Daily")
    make_article([(ana, SIDE_BY_SIDE, {}), (ben, APART, {})], outlet=coast, published=date(2025, 3, 1))
    make_article([(ana, THREE_APART, {})], outlet=coast, published=date(2025, 3, 2))
    make_article([(ben, OTHER_OUTLET, {})], outlet=inland, published=date(2025, 3, 3))
    make_article([(ana, BY_TITLE, {})], outlet=inland, published=date(2025, 3, 4), title="Harbour talks resume")
    make_article([(ana, "Rejected: harbour talks resume", {"status": Quote.Status.REJECTED})],
                 outlet=coast, published=date(2025, 3, 5))
    return {"ana": ana, "ben": ben, "coast": coast, "inland": inland}


def found(client, url=None, **params):
    response = client.get(url or reverse("quote_list"), params)
    assert response.status_code == HTTPStatus.OK
    return sorted(quote.text for quote in response.context["page"])


def test_a_phrase_finds_its_words_side_by_side_and_not_apart(journalist_client, archive):
    assert found(journalist_client, q='"harbour talks"') == sorted(
        [SIDE_BY_SIDE, THREE_APART, OTHER_OUTLET, BY_TITLE])  # the title holds it too
    # Three words: both pairs of adjacent words held, but apart, is not the phrase.
    assert found(journalist_client, q='"harbour talks resume"') == sorted([SIDE_BY_SIDE, OTHER_OUTLET, BY_TITLE])
    # Stemmed as words are: "talk resumes" is "talks resume".
    assert found(journalist_client, q='"talk resumes"') == sorted([SIDE_BY_SIDE, THREE_APART, OTHER_OUTLET, BY_TITLE])
    assert found(journalist_client, q='"resume talks"') == []


def test_a_phrase_with_stop_words_or_a_hyphenated_word(journalist_client, archive):
    """Stop words inside a phrase stand for any word (PostgreSQL) or for themselves (SQLite); a
    hyphenated word is its parts side by side."""
    assert found(journalist_client, q='"talks about the harbour"') == [APART]
    assert found(journalist_client, q='"harbour talks at dawn"') == []
    make_article([(archive["ben"], "A long-awaited deal for the harbour", {})])
    make_article([(archive["ben"], "A long wait, awaited by the harbour", {})])
    assert found(journalist_client, q="long-awaited") == ["A long-awaited deal for the harbour"]
    assert found(journalist_client, q='"long-awaited deal"') == ["A long-awaited deal for the harbour"]


def test_a_phrase_on_the_page_of_a_speaker_with_a_one_word_name(journalist_client, archive):
    """A one-word name has no pair of words to look up with the phrase's."""
    oxfam = Speaker.objects.create(name="Oxfam", kind=Speaker.Kind.ORGANIZATION)
    make_article([(oxfam, "The harbour talks resume too late", {}), (oxfam, "Talks on the harbour resume", {})])
    assert found(journalist_client, oxfam.get_absolute_url(), q='"harbour talks"') == ["The harbour talks resume too late"]


def test_a_phrase_combines_with_words_exclusions_and_or(journalist_client, archive):
    assert found(journalist_client, q='"harbour talks" dawn') == sorted([SIDE_BY_SIDE, BY_TITLE])
    assert found(journalist_client, q='"harbour talks" -dawn') == sorted([THREE_APART, OTHER_OUTLET])
    assert found(journalist_client, q='talks -"harbour talks"') == [APART]
    assert found(journalist_client, q='"harbour talks resume" or "harbour resume"') == sorted(
        [SIDE_BY_SIDE, APART, OTHER_OUTLET, BY_TITLE])


def test_a_phrase_with_an_outlet_finds_that_outlets_quotes_only(journalist_client, archive):
    assert found(journalist_client, q='"harbour talks"', outlet=archive["coast"].pk) == sorted([SIDE_BY_SIDE, THREE_APART])
    assert found(journalist_client, q='"harbour talks resume"', outlet=archive["inland"].pk) == sorted(
        [OTHER_OUTLET, BY_TITLE])
    assert found(journalist_client, q='"harbour talks"', outlet=archive["coast"].pk, sort="newest") == sorted(
        [SIDE_BY_SIDE, THREE_APART])


def test_a_phrase_on_a_speaker_page_and_with_the_speaker_filter(journalist_client, archive):
    ana = archive["ana"]
    assert found(journalist_client, ana.get_absolute_url(), q='"harbour talks resume"') == sorted([SIDE_BY_SIDE, BY_TITLE])
    assert found(journalist_client, q='"harbour talks resume"', speaker=ana.pk) == sorted([SIDE_BY_SIDE, BY_TITLE])
    assert found(journalist_client, archive["ben"].get_absolute_url(), q='"harbour talks"') == [OTHER_OUTLET]


def test_a_phrase_follows_an_editors_correction_of_the_text(journalist_client, archive, bob):
    quote = Quote.objects.get(text=SIDE_BY_SIDE)
    # The editor trims the quote to "talks resume on Monday at dawn": no longer the phrase.
    start = quote.start + SIDE_BY_SIDE.index("talks")
    workflows.change_span(quote=quote, start=start, end=quote.end, version=quote.version, user=bob)
    assert found(journalist_client, q='"harbour talks"') == sorted([THREE_APART, OTHER_OUTLET, BY_TITLE])
    assert "talks resume on Monday at dawn" in found(journalist_client, q='"talks resume"')
    # and widens it back: found again at once, best first too (the ranked window of the search made
    # a moment ago is cached, but stamped with the count of changes to quotes: migration 0028).
    quote.refresh_from_db()
    workflows.change_span(quote=quote, start=start - len("harbour "), end=quote.end, version=quote.version, user=bob)
    assert "harbour talks resume on Monday at dawn" in found(journalist_client, q='"harbour talks"')
    assert "harbour talks resume on Monday at dawn" in found(journalist_client, q='"harbour talks"', sort="newest")
    assert "harbour talks resume on Monday at dawn" in found(journalist_client, q='"harbour talks resume"')


def test_a_speaker_added_by_an_editor_shows_in_a_ranked_search_made_a_moment_before(journalist_client, archive, bob):
    """A search by a speaker's name (ranked, its window cached) finds a quote the editor gives them
    right after, without waiting for the cache."""
    assert found(journalist_client, q="ortiz") == sorted([APART, OTHER_OUTLET])
    quote = Quote.objects.get(text=BY_TITLE)
    workflows.add_speaker(quote=quote, speaker=archive["ben"], version=quote.version, user=bob)
    assert found(journalist_client, q="ortiz") == sorted([APART, OTHER_OUTLET, BY_TITLE])


def test_a_phrase_in_a_speakers_new_name_finds_their_quotes(journalist_client, archive, bob):
    """The pairs of a quote's document hold its speakers' names, kept as the names change."""
    assert found(journalist_client, q='"ben ortiz"') == sorted([APART, OTHER_OUTLET])
    workflows.update_speaker(speaker=archive["ben"], version=archive["ben"].version, user=bob, name="Benedict Ortiz")
    assert found(journalist_client, q='"benedict ortiz"') == sorted([APART, OTHER_OUTLET])
    assert found(journalist_client, q='"ben ortiz"') == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plans")
def test_a_phrase_reads_only_the_quotes_holding_its_pairs(archive):
    """The full-text lookup of a phrase reads from the table the quotes holding its pairs of adjacent
    words, not every quote holding its words (here: every quote but one holds "talks")."""
    from quotes.browse.search import match_quotes

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE quotes_quote")
        # The table is tiny: PostgreSQL would rather read all of it, or walk an index of all of it.
        cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off")
    quotes = match_quotes(Quote.objects.order_by(), '"harbour talks resume"')
    plan = quotes.explain(analyze=True, format="json")

    def nodes(node):
        yield node
        for child in node.get("Plans", []):
            yield from nodes(child)

    plan = list(nodes(json.loads(plan)[0]["Plan"]))
    assert [node["Index Name"] for node in plan if "Index Name" in node] == ["quote_search_pairs_month_idx"]
    heap = next(node for node in plan if node["Node Type"] == "Bitmap Heap Scan")
    # Read: the four quotes holding the phrase (the rejected one included: all quotes here), and
    # THREE_APART, which holds both pairs apart and which the phrase itself then leaves out; not
    # APART, nor the quote holding none of the words.
    assert (heap["Actual Rows"], heap["Rows Removed by Filter"]) == (4, 1)
