"""manage.py ingest: the upload page's work from the command line."""

import pytest
from django.core.management import CommandError, call_command

from quotes.imports.batches import claim_articles, release_stale_claims
from quotes.models import Article, ImportBatch
from tests.imports.generate import article, articles_csv, articles_jsonl


@pytest.fixture(autouse=True)
def import_dir(settings, tmp_path):
    settings.IMPORT_DIR = tmp_path / "imports"


def test_it_imports_files_and_folders_and_waits_with_a_progress_bar(transactional_db, tmp_path, capsys):
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "a.csv").write_bytes(articles_csv([article(1), article(2)]))
    (folder / "skip.pdf").write_bytes(b"%PDF")
    single = tmp_path / "b.jsonl"
    single.write_bytes(articles_jsonl([article(3)]))
    # transactional_db: the batch commits, so the (in-process) tasks run before --wait looks.
    call_command("ingest", str(folder), str(single), "--outlet", "Desk", "--wait")
    out = capsys.readouterr().out
    batch = ImportBatch.objects.get()
    assert batch.status == ImportBatch.Status.DONE and batch.created_count == 3
    assert "100%" in out and "3 created" in out and "3 extracted" in out
    assert Article.objects.filter(extraction_status="done").count() == 3


def test_running_it_twice_creates_nothing_new(db, tmp_path, capsys, django_capture_on_commit_callbacks):
    path = tmp_path / "a.jsonl"
    path.write_bytes(articles_jsonl([article(1), article(2)]))
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("ingest", str(path))
    assert Article.objects.count() == 2
    second = ImportBatch.objects.order_by("pk").last()
    assert (second.created_count, second.duplicate_count, second.status) == (0, 2, ImportBatch.Status.DONE)


def test_it_explains_a_missing_path(db):
    with pytest.raises(CommandError, match="no such file or folder"):
        call_command("ingest", "/nonexistent/archive.csv")


def test_resume_hands_back_articles_of_a_dead_worker(db, tmp_path, django_capture_on_commit_callbacks):
    batch = ImportBatch.objects.create(status=ImportBatch.Status.EXTRACTING)
    for i in range(3):
        Article.objects.create(title=f"t{i}", body=article(i)["text"], import_batch=batch)
    dead_owner = "elsewhere:1:gone"  # another host: only the timeout can free it
    assert len(claim_articles(batch.pk, dead_owner, 2)) == 2
    assert release_stale_claims() == 0
    Article.objects.filter(claimed_by=dead_owner).update(claimed_at="2000-01-01T00:00:00Z")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", "--resume")
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.DONE and batch.extracted_count == 3


def test_resume_continues_reading_where_a_dead_ingest_stopped(db, tmp_path, django_capture_on_commit_callbacks):
    from quotes.imports.tasks import start_batch
    from quotes.imports.uploads import create_batch

    path = tmp_path / "a.jsonl"
    path.write_bytes(articles_jsonl([article(1), article(2), article(3)]))
    batch = create_batch(files=[("a.jsonl", path)], start=start_batch)  # on_commit never fires here: nothing starts
    # As a worker killed after committing the first record would leave it:
    Article.objects.create(title="t", body=article(1)["text"], import_batch=batch)
    ImportBatch.objects.filter(pk=batch.pk).update(status="parsing", claimed_by="elsewhere:1:gone",
                                                   heartbeat_at="2000-01-01T00:00:00Z", records_done=1,
                                                   parsed_count=1, created_count=1)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", "--resume")
    batch.refresh_from_db()
    assert (batch.status, batch.parsed_count, batch.created_count, batch.duplicate_count) == ("done", 3, 3, 0)
    assert Article.objects.count() == 3


def test_speaker_counts_are_right_once_the_batch_is_done(transactional_db, tmp_path):
    from django.db.models import Count

    from quotes.models import Speaker

    path = tmp_path / "a.jsonl"
    path.write_bytes(articles_jsonl([article(i) for i in range(1, 7)]))
    call_command("ingest", str(path), "--wait")
    speakers = Speaker.objects.annotate(live=Count("quote_links")).filter(live__gt=0)
    assert speakers.exists()
    assert not Speaker.objects.filter(stats_stale=True).exists()
    assert all(speaker.quote_count == speaker.live for speaker in speakers)


def test_an_article_that_cannot_be_stored_fails_alone(db, monkeypatch):
    """The chunk is stored in one transaction; when the database refuses one article's quotes,
    the others still land and the bad one keeps its error."""
    from quotes.extraction.types import ArticleExtraction, ExtractedQuote
    from quotes.imports import batches

    batch = ImportBatch.objects.create(status=ImportBatch.Status.EXTRACTING)
    good, bad = (Article.objects.create(title=f"T{i}", body=article(i)["text"], import_batch=batch) for i in (1, 2))
    real_extract_many = batches.extract_many

    def extract_many_with_a_broken_span(texts, **kwargs):
        for text, extraction in zip(texts, real_extract_many(texts, **kwargs)):
            if text == bad.body:  # offsets that do not fit the text: the span check constraint refuses it
                extraction = ArticleExtraction(quotes=(ExtractedQuote(text="abc", start=0, end=10, kind="direct"),))
            yield extraction

    monkeypatch.setattr(batches, "extract_many", extract_many_with_a_broken_span)
    assert batches.extract_batch(batch.pk, owner="test-worker") == 1
    good.refresh_from_db()
    bad.refresh_from_db()
    assert good.extraction_status == Article.ExtractionStatus.DONE and good.quotes.exists()
    assert bad.extraction_status == Article.ExtractionStatus.FAILED and "IntegrityError" in bad.extraction_error
    assert not bad.quotes.exists()


def test_a_record_repeated_in_the_same_file_is_reported_as_a_duplicate(db, tmp_path, django_capture_on_commit_callbacks):
    first = article(1)
    same_url = dict(article(2), url=first["url"])
    path = tmp_path / "a.jsonl"
    path.write_bytes(articles_jsonl([first, first, same_url, article(3)]))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(path))
    batch = ImportBatch.objects.get()
    assert (batch.created_count, batch.duplicate_count) == (2, 2)
    lines = sorted(batch.problems.values_list("line", "message"))
    assert [line for line, _ in lines] == [2, 3]
    assert "same text" in lines[0][1] and "same URL" in lines[1][1]


def test_a_lone_worker_extracts_the_chunks_already_read_while_it_reads_the_rest(transactional_db, tmp_path, settings, monkeypatch):
    """A worker running the batch's reading task does not wait for the end of the file to start
    extracting; every article still ends extracted exactly once, and the batch done."""
    from django.db import connection

    if connection.vendor == "sqlite":
        pytest.skip("SQLite takes one writer at a time, so a worker reads a batch before extracting it")
    import time

    from quotes.extraction import extract
    from quotes.imports import batches
    from quotes.imports.tasks import enqueue_extraction, start_batch
    from quotes.imports.uploads import create_batch
    from quotes.models import Quote

    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}  # queued, not run inline
    settings.IMPORT_EXTRACT_CHUNK = 2
    monkeypatch.setattr(batches, "INGEST_CHUNK", 2)
    slow_store = batches._ChunkStore.store

    def store_slowly(self, chunk):  # a big file: reading takes a while
        slow_store(self, chunk)
        time.sleep(0.3)

    monkeypatch.setattr(batches._ChunkStore, "store", store_slowly)
    read_when_claimed = []
    claim = batches.claim_articles

    def claim_and_note(batch_id, owner, limit):
        claimed = claim(batch_id, owner, limit)
        if claimed:
            read_when_claimed.append(ImportBatch.objects.get(pk=batch_id).records_done)
        return claimed

    monkeypatch.setattr(batches, "claim_articles", claim_and_note)
    items = [article(i) for i in range(1, 7)]
    path = tmp_path / "a.csv"
    path.write_bytes(articles_csv(items))
    batch = create_batch(files=[(path.name, path)], start=start_batch)

    assert batches.ingest_batch(batch.pk, owner=batches.worker_owner(), enqueue_extraction=enqueue_extraction,
                                extract_meanwhile=True)

    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.DONE
    assert (batch.created_count, batch.extracted_count, batch.failed_count) == (6, 6, 0)
    assert read_when_claimed[0] < 6  # extraction began before the file was read to its end
    for stored in Article.objects.all():
        assert stored.extraction_status == "done"
        assert Quote.objects.filter(article=stored).count() == len(extract(stored.body).quotes)
