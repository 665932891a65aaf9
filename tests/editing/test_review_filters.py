"""The review queue's filters: why a quote is queued, its outlet, its import batch."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from quotes.extraction.types import ArticleExtraction
from quotes.models import Article, ImportBatch, Outlet, Quote, QuoteCheck
from quotes.store.extractions import store_extraction
from tests.editing.fixtures import BODY, article, found  # noqa: F401


@pytest.fixture
def two_desks(article, alice):
    """The fixture's article from a wire's import; a second one, typed in by hand at another outlet,
    whose "barbaric" is confident and sourced but by a speaker nobody has reviewed."""
    wire, post = Outlet.objects.create(name="Harbour Wire"), Outlet.objects.create(name="Island Post")
    batch = ImportBatch.objects.create(created_by=alice, original_name="wire-march.jsonl")
    Article.objects.filter(pk=article.pk).update(outlet=wire, import_batch=batch)
    other = Article.objects.create(title="Leaders meet again", body=BODY + "\n\nMore to follow.", outlet=post, url="https://post.example/2")
    store_extraction(article=other, extraction=ArticleExtraction(quotes=(found("barbaric", confidence=0.9),)))
    return {"wire": wire, "post": post, "batch": batch, "other": other}


def queue(client, **params):
    response = client.get(reverse("review_queue"), params)
    assert response.status_code == HTTPStatus.OK
    return sorted((quote.article.title, quote.text) for quote in response.context["quotes"]), response


def test_without_filters_the_queue_holds_both_articles(editor_client, two_desks):
    assert len(queue(editor_client)[0]) == 4


@pytest.mark.parametrize("reason, expected", [
    ("low_confidence", [("Leaders meet", "barbaric")]),
    ("no_source", [("Leaders meet", "a milestone for both nations"), ("Leaders meet", "barbaric"),
                   ("Leaders meet again", "barbaric")]),
    ("no_speaker", []),
])
def test_the_reason_filter_keeps_the_quotes_queued_for_it(editor_client, two_desks, reason, expected):
    assert queue(editor_client, reason=reason)[0] == expected


def test_the_reason_filter_finds_quotes_altered_against_their_source(editor_client, two_desks):
    from quotes.models import PrimaryDocument

    quote = Quote.objects.get(article=two_desks["other"])
    document = PrimaryDocument.objects.create(title="Readout", text="The attack was barbarous.")
    QuoteCheck.objects.create(quote=quote, document=document, result=QuoteCheck.Result.ALTERED)
    assert queue(editor_client, reason="altered")[0] == [("Leaders meet again", "barbaric")]


def test_the_outlet_filter_keeps_one_outlets_quotes(editor_client, two_desks):
    assert queue(editor_client, outlet=two_desks["post"].pk)[0] == [("Leaders meet again", "barbaric")]
    assert len(queue(editor_client, outlet=two_desks["wire"].pk)[0]) == 3


def test_the_batch_filter_keeps_one_imports_quotes_and_names_the_file(editor_client, two_desks):
    texts, response = queue(editor_client, batch=two_desks["batch"].pk)
    assert [title for title, _ in texts] == ["Leaders meet"] * 3
    assert f"#{two_desks['batch'].pk} wire-march.jsonl" in response.content.decode()


def test_filters_combine(editor_client, two_desks):
    assert queue(editor_client, reason="low_confidence", outlet=two_desks["post"].pk)[0] == []


@pytest.mark.parametrize("params", [{"reason": "bored"}, {"outlet": "987654"}, {"batch": "nonsense"},
                                    {"outlet": "１２"}, {"batch": "-1"}])
def test_a_bad_filter_value_is_a_form_error_not_a_500(editor_client, two_desks, params):
    texts, response = queue(editor_client, **params)
    assert "Select a valid choice" in response.content.decode()
    assert len(texts) == 4  # the other filters (none here) still apply


def test_pages_keep_the_filters(editor_client, two_desks, monkeypatch):
    from quotes.editing import views

    monkeypatch.setattr(views, "REVIEW_PAGE_SIZE", 2)
    html = editor_client.get(reverse("review_queue"), {"outlet": two_desks["wire"].pk}).content.decode()
    assert f'href="?outlet={two_desks["wire"].pk}&amp;page=2"' in html
    second = editor_client.get(reverse("review_queue"), {"outlet": two_desks["wire"].pk, "page": 2})
    assert len(second.context["quotes"]) == 1
    assert f'href="?outlet={two_desks["wire"].pk}&amp;page=1"' in second.content.decode()
