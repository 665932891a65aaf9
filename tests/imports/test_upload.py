"""The upload page and the batch page: admins upload archives; records land, duplicates don't."""

import csv
import io
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from quotes.models import Article, ImportBatch, ImportProblem, Quote
from tests.imports.generate import article, articles_csv, articles_jsonl


@pytest.fixture(autouse=True)
def import_dir(settings, tmp_path):
    settings.IMPORT_DIR = tmp_path / "imports"
    return settings.IMPORT_DIR


@pytest.fixture
def admin_client(client, alice):
    client.force_login(alice)
    return client


def upload(client, django_capture_on_commit_callbacks, *files, outlet=""):
    uploads = [SimpleUploadedFile(name, data) for name, data in files]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("import_upload"), {"files": uploads, "outlet": outlet})
    return response


def test_it_shows_the_upload_page_to_admins_only(admin_client):
    assert admin_client.get(reverse("import_upload")).status_code == HTTPStatus.OK
    assert b'href="/imports/"' in admin_client.get(reverse("home")).content


def test_editors_and_journalists_cannot_upload(editor_client, django_capture_on_commit_callbacks, import_dir):
    response = upload(editor_client, django_capture_on_commit_callbacks, ("a.csv", articles_csv([article(1)])))
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert editor_client.get(reverse("import_upload")).status_code == HTTPStatus.FORBIDDEN
    assert b'href="/imports/"' not in editor_client.get(reverse("home")).content
    assert not Article.objects.exists() and not import_dir.exists()


def test_anonymous_users_go_to_login(client):
    response = client.post(reverse("import_upload"))
    assert response.status_code == HTTPStatus.FOUND and "/accounts/login/" in response["Location"]


def test_it_imports_a_csv_and_extracts_quotes(admin_client, django_capture_on_commit_callbacks):
    response = upload(admin_client, django_capture_on_commit_callbacks,
                      ("archive.csv", articles_csv([article(1), article(2), article(3)])))
    batch = ImportBatch.objects.get()
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == batch.get_absolute_url()
    assert batch.status == ImportBatch.Status.DONE
    assert (batch.parsed_count, batch.created_count, batch.extracted_count, batch.error_count) == (3, 3, 3, 0)
    assert set(Article.objects.values_list("extraction_status", flat=True)) == {Article.ExtractionStatus.DONE}
    assert Quote.objects.filter(article__import_batch=batch).count() >= 3
    stored = Article.objects.get(url=article(2)["url"])
    assert (stored.title, str(stored.published), stored.outlet.name) == (article(2)["title"], article(2)["published"], article(2)["outlet"])


def test_uploading_the_same_file_again_creates_nothing_new(admin_client, django_capture_on_commit_callbacks):
    data = articles_jsonl([article(1), article(2)])
    upload(admin_client, django_capture_on_commit_callbacks, ("a.jsonl", data))
    quotes_before = Quote.objects.count()
    upload(admin_client, django_capture_on_commit_callbacks, ("again.jsonl", data))
    second = ImportBatch.objects.order_by("pk").last()
    assert Article.objects.count() == 2 and Quote.objects.count() == quotes_before
    assert (second.created_count, second.duplicate_count) == (0, 2)
    assert list(second.problems.values_list("kind", flat=True)) == ["duplicate", "duplicate"]


def test_the_same_url_with_other_text_is_a_duplicate(admin_client, django_capture_on_commit_callbacks):
    first, second = article(1), dict(article(2), url=article(1)["url"])
    upload(admin_client, django_capture_on_commit_callbacks, ("a.jsonl", articles_jsonl([first, second])))
    problem = ImportProblem.objects.get()
    assert problem.kind == "duplicate" and "same URL" in problem.message and problem.line == 2


def test_a_text_stored_by_a_concurrent_import_meanwhile_is_a_duplicate_and_the_rest_lands(
    admin_client, django_capture_on_commit_callbacks, monkeypatch
):
    """Another import commits the same text after this chunk looked for duplicates and before it
    inserts: the chunk's bulk insert fails on the unique hash, and record by record the clash is
    reported against the article that won while the other records still land."""
    from quotes.imports import batches

    winner = article(21)
    Article.objects.create(title="Stored by the other import", body=winner["text"])
    looked = batches._KnownArticles.for_records
    calls = []

    def looked_before_the_other_import(checked):
        calls.append(1)
        return batches._KnownArticles({}, {}, {}, {}) if len(calls) == 1 else looked(checked)

    monkeypatch.setattr(batches._KnownArticles, "for_records", staticmethod(looked_before_the_other_import))
    upload(admin_client, django_capture_on_commit_callbacks, ("a.jsonl", articles_jsonl([article(20), winner, article(22)])))
    batch = ImportBatch.objects.get()
    assert (batch.created_count, batch.duplicate_count) == (2, 1)
    problem = batch.problems.get()
    assert problem.kind == "duplicate" and problem.line == 2 and "same text" in problem.message
    assert problem.article == Article.objects.get(title="Stored by the other import")
    assert Article.objects.filter(import_batch=batch).count() == 2


def test_a_syndicated_copy_is_linked_to_the_first_copy_and_not_extracted(admin_client, django_capture_on_commit_callbacks):
    original = article(5)
    copy = dict(original, url="https://other.example/copy", outlet="Other Paper",
                text=original["text"].replace("Officials argued", "Officials clashed") + "\n\nThis story first appeared elsewhere.")
    unrelated = article(6)
    upload(admin_client, django_capture_on_commit_callbacks, ("a.jsonl", articles_jsonl([original, copy, unrelated])))
    first, second, third = Article.objects.order_by("pk")
    assert second.duplicate_of == first and second.extraction_status == Article.ExtractionStatus.SKIPPED
    assert not second.quotes.exists() and first.quotes.exists()
    assert third.duplicate_of is None and third.extraction_status == Article.ExtractionStatus.DONE
    assert ImportBatch.objects.get().near_duplicate_count == 1


def test_bad_records_are_reported_by_file_and_line_and_good_ones_land(admin_client, django_capture_on_commit_callbacks):
    rows = [article(1), dict(article(2), text=""), dict(article(3), published="next tuesday"),
            dict(article(4), title="=HYPERLINK(\"http://evil.example\",\"click\")"), article(5)]
    data = articles_jsonl(rows)
    upload(admin_client, django_capture_on_commit_callbacks, ("feed.jsonl", data))
    batch = ImportBatch.objects.get()
    assert (batch.created_count, batch.error_count) == (2, 3)
    assert [(p.file, p.line) for p in batch.problems.all()] == [("feed.jsonl", 2), ("feed.jsonl", 3), ("feed.jsonl", 4)]
    page = admin_client.get(batch.get_absolute_url())
    assert b"missing text" in page.content and b"bad date" in page.content

    report = admin_client.get(reverse("batch_problems_csv", args=[batch.pk]))
    assert report["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(b"".join(report.streaming_content).decode())))
    assert rows[0] == ["file", "line", "kind", "message", "existing_article"]
    assert [row[:2] for row in rows[1:]] == [["feed.jsonl", "2"], ["feed.jsonl", "3"], ["feed.jsonl", "4"]]
    assert "spreadsheet formula" in rows[3][3]
    assert not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row)


def test_a_zip_of_mixed_formats_is_imported(admin_client, django_capture_on_commit_callbacks):
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("one.csv", articles_csv([article(1)]))
        archive.writestr("two.jsonl", articles_jsonl([article(2)]))
        archive.writestr("three.txt", (" date 2025-05-05 " + article(3)["text"]).encode())
        archive.writestr("four.html", f"<html><head><title>Four</title></head><body><article>{''.join(f'<p>{p}</p>' for p in article(4)['text'].split(chr(10)*2))}</article></body></html>")
        archive.writestr("../escape.txt", article(7)["text"])
    upload(admin_client, django_capture_on_commit_callbacks, ("bundle.zip", buffer.getvalue()), outlet="Wire Desk")
    batch = ImportBatch.objects.get()
    assert batch.created_count == 4 and batch.error_count == 1
    assert "unsafe file name" in batch.problems.get().message
    txt = Article.objects.get(published="2025-05-05")
    assert txt.outlet.name == "Wire Desk"
    assert Article.objects.filter(title="Four").exists()


def test_unsupported_files_are_refused_at_upload(admin_client, django_capture_on_commit_callbacks, import_dir):
    response = upload(admin_client, django_capture_on_commit_callbacks, ("report.pdf", b"%PDF-1.4"))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert b"Unsupported file type: report.pdf" in response.content
    assert not ImportBatch.objects.exists()
    assert list((import_dir / "incoming").iterdir()) == []


def test_an_upload_over_the_size_limit_is_refused_with_a_clear_message(admin_client, settings, django_capture_on_commit_callbacks, import_dir):
    settings.IMPORT_MAX_UPLOAD_BYTES = 100 * 1024
    response = upload(admin_client, django_capture_on_commit_callbacks, ("big.csv", b"title,text\n" + b"a,b\n" * 100_000))
    assert response.status_code == HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    assert b"the limit is 100 KB (IMPORT_MAX_UPLOAD_BYTES)" in response.content
    assert not ImportBatch.objects.exists()
    assert not any((import_dir / "incoming").iterdir()) if (import_dir / "incoming").exists() else True


def test_the_streaming_handler_stops_a_file_just_over_the_limit(admin_client, settings, django_capture_on_commit_callbacks, import_dir):
    # 120 KB passes the Content-Length check (which allows for form overhead); the handler counts the bytes.
    settings.IMPORT_MAX_UPLOAD_BYTES = 100 * 1024
    response = upload(admin_client, django_capture_on_commit_callbacks, ("big.csv", b"title,text\n" + b"x" * 120 * 1024))
    assert response.status_code == HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    assert b"nothing was stored" in response.content
    assert not ImportBatch.objects.exists()
    assert list((import_dir / "incoming").iterdir()) == []


def test_the_batch_page_polls_while_running_and_stops_when_done(admin_client, alice):
    batch = ImportBatch.objects.create(created_by=alice, original_name="x.csv", status=ImportBatch.Status.EXTRACTING,
                                       parsed_count=7, created_count=5, duplicate_count=2)
    partial = admin_client.get(batch.get_absolute_url(), HTTP_HX_REQUEST="true")
    assert b'hx-trigger="every 2s"' in partial.content and b"<html" not in partial.content
    assert b'id="count-parsed">7<' in partial.content and b'id="count-duplicates">2<' in partial.content
    batch.status = ImportBatch.Status.DONE
    batch.save()
    assert b"hx-trigger" not in admin_client.get(batch.get_absolute_url(), HTTP_HX_REQUEST="true").content


def test_a_failed_article_keeps_its_error_and_can_be_retried(admin_client, alice, django_capture_on_commit_callbacks):
    batch = ImportBatch.objects.create(created_by=alice, status=ImportBatch.Status.DONE)
    failed = Article.objects.create(title="T", body=article(9)["text"], import_batch=batch,
                                    extraction_status=Article.ExtractionStatus.FAILED, extraction_error="ValueError: boom")
    page = admin_client.get(batch.get_absolute_url())
    assert b"ValueError: boom" in page.content
    retry_url = reverse("batch_retry_article", args=[batch.pk, failed.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(retry_url, HTTP_HX_REQUEST="true")
    assert response.status_code == HTTPStatus.OK
    failed.refresh_from_db()
    batch.refresh_from_db()
    assert failed.extraction_status == Article.ExtractionStatus.DONE and failed.quotes.exists()
    assert batch.status == ImportBatch.Status.DONE and batch.extracted_count == 1 and batch.failed_count == 0


def test_only_admins_can_retry(client, bob, alice):
    client.force_login(bob)
    batch = ImportBatch.objects.create(created_by=alice)
    assert client.post(reverse("batch_retry", args=[batch.pk])).status_code == HTTPStatus.FORBIDDEN
    assert client.get(batch.get_absolute_url()).status_code == HTTPStatus.FORBIDDEN


def test_client_file_names_never_choose_where_files_land(admin_client, django_capture_on_commit_callbacks, import_dir, tmp_path):
    upload(admin_client, django_capture_on_commit_callbacks, ("../../evil.jsonl", articles_jsonl([article(1)])))
    batch = ImportBatch.objects.get()
    stored = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert stored == [import_dir / f"batch-{batch.pk}" / "001-evil.jsonl"]
    assert batch.created_count == 1


def test_too_many_files_get_a_clear_message(admin_client, settings, django_capture_on_commit_callbacks, import_dir):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 3
    files = [(f"{i}.txt", article(i)["text"].encode()) for i in range(5)]
    response = upload(admin_client, django_capture_on_commit_callbacks, *files)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert b"More than 3 files in one upload; put them in a ZIP archive instead." in response.content
    assert not ImportBatch.objects.exists() and list((import_dir / "incoming").iterdir()) == []


def test_the_batch_page_shows_percent_and_eta(admin_client, alice):
    import datetime

    from django.utils import timezone

    batch = ImportBatch.objects.create(created_by=alice, status=ImportBatch.Status.EXTRACTING,
                                       started_at=timezone.now() - datetime.timedelta(seconds=30))
    for i, status in enumerate(["done", "done", "done", "pending"]):
        Article.objects.create(title=f"t{i}", body=article(i)["text"], import_batch=batch, extraction_status=status)
    page = admin_client.get(batch.get_absolute_url(), HTTP_HX_REQUEST="true").content.decode()
    assert 'value="75"' in page and "75% of new articles processed" in page
    assert "about 10 s left" in page
    assert 'id="count-extracted">3<' in page


def test_the_upload_page_documents_keys_and_dates_and_lists_past_batches_with_who(admin_client, alice):
    from quotes.imports.validation import parse_date
    from quotes.models import ImportBatch

    ImportBatch.objects.create(created_by=alice, original_name="spring.jsonl", status=ImportBatch.Status.DONE)
    html = admin_client.get(reverse("import_upload")).content.decode()
    assert "JSON Lines" in html and "<code>published</code>" in html and "<code>text</code>" in html
    for written in ("2025-05-05", "2025/05/05", "20250505", "5 May 2025", "5 Sep 2025", "May 5, 2025", "May 5 2025"):
        assert f"<code>{written}</code>" in html and parse_date(written), written  # every documented form is read
    row = html.split("spring.jsonl")[1].split("</tr>")[0]
    assert "<td>alice</td>" in row


def test_the_batch_page_says_how_many_more_duplicates_the_report_holds(admin_client, alice):
    from quotes.models import ImportBatch, ImportProblem

    batch = ImportBatch.objects.create(created_by=alice, original_name="wire.jsonl", status=ImportBatch.Status.DONE)
    ImportProblem.objects.bulk_create([ImportProblem(batch=batch, file="wire.jsonl", line=n, kind=ImportProblem.Kind.DUPLICATE,
                                                     message="already stored") for n in range(1, 26)])
    html = admin_client.get(batch.get_absolute_url()).content.decode()
    assert "5 more not shown here" in html and "see all 25" in html
    every = admin_client.get(reverse("batch_problems", args=[batch.pk, "duplicates"]))
    assert every.content.decode().count("already stored") == 25


def test_the_problem_pages_page_through_every_row(admin_client, alice):
    batch = ImportBatch.objects.create(created_by=alice, original_name="feed.csv", status=ImportBatch.Status.DONE)
    ImportProblem.objects.bulk_create([ImportProblem(batch=batch, file="feed.csv", line=n, message=f"bad date on row {n}.")
                                       for n in range(1, 131)])
    first = admin_client.get(batch.get_absolute_url()).content.decode()
    assert "bad date on row 20." in first and "bad date on row 21." not in first
    assert "110 more not shown here" in first
    url = reverse("batch_problems", args=[batch.pk, "errors"])
    assert url in first
    page_one, page_two = admin_client.get(url).content.decode(), admin_client.get(url + "?page=2").content.decode()
    assert "bad date on row 100." in page_one and "bad date on row 101." not in page_one
    assert "bad date on row 130." in page_two and "bad date on row 100." not in page_two
    assert admin_client.get(reverse("batch_problems", args=[batch.pk, "nonsense"])).status_code == HTTPStatus.NOT_FOUND


def test_journalists_cannot_read_problem_reports(journalist_client, alice):
    batch = ImportBatch.objects.create(created_by=alice, original_name="feed.csv", status=ImportBatch.Status.DONE)
    response = journalist_client.get(reverse("batch_problems", args=[batch.pk, "errors"]))
    assert response.status_code == HTTPStatus.FORBIDDEN
