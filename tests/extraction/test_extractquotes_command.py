"""manage.py extractquotes, as ../shared/docs/EXTRACTION_OUTPUT.md specifies it."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

ARTICLE = 'Mayor Lena Ortiz said the plan was "dead on arrival". "We start over," she said.'


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("extractquotes", *args, stdout=out, stderr=err)
        failed = None
    except CommandError as error:
        failed = error
    return out.getvalue(), err.getvalue(), failed


def test_it_extracts_jsonl_and_txt_in_input_order_with_valid_offsets(tmp_path):
    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text(json.dumps({"id": "a", "text": ARTICLE, "title": "t"}) + "\n" + json.dumps({"id": "b", "text": "No quotes."}) + "\n", encoding="utf-8")
    txt = tmp_path / "c-story.txt"
    raw = " date 2025-03-01 Rome, March 1: " + ARTICLE
    txt.write_text(raw, encoding="utf-8")
    out, err, failed = run(str(jsonl), str(txt))
    assert failed is None and err == ""
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c-story"]
    assert [q["text"] for q in lines[0]["quotes"]] == ["dead on arrival", "We start over,"]
    assert lines[1]["quotes"] == []
    for quote in lines[2]["quotes"]:
        assert raw[quote["start"] : quote["end"]] == quote["text"]
        assert quote["speakers"][0]["name"] == "Lena Ortiz"


def test_bad_lines_are_reported_with_file_and_line_and_the_rest_still_runs(tmp_path):
    jsonl = tmp_path / "bad.jsonl"
    jsonl.write_text(
        json.dumps({"id": "ok1", "text": ARTICLE}) + "\n{not json\n" + json.dumps({"id": "x"}) + "\n\n" + json.dumps({"id": "ok2", "text": "Plain."}) + "\n",
        encoding="utf-8",
    )
    undecodable = tmp_path / "latin.txt"
    undecodable.write_bytes("caf\xe9".encode("latin-1"))
    out_file = tmp_path / "out.jsonl"
    out, err, failed = run(str(jsonl), str(undecodable), str(tmp_path / "missing.txt"), "-o", str(out_file))
    assert failed is not None and failed.returncode != 0
    assert f"{jsonl}:2: invalid JSON" in err
    assert f'{jsonl}:3: missing "text"' in err
    assert f"{undecodable}:1: not valid UTF-8" in err
    assert "missing.txt: cannot read file" in err
    ids = [json.loads(line)["id"] for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert ids == ["ok1", "ok2"]


def test_output_is_byte_identical_across_runs(tmp_path):
    jsonl = tmp_path / "x.jsonl"
    jsonl.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n", encoding="utf-8")
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    run(str(jsonl), "-o", str(first))
    run(str(jsonl), "-o", str(second))
    assert first.read_bytes() == second.read_bytes() and first.read_bytes()


@pytest.mark.parametrize("record", [[1, 2], {"id": True, "text": "x"}, {"id": "a", "text": 5}])
def test_wrong_shapes_are_rejected(tmp_path, record):
    jsonl = tmp_path / "shape.jsonl"
    jsonl.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out, err, failed = run(str(jsonl))
    assert failed is not None and f"{jsonl}:1:" in err and out == ""
