"""Attaching a readout checks every quote that could come from it, and new quotes as they arrive."""

import datetime

import pytest

from quotes.models import PrimaryDocument, Quote, QuoteCheck
from tests.checking.conftest import MARCH_3, READOUT_SOURCE, attach, quote_of, report
from tests.checking.texts import READOUT


def verdict(quote):
    return quote.checks.get().result


def test_attaching_a_readout_checks_the_three_reports(readout, reports):
    assert readout.check_status == PrimaryDocument.CheckStatus.DONE
    assert readout.check_total == readout.check_done == 4
    assert verdict(quote_of(reports["verbatim"], "will not")) == "verbatim"
    assert verdict(quote_of(reports["verbatim"], "We have honored")) == "verbatim"  # American spelling folds
    changed = quote_of(reports["changed"], "a brutal").checks.get()
    assert changed.result == "altered"
    assert ["~", "barbaric", "brutal"] in changed.diff
    assert changed.document_words == "a barbaric act that the whole region condemns"
    spliced = quote_of(reports["spliced"], "will accept").checks.get()
    assert spliced.result == "spliced"
    assert spliced.negation_changed
    assert ["-", "not", ""] in spliced.diff


def test_the_readout_is_linked_to_the_source_articles_name(readout):
    assert list(readout.sources.values_list("label", flat=True)) == ["presidency readout"]


def test_a_quote_arriving_later_is_checked_on_arrival(readout, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        later = report("Marsh on harvest", "Harbour Wire",
                       "Marsh said \u201cthe harvest had been very poor this year\u201d.",
                       ["the harvest had been very poor this year"], day=MARCH_3 + datetime.timedelta(days=2))
    check = later.quotes.get().checks.get()
    assert check.document == readout
    assert check.result == "altered"
    assert ["+", "", "very"] in check.diff


def test_quotes_by_others_or_outside_the_window_are_not_checked(readout, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        months_later = report("Marsh again", "Harbour Wire", "Marsh said she \u201cwill not accept any partition\u201d.",
                              ["will not accept any partition"], day=MARCH_3 + datetime.timedelta(days=90), source=None)
    assert not QuoteCheck.objects.filter(quote__article=months_later).exists()


def test_a_quote_via_the_linked_source_is_checked_whenever_it_is_dated(readout, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        archived = report("Marsh retrospective", "Harbour Wire", "Marsh said Corvalia \u201cwill not accept any partition\u201d.",
                          ["will not accept any partition"], day=MARCH_3 + datetime.timedelta(days=90), source=READOUT_SOURCE)
    assert archived.quotes.get().checks.get().result == "verbatim"


def test_not_found_is_recorded(readout, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invented = report("Marsh on rates", "Daily Ledger", "Marsh said \u201cinterest rates must fall before the summer\u201d.",
                          ["interest rates must fall before the summer"])
    assert invented.quotes.get().checks.get().result == "not_found"


def test_rechecking_replaces_verdicts_and_shows_progress(readout, reports, editor_client, django_capture_on_commit_callbacks):
    QuoteCheck.objects.update(result="not_found")
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(f"/documents/{readout.pk}/recheck/")
    assert response.status_code == 302
    assert verdict(quote_of(reports["verbatim"], "will not")) == "verbatim"
    assert QuoteCheck.objects.count() == 4


def test_a_new_extraction_of_the_article_checks_again(readout, reports, django_capture_on_commit_callbacks):
    from quotes.extraction.types import ArticleExtraction
    from quotes.store.extractions import store_extraction
    from tests.checking.conftest import quoted

    article = reports["changed"]
    with django_capture_on_commit_callbacks(execute=True):
        store_extraction(article=article, extraction=ArticleExtraction(quotes=(
            quoted(article.body, "a brutal act that the whole region"),)))
    assert article.quotes.get().checks.get().result == "altered"
    assert READOUT.count("barbaric") == 1


def test_journalists_cannot_recheck(readout, journalist_client):
    assert journalist_client.post(f"/documents/{readout.pk}/recheck/").status_code == 403


def test_a_failed_check_is_recorded_and_shown(readout, monkeypatch, journalist_client):
    from quotes.checking import checks

    def broken(*args, **kwargs):
        raise RuntimeError("the aligner broke")

    monkeypatch.setattr(checks, "store_checks", broken)
    with pytest.raises(RuntimeError):
        checks.check_document(document_id=readout.pk)
    readout.refresh_from_db()
    assert readout.check_status == PrimaryDocument.CheckStatus.FAILED
    assert "The check failed: RuntimeError: the aligner broke" in journalist_client.get(readout.get_absolute_url()).content.decode()


def test_an_editors_new_boundaries_are_checked_again(readout, reports, bob, django_capture_on_commit_callbacks):
    from quotes.editing import workflows

    quote = quote_of(reports["changed"], "a brutal")
    start = quote.article.body.index("the whole region condemns")
    with django_capture_on_commit_callbacks(execute=True):
        workflows.change_span(quote=quote, start=start, end=start + len("the whole region condemns"),
                              version=quote.version, user=bob)
    assert quote.checks.get().result == "verbatim"


def test_a_quote_given_to_someone_else_loses_its_verdict(readout, reports, bob, django_capture_on_commit_callbacks):
    from quotes.editing import workflows
    from quotes.models import Speaker

    quote = quote_of(reports["changed"], "a brutal")
    quote.source = None
    quote.save()
    other = Speaker.objects.create(name="Tomas Reyve")
    with django_capture_on_commit_callbacks(execute=True):
        workflows.replace_speaker(quote=quote, speaker=other, version=Quote.objects.get(pk=quote.pk).version, user=bob)
    assert not quote.checks.exists()
