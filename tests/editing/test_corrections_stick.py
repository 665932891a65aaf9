"""Corrections stick: re-extraction keeps the editor's work, and confirmed names teach later articles."""

from django.urls import reverse

from quotes.extraction.types import ArticleExtraction
from quotes.models import Quote, Speaker
from quotes.store.extractions import extract_article, store_extraction, submit_article
from tests.editing.fixtures import article, barbaric, found  # noqa: F401

FIRST = ("OSLO, June 1 - Norway will cut fishing quotas, the ministry said. \"The stocks cannot take another "
         "year like the last one,\" Holm told reporters in Oslo on Monday.")
NEXT = ("BERGEN, June 3 - \"Quotas will stay low for two years,\" Holm said at a press conference in Bergen "
        "on Wednesday.")


def test_a_correction_in_one_article_fixes_the_same_speaker_in_the_next(editor_client, db):
    minister = Speaker.objects.create(name="Ingrid Holm", role="Fisheries Minister", affiliation="Norway")
    first = submit_article(title="Quotas cut", body=FIRST)
    quote = first.quotes.get(kind=Quote.Kind.DIRECT)  # ("the ministry said" is reported speech)
    assert quote.speakers.get().name == "Holm"  # the extractor could not know which Holm

    editor_client.post(reverse("quote_correct", args=[quote.pk, "speaker"]), {
        "version": quote.version, "speaker": "Ingrid Holm", "remember": "on", "reason": "the fisheries minister"})
    assert quote.speakers.get() == minister

    following = submit_article(title="Quotas stay low", body=NEXT)
    assert following.quotes.get(kind=Quote.Kind.DIRECT).speakers.get() == minister


def test_re_extraction_leaves_every_corrected_quote_as_the_editor_left_it(editor_client, db):
    article = submit_article(title="Quotas cut", body=FIRST)
    quote = article.quotes.get(kind=Quote.Kind.DIRECT)
    editor_client.post(reverse("quote_correct", args=[quote.pk, "speaker"]),
                       {"version": 1, "speaker": "Ingrid Holm", "create": "on"})
    quote.refresh_from_db()
    editor_client.post(reverse("quote_correct", args=[quote.pk, "kind"]), {"version": quote.version, "kind": "partial"})
    quote.refresh_from_db()
    assert quote.status == Quote.Status.CORRECTED

    extract_article(article=article)  # e.g. after an extractor upgrade

    again = article.quotes.get(pk=quote.pk)
    assert again.pk == quote.pk and again.status == Quote.Status.CORRECTED and again.kind == "partial"
    assert again.speakers.get().name == "Ingrid Holm"
    assert again.corrections.count() == 2


def test_an_editor_confirmed_name_wins_over_a_role_that_seems_to_differ(article, bob):
    from dataclasses import replace

    from quotes.editing import workflows
    from quotes.models import Article

    modi = Speaker.objects.get(name="Modi")
    modi.role = "Prime Minister"
    modi.save()
    plain = found("barbaric", speaker="Modi", aliases=(), mention="Putin")
    captain = replace(plain, speakers=(replace(plain.speakers[0], role="cricket captain"),))

    second = Article.objects.create(title="Second", body=article.body + " More.")
    store_extraction(article=second, extraction=ArticleExtraction(quotes=(captain,)))
    assert second.quotes.get().speakers.get() != modi  # a surname and another role: kept apart

    workflows.add_alias(speaker=modi, name="Modi", user=bob)  # an editor: this name is this Modi
    third = Article.objects.create(title="Third", body=article.body + " Even more.")
    store_extraction(article=third, extraction=ArticleExtraction(quotes=(captain,)))
    assert third.quotes.get().speakers.get() == modi
