"""Nothing stuck (issue 16, items 6 and 7): a record that breaks a reader is its own problem row,
a reading task that fails says so on the batch page and is retried a bounded number of times, and
a live worker keeps its claims however long a chunk takes."""

import time
from datetime import timedelta

import pytest
from django.db import connections
from django.utils import timezone

from quotes.imports import batches, tasks
from quotes.models import Article, ImportBatch
from tests.imports.generate import article, articles_jsonl
from tests.imports.test_upload import admin_client, import_dir, upload  # noqa: F401 (fixtures)


def test_a_json_line_nested_too_deep_does_not_freeze_the_batch(admin_client, django_capture_on_commit_callbacks):
    data = (articles_jsonl([article(1)]) + b'{"text": ' + b"[" * 10_000 + b"]" * 10_000 + b"}\n"
            + b'{"text": "x", "published": ' + b"7" * 5000 + b"}\n" + articles_jsonl([article(2)]))
    upload(admin_client, django_capture_on_commit_callbacks, ("deep.jsonl", data))
    batch = ImportBatch.objects.get()
    assert batch.status == ImportBatch.Status.DONE
    assert (batch.created_count, batch.error_count, batch.extracted_count) == (2, 2, 2)
    problems = list(batch.problems.values_list("file", "line"))
    assert problems == [("deep.jsonl", 2), ("deep.jsonl", 3)]


def test_a_reading_task_that_fails_is_retried_a_few_times_then_shown_as_failed(
        admin_client, settings, django_capture_on_commit_callbacks):
    settings.IMPORT_MAX_RECORDS = "a broken setting"  # every attempt to read breaks on it
    settings.IMPORT_MAX_ATTEMPTS = 3
    upload(admin_client, django_capture_on_commit_callbacks, ("a.jsonl", articles_jsonl([article(1)])))
    batch = ImportBatch.objects.get()
    assert batch.status == ImportBatch.Status.FAILED and batch.attempts == 3
    assert batch.claimed_by == "" and batch.finished_at is not None
    assert "TypeError" in batch.last_error
    page = admin_client.get(batch.get_absolute_url()).content.decode()
    assert "Reading the files failed 3 times" in page and "TypeError" in page
    assert 'hx-trigger="every 2s"' not in page  # finished: the page stops polling


def test_a_failed_reading_waits_for_its_backoff_and_then_resumes(settings, alice, import_dir, tmp_path):
    folder = tmp_path / "upload"
    folder.mkdir()
    (folder / "001-a.jsonl").write_bytes(articles_jsonl([article(1), article(2)]))
    batch = ImportBatch.objects.create(stored_path=str(folder), status=ImportBatch.Status.PARSING)
    delay = batches.reading_failed(batch.pk, owner="somewhere:1:task", error=RuntimeError("database went away"))
    assert delay == timedelta(seconds=settings.IMPORT_RETRY_BACKOFF)
    tasks.resume_batch(batch.pk)  # the supervisor comes by before the pause is over: nothing happens
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.PARSING and batch.parsed_count == 0
    assert "database went away" in batch.last_error
    ImportBatch.objects.filter(pk=batch.pk).update(retry_at=timezone.now() - timedelta(seconds=1))
    tasks.resume_batch(batch.pk)
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.DONE and batch.created_count == 2 and batch.last_error == ""


def _batch_with_claimed_articles(owner: str, count: int = 3) -> ImportBatch:
    batch = ImportBatch.objects.create(status=ImportBatch.Status.EXTRACTING)
    Article.objects.bulk_create([
        Article(title=f"t{i}", body=f"body {i}", content_hash=f"hash-{i}", import_batch=batch,
                extraction_status=Article.ExtractionStatus.RUNNING, claimed_by=owner, claimed_at=timezone.now())
        for i in range(count)
    ])
    return batch


@pytest.mark.django_db(transaction=True)
def test_a_live_worker_keeps_its_claims_past_the_timeout(settings):
    settings.IMPORT_CLAIM_TIMEOUT, settings.IMPORT_HEARTBEAT_INTERVAL = 2, 0.3
    owner = batches.worker_owner()  # this very process: alive
    batch = _batch_with_claimed_articles(owner)
    with batches.Heartbeat(batch.pk, owner):
        time.sleep(3)  # one long chunk, longer than the claim timeout
        assert batches.release_stale_claims() == 0
    assert set(batch.articles.values_list("claimed_by", flat=True)) == {owner}


@pytest.mark.django_db(transaction=True)
def test_a_worker_on_another_host_keeps_its_claims_while_it_beats(settings):
    settings.IMPORT_CLAIM_TIMEOUT, settings.IMPORT_HEARTBEAT_INTERVAL = 2, 0.3
    owner = "another-host:4242:8b0e4a53-3b8e-4a4b-9a43-0f4d8c2f1e11"
    batch = _batch_with_claimed_articles(owner)
    beating = batches.Heartbeat(batch.pk, owner)  # that worker's heartbeat, run here for the test
    with beating:
        time.sleep(3)
        assert batches.release_stale_claims() == 0
    time.sleep(2.2)  # then it stops: its claims age past the timeout and are handed back
    assert batches.release_stale_claims() == 3
    assert set(batch.articles.values_list("extraction_status", flat=True)) == {Article.ExtractionStatus.PENDING}
    connections.close_all()


def test_renewing_touches_only_the_owners_claims(db):
    batch = _batch_with_claimed_articles("host:1:mine", count=2)
    old = timezone.now() - timedelta(hours=1)
    Article.objects.update(claimed_at=old)
    theirs = Article.objects.create(title="x", body="other", content_hash="other", import_batch=batch, claimed_at=old,
                                    extraction_status=Article.ExtractionStatus.RUNNING, claimed_by="host:2:theirs")
    assert batches.renew_claims(batch.pk, "host:1:mine") == 2
    theirs.refresh_from_db()
    assert theirs.claimed_at == old
    assert all(at > old for at in batch.articles.exclude(pk=theirs.pk).values_list("claimed_at", flat=True))


def test_a_failed_imported_article_is_retried_from_its_page_through_its_batch(
        editor_client, django_capture_on_commit_callbacks):
    from django.urls import reverse

    batch = ImportBatch.objects.create(status=ImportBatch.Status.DONE, failed_count=1)
    article = Article.objects.create(title="Broke once", body=article_body(), import_batch=batch,
                                     extraction_status=Article.ExtractionStatus.FAILED, extraction_error="boom")
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("article_retry", args=[article.pk]))
    article.refresh_from_db()
    batch.refresh_from_db()
    assert article.extraction_status == Article.ExtractionStatus.DONE and article.quotes.exists()
    assert batch.status == ImportBatch.Status.DONE and (batch.extracted_count, batch.failed_count) == (1, 0)


def article_body():
    return article(5)["text"]


def test_a_batch_whose_reader_keeps_dying_is_failed_not_read_forever(db, settings):
    settings.IMPORT_MAX_ATTEMPTS = 2
    batch = ImportBatch.objects.create(status=ImportBatch.Status.PARSING)
    for attempt in (1, 2):
        ImportBatch.objects.filter(pk=batch.pk).update(
            claimed_by="gone-host:1:task", heartbeat_at=timezone.now() - timedelta(hours=1))
        assert batches.release_stale_claims() == 1
        batch.refresh_from_db()
        assert batch.attempts == attempt and "stopped" in batch.last_error
    assert batch.status == ImportBatch.Status.FAILED
