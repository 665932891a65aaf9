"""The README's curl examples (sections API, Alerts and Embedding), run against the test client:
each line is parsed as curl would read it, with $SITE, $TOKEN and the ids filled in."""

import re
import shlex
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from quotes.models import ApiToken
from tests.newsroom import newsroom  # noqa: F401

README = Path(__file__).resolve().parent.parent / "README.md"
SECTIONS = ("API", "Alerts", "Embedding")


def curl_lines(section: str) -> list[str]:
    text = README.read_text()
    body = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return [line for block in re.findall(r"```sh\n(.*?)```", body, re.S) for line in block.splitlines()
            if line.startswith("curl ")]


def perform(client, line: str, values: dict, tmp_path):
    for name, value in sorted(values.items(), key=lambda item: -len(item[0])):
        line = line.replace(f"${name}", str(value))
    words = shlex.split(line)[1:]
    method, headers, body, form, url = None, {}, None, {}, None
    while words:
        word = words.pop(0)
        if word == "-X":
            method = words.pop(0)
        elif word == "-H":
            name, value = words.pop(0).split(":", 1)
            headers[name.strip()] = value.strip()
        elif word == "-d":
            body = words.pop(0)
        elif word == "-F":
            name, value = words.pop(0).split("=", 1)
            form[name] = (SimpleUploadedFile(value[1:], (tmp_path / value[1:]).read_bytes())
                          if value.startswith("@") else value)
        else:
            url = word
    path = url.removeprefix("http://testserver")
    extra = {"HTTP_" + name.upper().replace("-", "_"): value for name, value in headers.items()
             if name.lower() != "content-type"}
    if form:
        return client.post(path, form, **extra)
    if body is not None:
        return client.generic(method or "POST", path, body, content_type=headers.get("Content-Type"), **extra)
    return client.generic(method or "GET", path, **extra)


@pytest.mark.parametrize("section", SECTIONS)
def test_the_readme_examples_work(client, bob, alice, newsroom, section, settings, tmp_path,
                                  django_capture_on_commit_callbacks):
    settings.IMPORT_DIR = tmp_path / "imports"
    (tmp_path / "archive.csv").write_text('title,text\nQuay,"Harbour master Ola Berg said it was ""built to last""."\n')
    bob.groups.add(*alice.groups.all())  # the examples include an admin's upload
    _, token = ApiToken.issue(user=bob, name="readme")
    values = {"SITE": "http://testserver", "TOKEN": token, "QUOTE": newsroom["storms"].pk,
              "SPEAKER": newsroom["lindqvist"].pk, "ARTICLE": newsroom["article"].pk, "BATCH": 0}
    lines = curl_lines(section)
    assert lines
    for line in lines:
        with django_capture_on_commit_callbacks(execute=True):
            response = perform(client, line, values, tmp_path)
        assert response.status_code < 400, (line, response.content[:300])
        if "/api/v1/imports/" in line and response.status_code == 202:
            values["BATCH"] = response.json()["id"]
