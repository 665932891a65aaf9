"""Readers and record checks: every format, every encoding, every hostile file, without a database."""

import dataclasses
import io
import zipfile

from quotes.imports.limits import Limits
from quotes.imports.readers import RawRecord, canonical_field, read_file
from quotes.imports.validation import validate
from tests.imports.generate import article, articles_csv, articles_jsonl

LIMITS = Limits(max_upload_bytes=10**9, max_files=100, max_records=10**6, max_uncompressed_bytes=200 * 1024 * 1024,
                max_compression_ratio=100, max_record_bytes=1024 * 1024, max_article_chars=200_000)


def read(tmp_path, name, data: bytes, **limits):
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_file(path, display_name=name, limits=dataclasses.replace(LIMITS, **limits)))


def test_it_matches_csv_headers_flexibly(tmp_path):
    data = articles_csv([article(1)], header=("Headline", "Link", "Publication", "Published At", "Body Text"))
    [record] = read(tmp_path, "a.csv", data)
    assert record.fields["title"] == article(1)["title"]
    assert record.fields["text"] == article(1)["text"]
    assert record.fields["published"] == article(1)["published"]
    assert (record.file, record.line) == ("a.csv", 2)
    assert canonical_field("publication_date") == "published"
    assert canonical_field("colour") is None


def test_it_reports_the_starting_line_of_each_csv_record(tmp_path):
    records = read(tmp_path, "a.csv", articles_csv([article(1), article(2)]))
    assert [r.line for r in records] == [2, 2 + article(1)["text"].count("\n") + 1]


def test_it_refuses_a_csv_without_a_text_column(tmp_path):
    [record] = read(tmp_path, "a.csv", b"title,url\nHello,https://x.example\n")
    assert "no text column" in record.error and "'title'" in record.error


def test_it_reports_broken_csv_quoting_and_keeps_going(tmp_path):
    data = b'title,text\nGood,"fine text"\nBad,"an "unescaped" quote"\nAlso good,"more text"\n'
    records = read(tmp_path, "a.csv", data)
    assert [r.error.startswith("broken CSV quoting") for r in records] == [False, True, False]
    assert records[1].line == 3
    assert records[2].fields["title"] == "Also good"


def test_an_unterminated_quote_is_an_error_not_a_crash(tmp_path):
    data = b'title,text\nGood,"fine"\nBad,"never closed\nmore\n'
    records = read(tmp_path, "a.csv", data)
    assert records[0].fields["title"] == "Good"
    assert records[-1].error.startswith("broken CSV quoting") and records[-1].line == 3


def test_it_reads_json_lines_and_reports_bad_lines(tmp_path):
    data = articles_jsonl([article(1)]) + b"{not json}\n[1, 2]\n\n" + articles_jsonl([article(2)])
    records = read(tmp_path, "a.jsonl", data)
    assert [r.line for r in records] == [1, 2, 3, 5]
    assert records[0].fields["text"] == article(1)["text"]
    assert "not valid JSON" in records[1].error
    assert "expected a JSON object" in records[2].error


def test_it_reads_the_txt_date_header(tmp_path):
    data = " date 2025-05-05 New Delhi, May 5: Putin described the attack as \u201cbarbaric\u201d.\n\nMore.".encode()
    [record] = read(tmp_path, "seed.txt", data)
    assert record.fields["published"] == "2025-05-05"
    assert record.fields["text"].startswith("New Delhi, May 5:")


def test_it_reads_utf16_and_latin1(tmp_path):
    text = "title,text\nCaf\u00e9 news,\"\u201cOui,\u201d said Ren\u00e9e.\"\n"
    [utf16] = read(tmp_path, "a.csv", text.encode("utf-16"))
    assert utf16.fields["title"] == "Caf\u00e9 news"
    latin = "title,text\nCaf\u00e9 news,Ren\u00e9e said it was fine and the caf\u00e9 stays open.\n" * 1
    [latin1] = read(tmp_path, "b.csv", latin.encode("latin-1"))
    assert latin1.fields["title"] == "Caf\u00e9 news"


def test_an_undecodable_line_costs_one_record(tmp_path):
    good = "title,text\n" + "".join(f"Story {i},Caf\u00e9 text number {i} is here.\n" for i in range(3000))
    data = good.encode() + b"Bad,\xff\xfe\xfa broken bytes\nLast,fine text\n"
    records = read(tmp_path, "a.csv", data)
    bad = [r for r in records if r.error]
    assert len(bad) == 1 and "undecodable bytes" in bad[0].error and bad[0].line == 3002
    assert records[-1].fields["title"] == "Last"


def test_binary_garbage_is_refused(tmp_path):
    garbage = bytes(range(256)) * 400
    for name in ("a.csv", "a.jsonl", "a.txt", "a.html"):
        records = read(tmp_path, name, garbage)
        assert len(records) == 1 and "binary data" in records[0].error, name


def test_a_50_mb_single_line_is_skipped_with_a_clear_error(tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "wb") as out:
        out.write(b'{"text": "')
        for _ in range(50):
            out.write(b"x" * (1024 * 1024))
        out.write(b'"}\n')
        out.write(articles_jsonl([article(3)]))
    records = list(read_file(path, display_name="big.jsonl", limits=LIMITS))
    assert "longer than the 1,048,576-byte limit" in records[0].error and records[0].line == 1
    assert records[1].fields["text"] == article(3)["text"] and records[1].line == 2


def test_a_huge_txt_file_is_refused(tmp_path):
    [record] = read(tmp_path, "a.txt", b"word " * 300_000)
    assert "larger than the 1 MB limit" in record.error


def test_it_reads_html_main_text(tmp_path):
    body = "".join(f"<p>\u201cWe will act,\u201d the minister said in paragraph {i}.</p>" for i in range(8))
    html = f"<html><head><title>Minister acts</title></head><body><nav>Home | News</nav><article>{body}</article></body></html>"
    [record] = read(tmp_path, "page.html", html.encode())
    assert record.fields["title"] == "Minister acts"
    assert "We will act" in record.fields["text"] and "Home | News" not in record.fields["text"]


def _zip(members: dict, compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_it_reads_every_format_inside_a_zip(tmp_path):
    data = _zip({"a.csv": articles_csv([article(1)]), "dir/b.jsonl": articles_jsonl([article(2)]),
                 "c.txt": article(3)["text"].encode(), "notes.pdf": b"%PDF"})
    records = read(tmp_path, "archive.zip", data)
    assert [r.file for r in records] == ["archive.zip/a.csv", "archive.zip/dir/b.jsonl", "archive.zip/c.txt", "archive.zip/notes.pdf"]
    assert [bool(r.error) for r in records] == [False, False, False, True]
    assert "unsupported file type '.pdf'" in records[3].error


def test_a_zip_bomb_is_refused_by_ratio_and_by_size(tmp_path):
    bomb = _zip({"bomb.txt": b"0" * (20 * 1024 * 1024)})
    [record] = read(tmp_path, "bomb.zip", bomb)
    assert "zip bomb" in record.error and "1000:1" not in record.error
    [record] = read(tmp_path, "bomb.zip", bomb, max_uncompressed_bytes=10 * 1024 * 1024)
    assert "unpacks to 20 MB" in record.error


def test_path_traversal_names_in_a_zip_are_refused_and_nothing_is_written(tmp_path):
    data = _zip({"../../evil.txt": b"x " * 100, "/etc/evil.txt": b"y " * 100, "ok.txt": article(4)["text"].encode()})
    (tmp_path / "upload").mkdir()
    before = set(tmp_path.rglob("*"))
    records = read(tmp_path / "upload", "t.zip", data)
    assert [bool(r.error) for r in records] == [True, True, False]
    assert all("unsafe file name" in r.error for r in records[:2])
    assert set(tmp_path.rglob("*")) - before == {tmp_path / "upload" / "t.zip"}


def test_a_broken_zip_is_an_error(tmp_path):
    [record] = read(tmp_path, "a.zip", b"PK\x03\x04 not really")
    assert "not a readable ZIP archive" in record.error


def _check(fields, **kwargs):
    return validate(RawRecord("f.csv", 2, fields), default_outlet=kwargs.get("outlet", ""), max_chars=kwargs.get("max_chars", 1000))


def test_validation_rejects_what_cannot_be_stored():
    assert _check({"title": "t"}) == (None, "missing text")
    assert _check({"text": "x" * 1001})[1] == "text is 1,001 characters; the limit is 1,000 (ARTICLE_MAX_CHARS)"
    assert _check({"text": "ok", "published": "31/02/2025"})[1] == "bad date '31/02/2025'; use YYYY-MM-DD"
    assert _check({"text": "ok", "url": "javascript:alert(1)"})[1].startswith("bad URL")
    clean, error = _check({"text": "Body line\nmore", "published": "2025-03-01T10:00:00Z"}, outlet="Wire")
    assert error == "" and clean.title == "Body line" and clean.outlet == "Wire" and str(clean.published) == "2025-03-01"


def test_validation_rejects_spreadsheet_formulas():
    for cell in ("=HYPERLINK(\"http://evil\")", "+cmd|' /C calc'!A0", "@SUM(A1:A2)", "-2+3"):
        clean, error = _check({"title": cell, "text": "fine"})
        assert clean is None and "spreadsheet formula" in error, cell
    assert _check({"title": "-- a dash title", "text": "- a bullet list"})[0] is not None
