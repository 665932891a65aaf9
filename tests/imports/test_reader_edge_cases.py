"""Hostile and odd files from the reliability probe (issue 16, items 6, 11, 12): each bad record
costs only itself, with a message naming the real problem; encodings are read right or flagged."""

import json

import pytest

from quotes.imports.validation import validate
from quotes.imports.readers import RawRecord
from tests.imports.generate import article, articles_csv, articles_jsonl
from tests.imports.test_readers import _zip, read


# ---- item 6: one JSON Lines record that breaks the parser is that record's problem


@pytest.mark.parametrize("bad_line, message", [
    (b'{"text": ' + b"[" * 10_000 + b"]" * 10_000 + b"}", "nested too deeply"),
    (b'{"text": "x", "published": ' + b"9" * 5000 + b"}", "could not read this JSON"),
    (b'{"text": "x", "title": ' + b'{"a": ' * 10_000 + b"1" + b"}" * 10_000 + b"}", "nested too deeply"),
])
def test_a_json_line_that_breaks_the_parser_costs_only_itself(tmp_path, bad_line, message):
    data = articles_jsonl([article(1)]) + bad_line + b"\n" + articles_jsonl([article(2)])
    records = read(tmp_path, "a.jsonl", data)
    assert [r.line for r in records] == [1, 2, 3]
    assert message in records[1].error
    assert records[0].fields["text"] == article(1)["text"] and records[2].fields["text"] == article(2)["text"]


# ---- item 11: encodings


def test_windows_1252_keeps_its_accents_and_curly_quotes(tmp_path):
    text = "title,text\nA na\u00efve plan,\"\u201cIt is na\u00efve,\u201d said Ren\u00e9e, \u2018quite\u2019 so \u2013 \u00bd done.\"\n"
    [record] = read(tmp_path, "a.csv", text.encode("cp1252"))
    assert record.fields["title"] == "A na\u00efve plan"
    assert record.fields["text"] == "\u201cIt is na\u00efve,\u201d said Ren\u00e9e, \u2018quite\u2019 so \u2013 \u00bd done."
    assert record.warning == ""


def test_latin_1_fractions_and_accents_are_read_as_written(tmp_path):
    body = "Le maire a d\u00e9clar\u00e9 que \u00bd du budget \u00e9tait d\u00e9pens\u00e9 \u00e0 Z\u00fcrich, \u00bc ailleurs.\n"
    [record] = read(tmp_path, "a.txt", body.encode("latin-1"))
    assert record.fields["text"] == body.strip() and record.warning == ""
    [jsonl] = read(tmp_path, "a.jsonl", json.dumps({"text": body}, ensure_ascii=False).encode("latin-1") + b"\n")
    assert jsonl.fields["text"] == body


def test_a_shift_jis_article_is_read_as_japanese(tmp_path):
    body = "\u6771\u4eac\u306e\u5e02\u9577\u306f\u3001\u65b0\u3057\u3044\u8a08\u753b\u306b\u3064\u3044\u3066\u300c\u975e\u5e38\u306b\u91cd\u8981\u3060\u300d\u3068\u8ff0\u3079\u305f\u3002\n" * 4
    [record] = read(tmp_path, "tokyo.txt", body.encode("shift_jis"))
    assert record.fields["text"] == body.strip()


def test_an_encoding_that_is_only_a_guess_comes_with_a_warning_naming_it(tmp_path):
    # Polish in Windows-1250 is not Western text in cp1252 ("powiedzia\u00b3"), and no detector is sure of it.
    body = "Minister powiedzia\u0142, \u017ce plan jest wa\u017cny. \u0141\u00f3d\u017a i \u017b\u00f3\u0142\u0107.\n" * 3
    [record] = read(tmp_path, "pl.txt", body.encode("cp1250"))
    assert "could not be told for certain; read as " in record.warning
    western = "title,text\nPlan,\"It is na\u00efve and \u2018bold\u2019.\"\n".encode("cp1252")
    assert read(tmp_path, "w.csv", western)[0].warning == ""


# ---- item 12: CSV edge cases


def test_an_oversized_multi_line_field_costs_one_record_and_the_next_row_is_read(tmp_path):
    huge = "\n".join("line of the endless field " * 40 for _ in range(2000))  # ~2 MB over many lines
    data = articles_csv([article(1), {**article(2), "text": huge}, article(3)])
    records = read(tmp_path, "a.csv", data, max_record_bytes=1024 * 1024)
    assert [bool(r.error) for r in records] == [False, True, False]
    assert "longer than the 1,048,576-byte limit" in records[1].error
    assert records[2].fields["text"] == article(3)["text"]


def test_bare_carriage_returns_end_lines(tmp_path):
    data = b'title,text\rFirst,"one text"\rSecond,"another, with\na line break in it"\r'
    records = read(tmp_path, "mac.csv", data)
    assert [r.fields["title"] for r in records] == ["First", "Second"]
    assert records[1].fields["text"] == "another, with\na line break in it"
    assert [r.line for r in records] == [2, 3]
    cells = "".join(f'Story {i},"paragraph one\nparagraph two\nparagraph three"\r' for i in range(5))
    records = read(tmp_path, "cells.csv", b"title,text\r" + cells.encode())  # LFs inside cells outnumber the CRs
    assert [r.fields["title"] for r in records] == [f"Story {i}" for i in range(5)]
    windows = read(tmp_path, "win.csv", b'title,text\r\nA,"one\r\ntwo"\r\nB,three\r\n')
    assert [r.fields["text"] for r in windows] == ["one\r\ntwo", "three"]


def test_one_binary_line_costs_only_its_record(tmp_path):
    rows = "".join(f"Story {i},text number {i} is here\n" for i in range(20))
    data = b"title,text\n" + rows.encode() + b"Bad," + b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f" * 8 + b"\n" + b"Last,fine text\n"
    records = read(tmp_path, "a.csv", data)
    bad = [r for r in records if r.error]
    assert len(records) == 22 and len(bad) == 1
    assert "binary data" in bad[0].error and bad[0].line == 22
    assert records[-1].fields["title"] == "Last"


@pytest.mark.parametrize("value, expected", [
    ("2099-01-01", "in the future"),
    ("1066-10-14", "before 1800"),
    ("2024-13-40", "no such date"),
    ("next tuesday", "use YYYY-MM-DD"),
])
def test_a_bad_date_says_what_is_wrong_with_it(value, expected):
    clean, error = validate(RawRecord("a.csv", 2, {"text": "fine", "published": value}), default_outlet="", max_chars=100)
    assert clean is None and expected in error and value in error


def test_mac_and_hidden_files_in_a_zip_are_skipped_silently(tmp_path):
    data = _zip({"a.csv": articles_csv([article(1)]), "__MACOSX/._a.csv": b"\x00\x05\x16\x07junk",
                 "__MACOSX/dir/._b.txt": b"\x00junk", ".DS_Store": b"\x00\x00\x00\x01Bud1",
                 "dir/._b.txt": b"\x00junk", "dir/b.txt": article(2)["text"].encode(), ".git/config": b"[core]"})
    records = read(tmp_path, "mac.zip", data)
    assert [r.file for r in records] == ["mac.zip/a.csv", "mac.zip/dir/b.txt"]
    assert not any(r.error for r in records)


def test_a_windows_1252_line_late_in_a_utf_8_file_is_kept_with_a_warning(tmp_path):
    rows = "".join(f"Story {i},\"Caf\u00e9 text number {i}, plain words.\"\n" for i in range(3000))  # >64 KB of UTF-8
    late = "Late,\"The mayor called it na\u00efve \u2013 \u201cquite na\u00efve\u201d.\"\n".encode("cp1252")
    data = b"title,text\n" + rows.encode() + late + b"Last,fine text\n"
    for name, payload in (("a.csv", data), ("a.jsonl", articles_jsonl([{"text": "first"}]) * 5000
                                            + b'{"text": "' + "na\u00efve \u2013 ok".encode("cp1252") + b'"}\n')):
        records = read(tmp_path, name, payload)
        odd = [r for r in records if r.warning]
        assert not any(r.error for r in records), name
        assert len(odd) == 1 and "read as cp1252" in odd[0].warning, name
        assert "na\u00efve \u2013" in odd[0].fields["text"], name


@pytest.mark.parametrize("fields, expected", [
    ({"text": "fine", "title": "a\x00b"}, "NUL character"),
    ({"text": "words \ud800 more"}, "lone surrogate"),
    ({"text": "fine", "outlet": "Wire\udfff"}, "not valid Unicode"),
])
def test_characters_a_database_cannot_store_are_the_records_problem(fields, expected):
    clean, error = validate(RawRecord("a.jsonl", 2, fields), default_outlet="", max_chars=100)
    assert clean is None and expected in error


def test_a_large_binary_blob_among_csv_rows_costs_only_its_record(tmp_path):
    blob = b"Blob," + bytes(byte for byte in range(256) if byte not in (10, 13, 34, 44)) * 150 + b"\n"  # ~37 KB
    data = b"title,text\nFirst,one text\n" + blob + b"".join(b"Row %d,text %d\n" % (i, i) for i in range(2000))
    records = read(tmp_path, "a.csv", data)
    assert len(records) == 2002 and [r.line for r in records if r.error] == [3]
