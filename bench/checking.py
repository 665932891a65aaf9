"""Benchmark checking quotes against a primary document (quotes.checking).

    .venv/bin/python bench/checking.py                      # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qt19 .venv/bin/python bench/checking.py

1. Aligning 1,000 quotes against a 30-page document (about 15,000 words, invented text): the
   time to index the document and to align them all (target: 2 s together), and how the
   verdicts compare with what each quote was made to be (verbatim, a word changed, a word
   dropped, two passages spliced, words not in the document).
2. Attaching a document to a speaker with 10,000 quotes, in a throwaway test database: the
   attach returns at once having queued the check (django-tasks-db), and a worker (the same
   code as `manage.py db_worker`, in a thread here) does the work while the document's progress
   is read the way its page reads it. --quotes N changes the 10,000; --skip-db runs part 1 only.
"""

import argparse
import os
import random
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django  # noqa: E402

django.setup()

from quotes.checking.alignment import Document  # noqa: E402

COMMON = ("the of and to a in that is was for on with as by it at from be this have are not said will "
          "which has had were their its an would been they also more but or all about after over").split()


def invented_vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    syllables = ["ka", "lo", "mer", "ti", "van", "su", "dra", "po", "len", "ri", "cas", "no", "bel", "tu", "gar", "ve"]
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def document_text(rng: random.Random, words: int = 15_000) -> list[list[str]]:
    """Sentences of 8 to 28 words: common words half the time, else a Zipf-ish pick of the vocabulary."""
    vocabulary = invented_vocabulary(rng)
    weights = [1 / (rank + 10) for rank in range(len(vocabulary))]
    sentences, total = [], 0
    while total < words:
        length = rng.randint(8, 28)
        sentence = [rng.choice(COMMON) if rng.random() < 0.5 else rng.choices(vocabulary, weights)[0] for _ in range(length)]
        sentences.append(sentence)
        total += length
    return sentences


def make_quotes(rng: random.Random, sentences: list[list[str]], count: int) -> list[tuple[str, str]]:
    """(intended verdict, quote text): fragments of sentences, some changed on purpose."""
    quotes = []
    for number in range(count):
        kind = ["verbatim"] * 6 + ["altered", "altered", "spliced", "not_found"]
        intended = kind[number % len(kind)]
        sentence = rng.choice(sentences)
        start = rng.randint(0, max(0, len(sentence) - 6))
        words = sentence[start : start + rng.randint(6, 20)]
        if intended == "altered":
            words = words.copy()
            position = rng.randint(1, len(words) - 2)
            if rng.random() < 0.5:
                words[position] = "zzchanged"
            else:
                del words[position]
        elif intended == "spliced":
            later = sentences[(sentences.index(sentence) + rng.randint(3, 30)) % len(sentences)]
            words = words[:6] + later[:6]
        elif intended == "not_found":
            words = [f"nowhere{rng.randint(0, 99)}" for _ in range(8)]
        quotes.append((intended, " ".join(words)))
    return quotes


def bench_alignment(runs: int) -> None:
    rng = random.Random(19)
    sentences = document_text(rng)
    text = " ".join(" ".join(sentence).capitalize() + "." for sentence in sentences)
    quotes = make_quotes(rng, sentences, 1000)
    print(f"Document: {len(text.split()):,} words, {len(text):,} characters (~{len(text.split()) // 500} pages of 500 words)")
    best = None
    for _ in range(runs):
        started = time.perf_counter()
        document = Document(text)
        indexed = time.perf_counter()
        verdicts = [document.align(quote).result for _, quote in quotes]
        done = time.perf_counter()
        if best is None or done - started < best[0]:
            best = (done - started, indexed - started, done - indexed, verdicts)
    total, index_time, align_time, verdicts = best
    print(f"Aligning 1,000 quotes: {total:.3f} s best of {runs} (indexing {index_time * 1000:.0f} ms, "
          f"aligning {align_time * 1000:.0f} ms, {align_time * 1000 / len(quotes):.2f} ms a quote); target <= 2 s: "
          f"{'met' if total <= 2 else 'MISSED'}")
    agreement = Counter((intended, verdict) for (intended, _), verdict in zip(quotes, verdicts, strict=True))
    for intended in ("verbatim", "altered", "spliced", "not_found"):
        row = {verdict: n for (wanted, verdict), n in agreement.items() if wanted == intended}
        print(f"  made {intended:9}: " + ", ".join(f"{verdict} {n}" for verdict, n in sorted(row.items(), key=lambda kv: -kv[1])))


def bench_background(quote_count: int) -> None:
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test.utils import setup_test_environment

    from quotes.checking import tasks
    from quotes.models import Article, PrimaryDocument, Quote, QuoteSpeaker, Speaker

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        rng = random.Random(7)
        sentences = document_text(rng, words=6_000)
        text = " ".join(" ".join(sentence).capitalize() + "." for sentence in sentences)
        speaker = Speaker.objects.create(name="Bench Speaker")
        started = time.perf_counter()
        day = django.utils.timezone.localdate()
        for first in range(0, quote_count, 1000):
            articles = Article.objects.bulk_create([
                Article(title=f"Bench {n}", body=f"Bench article {n}: " + " ".join(rng.choice(sentences)), content_hash=f"{n:064d}",
                        published=day) for n in range(first, min(first + 1000, quote_count))])
            quotes = []
            for article in articles:
                start = len(article.body.split(": ")[0]) + 2
                quotes.append(Quote(article=article, text=article.body[start:], start=start, end=len(article.body), dated=day))
            Quote.objects.bulk_create(quotes)
            QuoteSpeaker.objects.bulk_create([QuoteSpeaker(quote=quote, speaker=speaker, dated=day) for quote in quotes])
        print(f"\nSpeaker with {quote_count:,} quotes created in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        with transaction.atomic():
            document = PrimaryDocument.objects.create(title="Bench transcript", kind="transcript", issuer=speaker,
                                                      issued=day, text=text)
            tasks.start_document_check(document.pk)
        print(f"Attach (save the document, queue its check): {(time.perf_counter() - started) * 1000:.0f} ms; "
              f"status {PrimaryDocument.objects.get(pk=document.pk).get_check_status_display()!r}")

        # The worker runs here (it sets signal handlers, which only the main thread may); the page's
        # reading of the progress runs beside it, as a browser polling the document page would.
        started, finished = time.perf_counter(), threading.Event()

        def watch():
            while not finished.wait(0.5):
                seen = PrimaryDocument.objects.get(pk=document.pk)
                print(f"  {time.perf_counter() - started:5.1f} s  {seen.get_check_status_display():22} "
                      f"{seen.check_done:>6,} of {seen.check_total:,} ({seen.check_percent}%)", flush=True)
            connection.close()

        watcher = threading.Thread(target=watch)
        watcher.start()
        try:
            call_command("db_worker", batch=True, startup_delay=False, verbosity=0)
        finally:
            finished.set()
            watcher.join()
        seen = PrimaryDocument.objects.get(pk=document.pk)
        results = Counter(seen.checks.values_list("result", flat=True))
        print(f"Background check done in {time.perf_counter() - started:.1f} s: {seen.get_check_status_display()}, "
              f"{seen.check_done:,} of {seen.check_total:,}; verdicts {dict(results)}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quotes", type=int, default=10_000)
    parser.add_argument("--skip-db", action="store_true")
    args = parser.parse_args()
    bench_alignment(args.runs)
    if not args.skip_db:
        bench_background(args.quotes)


if __name__ == "__main__":
    main()
