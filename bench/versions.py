"""Updated versions of stories: are their new quotes extracted? Run by hand (not in the test suite):

    .venv/bin/python bench/versions.py [--database-url postgres://postgres@127.0.0.1:5432/qt_versions_bench] [--stories 2000]

Imports --stories invented originals (tests/imports/generate.py), then an updated version of each
(the same text with one paragraph quoting someone new; generate.updated), each as one batch read
and extracted in this process by the import workflow (quotes.imports.batches), and prints how many
updates had their added quote extracted (target: all), how many were linked to the original as a
new version, and the articles/s of each batch. The database is created if missing and migrated;
each run uses fresh articles, so reruns work.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ingest import _analyze, _create_database  # noqa: E402

from tests.imports.generate import article, updated  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/qt_versions_bench")
    parser.add_argument("--stories", type=int, default=2000)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="qt-versions-bench-"))
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="tracker.settings", DEBUG="0", SECRET_KEY="bench-only-not-secret",
               ALLOWED_HOSTS="localhost", DATABASE_URL=args.database_url, IMPORT_DIR=str(workdir / "imports"),
               LOG_LEVEL="WARNING", OMP_NUM_THREADS="1")
    os.environ.update(env)
    _create_database(args.database_url)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    _analyze(args.database_url)

    import django

    django.setup()
    from quotes.models import Article, Quote

    run_id = int(time.time()) % 100_000
    originals = [article(run_id * 100_000 + n) for n in range(args.stories)]
    updates = [updated(item, run_id * 100_000 + n) for n, item in enumerate(originals)]
    print(f"Importing {args.stories:,} originals, then an updated version of each ...")
    first, rate = _import(workdir, "originals.jsonl", originals)
    print(f"  originals: {rate:.1f} articles/s")
    second, rate = _import(workdir, "updates.jsonl", [{k: v for k, v in item.items() if k != "added_quote"} for item in updates])
    print(f"  updates: {rate:.1f} articles/s")

    stored = {row["url"]: row for row in Article.objects.filter(import_batch=second).values()}
    added = {item["url"]: item["added_quote"] for item in updates}
    with_added = set(Quote.objects.filter(article__import_batch=second).values_list("article__url", "text"))
    extracted = sum(any(added[url] in text for text in texts) for url, texts in _by_url(with_added).items())
    linked = sum(row.get("previous_version_id") is not None for row in stored.values())
    copies = sum(row["duplicate_of_id"] is not None for row in stored.values())
    print(f"\nUpdated versions whose added quote was extracted: {extracted:,} of {len(updates):,}  (target: all)")
    print(f"Linked to the original as a new version: {linked:,}; filed as syndicated copies (not extracted): {copies:,}")
    if hasattr(Quote, "first_seen"):
        twins = Quote.objects.filter(article__import_batch=second, first_seen__article__import_batch=first).count()
        print(f"Quotes of the updates linked to the same words in the original: {twins:,}")


def _by_url(pairs):
    grouped = {}
    for url, text in pairs:
        grouped.setdefault(url, []).append(text)
    return grouped


def _import(workdir, name, items):
    """One batch, read and extracted here by the import workflow; (the batch, articles/s)."""
    from quotes.imports.batches import extract_batch, ingest_batch, worker_owner
    from quotes.imports.uploads import create_batch
    from quotes.models import ImportBatch

    path = workdir / name
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    started = time.perf_counter()
    batch = create_batch(files=[(path.name, path)], user=None, start=lambda batch_id: None)
    owner = worker_owner()
    ingest_batch(batch.pk, owner=owner, enqueue_extraction=lambda batch_id: None)
    extract_batch(batch.pk, owner=owner)
    elapsed = time.perf_counter() - started
    batch = ImportBatch.objects.get(pk=batch.pk)
    assert batch.status == ImportBatch.Status.DONE, batch.status
    return batch, len(items) / elapsed


if __name__ == "__main__":
    main()
