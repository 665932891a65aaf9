"""Benchmark finding a search's ranked window (quotes.browse.search) against PostgreSQL's own choice.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qt_bench .venv/bin/python bench/search.py

For each search over all visible quotes, in the same run: the time of the statement
quotes.browse.search.ranked_window_ids runs when no filter but dates narrows a search (walk the newest
quotes or look the words up, chosen and checked as it goes), and of the plain statement that
leaves the choice to PostgreSQL (the newest matches, ORDER BY date LIMIT the window, ranked; what
runs under other filters), over the same indexes. Words the statistics do not list ("zeppelin",
"quasar") are where PostgreSQL's choice goes wrong. Runs against the seedcorpus database;
--runs N (default 7).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402

from quotes.browse.search import (  # noqa: E402
    estimated_matches,
    fetch_ranked_window,
    match_quotes,
    planners_window_sql,
    rank_window,
    walk_length,
)
from quotes.models import Quote  # noqa: E402

SEARCHES = ["government", "crisis", "government -people", "zeppelin", "zeppelin or quasar",
            "marzipan or obsidian or halcyon", "zeppelin or quasar or marzipan or obsidian",
            "government budget", '"peace talks"', "ports farmers"]


def median_ms(run, runs) -> float:
    times = []
    with connection.cursor() as cursor:
        for _ in range(runs):
            started = time.perf_counter()
            run(cursor)
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("bench/search.py needs the PostgreSQL database seedcorpus filled (DATABASE_URL).")
    quotes = Quote.objects.visible()
    print(f"{quotes.count()} visible quotes; window {rank_window()}; median of {args.runs} runs each, interleaved\n")
    print(f"  {'search':<44} {'matches':>8} {'walk':>7} {'ours':>9} {'planner':>9} {'ratio':>6}")
    for text in SEARCHES:
        walk = walk_length(*estimated_matches(quotes, text), rank_window())
        planners = planners_window_sql(quotes, text)

        def ours(cursor, text=text, walk=walk):  # the walk, and the full-text lookup if it came up short
            fetch_ranked_window(cursor, quotes, text, walk=walk)

        def planner(cursor, planners=planners):
            cursor.execute(*planners)
            cursor.fetchone()

        timings = {"ours": [], "planner": []}
        for _ in range(3):  # alternate, so a slow spell of a shared machine falls on both
            timings["ours"].append(median_ms(ours, args.runs))
            timings["planner"].append(median_ms(planner, args.runs))
        ours_ms, planner_ms = (statistics.median(timings[name]) for name in ("ours", "planner"))
        matches = match_quotes(quotes, text).count()
        print(f"  {text:<44} {matches:8d} {walk or '-':>7} {ours_ms:7.1f}ms {planner_ms:7.1f}ms "
              f"{planner_ms / ours_ms:5.1f}x")


if __name__ == "__main__":
    main()
