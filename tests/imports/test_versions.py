"""Updated versions of a story: extracted, linked to the version before, the same words linked as
one quote; syndicated copies stay copies. Invented articles (tests/imports/generate.py)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from quotes.editing.workflows import replace_speaker
from quotes.imports.dedupe import Relation, relation
from quotes.models import Article, Correction, ImportBatch, Quote, Speaker
from tests.imports.generate import article, articles_jsonl, updated


@pytest.fixture(autouse=True)
def import_dir(settings, tmp_path):
    settings.IMPORT_DIR = tmp_path / "imports"


@pytest.fixture
def admin_client(client, alice):
    client.force_login(alice)
    return client


def upload(client, capture, rows, name="feed.jsonl") -> ImportBatch:
    with capture(execute=True):
        client.post(reverse("import_upload"), {"files": [SimpleUploadedFile(name, articles_jsonl(rows))], "outlet": ""})
    return ImportBatch.objects.order_by("-pk").first()


def strip(item: dict) -> dict:
    return {key: value for key, value in item.items() if key != "added_quote"}


ORIGINAL = article(41)
CREDIT_LINE = ORIGINAL["text"].replace("Officials argued", "Officials clashed") + "\n\nThis story first appeared in the Harbour Wire."


@pytest.mark.parametrize(("text", "expected"), [
    (CREDIT_LINE, Relation.COPY),
    (ORIGINAL["text"].replace("\n\n", "\n"), Relation.COPY),
    (updated(ORIGINAL, 41)["text"], Relation.VERSION),
    # A long new paragraph of reported speech, no quotation marks: new material all the same.
    (ORIGINAL["text"] + "\n\nLater the harbour master Rosa Lindqvist said the ferry timetable would change twice next "
     "spring because the dredging of the eastern channel had been pushed back by the storms.", Relation.VERSION),
    # An update that added a long quoted passage and a paragraph: too changed for a copy, still the same story.
    (ORIGINAL["text"] + "\n\n\u201cWe have agreed the timetable with the unions and the port authority after "
     "three long nights of talks at the town hall,\u201d mayor Keiko Brennan said.\n\nShe added that the vote would "
     "follow on Thursday after the council had read the auditors' final report on the harbour accounts.", Relation.VERSION),
    (article(42)["text"], None),
])
def test_it_tells_copies_from_versions(text, expected):
    assert relation(text, ORIGINAL["text"]) == expected


def test_an_updated_version_is_extracted_and_linked_to_the_version_before(admin_client, django_capture_on_commit_callbacks):
    first = upload(admin_client, django_capture_on_commit_callbacks, [ORIGINAL])
    update = updated(ORIGINAL, 41)
    second = upload(admin_client, django_capture_on_commit_callbacks, [strip(update)])
    v1, v2 = Article.objects.get(import_batch=first), Article.objects.get(import_batch=second)
    assert v2.previous_version == v1 and v2.duplicate_of is None
    assert v2.extraction_status == Article.ExtractionStatus.DONE
    assert v2.quotes.filter(text__contains=update["added_quote"]).exists()
    assert (second.created_count, second.version_count, second.near_duplicate_count) == (1, 1, 0)
    # Every quote of version 1 has its twin in version 2, linked to it; the new one is first seen in v2.
    old = {quote.text: quote for quote in v1.quotes.all()}
    for quote in v2.quotes.all():
        if update["added_quote"] in quote.text:
            assert quote.first_seen is None
        else:
            assert quote.first_seen == old[quote.text]
    assert set(Quote.objects.filter(first_seen__in=old.values()).values_list("article_id", flat=True)) == {v2.pk}


def test_a_copy_of_the_update_is_a_copy_of_the_update_not_a_third_version(admin_client, django_capture_on_commit_callbacks):
    update = strip(updated(ORIGINAL, 41))
    wire_copy = dict(update, url="https://elsewhere.example/wire-copy", outlet="Lakeside Courier",
                     text=update["text"] + "\n\nDistributed by the Eastmere news agency.")
    batch = upload(admin_client, django_capture_on_commit_callbacks, [ORIGINAL, update, wire_copy])
    v1, v2, copy = Article.objects.filter(import_batch=batch).order_by("pk")
    assert v2.previous_version == v1
    assert copy.duplicate_of == v2 and copy.previous_version is None
    assert copy.extraction_status == Article.ExtractionStatus.SKIPPED and not copy.quotes.exists()
    assert (batch.created_count, batch.version_count, batch.near_duplicate_count) == (2, 1, 1)


def test_a_chain_of_versions_links_every_quote_to_where_it_was_first_seen(admin_client, django_capture_on_commit_callbacks):
    v2_item = strip(updated(ORIGINAL, 41))
    v3_item = strip(updated(v2_item, 9041))
    upload(admin_client, django_capture_on_commit_callbacks, [ORIGINAL])
    upload(admin_client, django_capture_on_commit_callbacks, [v2_item, v3_item])
    v1, v2, v3 = Article.objects.order_by("pk")
    assert (v2.previous_version, v3.previous_version) == (v1, v2)
    v1_quotes = set(v1.quotes.all())
    assert v1_quotes and all(quote.first_seen_id is None for quote in v1_quotes)
    later = {quote.text: quote.first_seen for quote in v3.quotes.all()}
    assert {later[quote.text] for quote in v1_quotes} == v1_quotes
    new_in_v2 = v2.quotes.get(first_seen__isnull=True)
    assert v3.quotes.get(text=new_in_v2.text).first_seen == new_in_v2


def test_an_editors_correction_on_version_one_stays_and_carries_to_version_two(admin_client, bob,
                                                                                 django_capture_on_commit_callbacks):
    upload(admin_client, django_capture_on_commit_callbacks, [ORIGINAL])
    v1 = Article.objects.get()
    corrected = v1.quotes.order_by("start").first()
    right = Speaker.objects.create(name="Wen Svensson", kind=Speaker.Kind.PERSON)
    replace_speaker(quote=corrected, speaker=right, version=corrected.version, user=bob, reason="wrong person")
    upload(admin_client, django_capture_on_commit_callbacks, [strip(updated(ORIGINAL, 41))])
    v2 = Article.objects.exclude(pk=v1.pk).get()

    corrected.refresh_from_db()
    assert corrected.status == Quote.Status.CORRECTED and list(corrected.speakers.all()) == [right]
    assert Correction.objects.filter(quote=corrected).count() == 1
    twin = v2.quotes.get(first_seen=corrected)
    assert list(twin.speakers.all()) == [right]
    assert not Correction.objects.filter(quote=twin).exists()  # carried, not re-created


def test_two_hundred_updates_each_with_one_added_quote_all_get_it_extracted(admin_client, django_capture_on_commit_callbacks):
    """The measure of issue 17: 200 originals, then an updated version of each with one quote added."""
    originals = [article(70_000 + n) for n in range(200)]
    updates = [updated(item, 70_000 + n) for n, item in enumerate(originals)]
    upload(admin_client, django_capture_on_commit_callbacks, originals, "originals.jsonl")
    batch = upload(admin_client, django_capture_on_commit_callbacks, [strip(item) for item in updates], "updates.jsonl")
    by_url = {stored.url: stored for stored in Article.objects.filter(import_batch=batch)}
    extracted = sum(by_url[item["url"]].quotes.filter(text__contains=item["added_quote"]).exists() for item in updates)
    linked = sum(stored.previous_version_id is not None for stored in by_url.values())
    print(f"\nupdated versions whose added quote was extracted: {extracted} of {len(updates)}; linked: {linked}")
    assert (extracted, batch.created_count, batch.near_duplicate_count) == (200, 200, 0)
    # Linking needs a shared near-duplicate key: at Jaccard 0.8 a pair shares none about once in 200.
    assert linked == batch.version_count >= 196


def test_the_batch_page_links_to_the_articles_and_quotes_it_created(admin_client, alice, django_capture_on_commit_callbacks):
    upload(admin_client, django_capture_on_commit_callbacks, [ORIGINAL])
    batch = upload(admin_client, django_capture_on_commit_callbacks, [strip(updated(ORIGINAL, 41)), article(43)])
    quotes = Quote.objects.filter(article__import_batch=batch).count()
    assert quotes and batch.quote_count == quotes
    html = admin_client.get(batch.get_absolute_url()).content.decode()
    assert f'href="{reverse("article_list")}?batch={batch.pk}" id="batch-articles">2 articles' in html
    assert f'href="{reverse("quote_list")}?batch={batch.pk}&amp;sort=newest" id="batch-quotes">{quotes} quotes' in html
    assert "1 new version of stories stored before" in html
    listed = admin_client.get(reverse("quote_list"), {"batch": batch.pk, "sort": "newest"}).content.decode()
    assert quotes <= 25 and listed.count('class="quote-row') == quotes  # one page holds them all

    past = admin_client.get(reverse("import_upload")).content.decode()
    assert "Past uploads" in past and "alice" in past
    assert f'<a href="{reverse("quote_list")}?batch={batch.pk}&amp;sort=newest">{quotes}</a>' in past


def test_extracting_version_one_again_keeps_version_two_linked(admin_client, django_capture_on_commit_callbacks):
    from quotes.store.extractions import extract_article

    upload(admin_client, django_capture_on_commit_callbacks, [ORIGINAL])
    upload(admin_client, django_capture_on_commit_callbacks, [strip(updated(ORIGINAL, 41))])
    v1, v2 = Article.objects.order_by("pk")
    before = set(v1.quotes.values_list("pk", flat=True))
    extract_article(article=v1)  # a new extractor version: v1's automatic quotes are replaced
    assert before.isdisjoint(v1.quotes.values_list("pk", flat=True))
    assert set(v2.quotes.exclude(first_seen=None).values_list("first_seen", flat=True)) == set(v1.quotes.values_list("pk", flat=True))


def paste(client, capture, item, outlet="Harbour Wire"):
    with capture(execute=True):
        response = client.post(reverse("article_create"), {
            "title": item["title"], "outlet_name": outlet, "published": "", "url": "", "body": item["text"]})
    assert response.status_code == 302, response.content.decode()[:500]
    return Article.objects.order_by("-pk").first()


def test_a_pasted_update_is_a_version_and_a_pasted_copy_a_copy(admin_client, django_capture_on_commit_callbacks):
    # "Add article" files a pasted article in its story as an upload does: the first paste is the story,
    # an update is extracted and linked to it, a syndicated copy is linked and left unextracted.
    capture = django_capture_on_commit_callbacks
    v1 = paste(admin_client, capture, ORIGINAL)
    update = updated(ORIGINAL, 41)
    v2 = paste(admin_client, capture, update)
    assert v2.previous_version == v1 and v2.extraction_status == Article.ExtractionStatus.DONE
    assert v2.quotes.filter(text__contains=update["added_quote"]).exists()
    assert v2.quotes.exclude(first_seen=None).count() == v1.quotes.count()  # the same words, linked
    copy = paste(admin_client, capture, {"title": "Council clash", "text": CREDIT_LINE}, outlet="Coast Daily")
    assert copy.duplicate_of == v1 and copy.extraction_status == Article.ExtractionStatus.SKIPPED
    assert not copy.quotes.exists()
    story = admin_client.get(v1.get_absolute_url()).content.decode().split('id="story-heading"')[1]
    assert v2.title in story and "Council clash" in story
    # And an upload later finds the pasted articles: the update syndicated is a copy of the pasted one.
    syndicated = update["text"] + "\n\nThis story first appeared in the Harbour Wire."
    batch = upload(admin_client, capture, [strip(update) | {"title": "Update, syndicated", "text": syndicated}])
    assert Article.objects.get(import_batch=batch).duplicate_of == v2
