"""manage.py extractquotes FILE... [-o OUT.jsonl] -- the extractor alone, no database.

Input and output are specified in ../shared/docs/EXTRACTION_OUTPUT.md: `.jsonl` files hold one
article per line, `.txt` files one article each; one JSON line per article goes out, in input
order. Rejected input is reported on stderr with file and line, and makes the exit status 1,
but never stops the other articles.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from quotes.extraction import extract_many, get_nlp
from quotes.extraction.types import ArticleExtraction


@dataclass(frozen=True, slots=True)
class InputArticle:
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Rejection:
    where: str  # "file:line" or "file"
    reason: str


def read_inputs(paths: list[str]) -> Iterator[InputArticle | Rejection]:
    """Articles of every input file in order, with a Rejection for each unusable line or file."""
    for path_name in paths:
        path = Path(path_name)
        try:
            raw = path.read_bytes()
        except OSError as error:
            yield Rejection(path_name, f"cannot read file: {error.strerror or error}")
            continue
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path_name, raw)
        else:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                line = raw[: error.start].count(b"\n") + 1
                yield Rejection(f"{path_name}:{line}", f"not valid UTF-8 (byte {error.start})")
                continue
            yield InputArticle(id=path.stem, text=text)


def _read_jsonl(path_name: str, raw: bytes) -> Iterator[InputArticle | Rejection]:
    for line_number, line_bytes in enumerate(raw.split(b"\n"), start=1):
        if not line_bytes.strip():
            continue
        where = f"{path_name}:{line_number}"
        try:
            record = json.loads(line_bytes.decode("utf-8"))
        except UnicodeDecodeError as error:
            yield Rejection(where, f"not valid UTF-8 (byte {error.start} of the line)")
            continue
        except json.JSONDecodeError as error:
            yield Rejection(where, f"invalid JSON: {error.msg} (column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield Rejection(where, "expected a JSON object")
        elif not isinstance(record.get("text"), str):
            yield Rejection(where, 'missing "text" (a string)')
        elif not isinstance(record.get("id"), (str, int)) or isinstance(record.get("id"), bool):
            yield Rejection(where, 'missing "id" (a string)')
        else:
            yield InputArticle(id=str(record["id"]), text=record["text"])


def output_line(article_id: str, extraction: ArticleExtraction) -> str:
    record = {"id": article_id, "quotes": [quote.to_dict() for quote in extraction.quotes]}
    return json.dumps(record, ensure_ascii=False, sort_keys=False)


class Command(BaseCommand):
    # The extractor needs no database and signs nothing: it runs without SECRET_KEY (the held-out
    # evaluation and ../shared/eval call it in a bare shell), so the settings checks are skipped.
    requires_system_checks = []
    help = "Extract quotes from .jsonl / .txt articles and write one JSON line per article."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help=".jsonl (one article per line) or .txt (one article)")
        parser.add_argument("-o", "--output", metavar="OUT.jsonl", help="write here instead of stdout")
        parser.add_argument("--indirect", action=argparse.BooleanOptionalAction, default=True,
                            help='also extract reported speech without quotation marks (kind "indirect"; default: on)')

    def handle(self, *args, files, output, indirect=True, **options):
        rejected = 0
        articles: list[InputArticle] = []
        for item in read_inputs(files):
            if isinstance(item, Rejection):
                rejected += 1
                self.stderr.write(f"{item.where}: {item.reason}")
            else:
                articles.append(item)

        out = open(output, "w", encoding="utf-8", newline="\n") if output else None
        try:
            write = out.write if out else self.stdout.write
            extractions = extract_many((a.text for a in articles), nlp=get_nlp(), indirect=indirect)
            for article, extraction in zip(articles, extractions):
                write(output_line(article.id, extraction) + "\n")
        finally:
            if out:
                out.close()
        if rejected:
            raise CommandError(f"{rejected} input(s) rejected; the other {len(articles)} article(s) were extracted", returncode=1)
