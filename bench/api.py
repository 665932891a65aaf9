"""Benchmark the JSON API's list and search endpoints against a big corpus (manage.py seedcorpus
--quotes 1000000). Target: p95 <= 50 ms.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qt_bench .venv/bin/python bench/api.py

Prints p50/p95 server time per endpoint, the median CPU time of the web process, (in-process Django test client: middleware, DRF's
authentication, permission and throttle checks, the view, its queries and the JSON rendering; no
network). The client signs in with a session (the bench user of bench/web.py): the bench
database is read, never migrated, and a token costs one more indexed lookup. Searches are timed
as a reader repeating or paging through them (the ranked window cached for a minute) and uncached
(each request with a different date filter far in the future: same matches, a new cache key).

Two baselines measured in the same run put the figures in context on a shared machine: a trivial
view (the login form) and the web's own quote list.

Options: --runs N (timed requests per endpoint, default 40), --unvacuumed N (see bench/web.py).
"""

import argparse
import os
import sys

os.environ.setdefault("API_THROTTLE_RATE", "1000000/min")  # the bench's own requests must not be throttled

import statistics  # noqa: E402
import time  # noqa: E402

from web import COMMON_TERM, RARE_TERM, bench_user, next_url, prepare_quote_tables, uncached  # noqa: E402

from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from quotes.models import Quote, Speaker  # noqa: E402

TARGET_P95_MS = 50


def targets() -> dict:
    quotes = reverse("api:quote-list")
    top = Speaker.objects.current().order_by("-quote_count", "id").first()
    dated, pk = Quote.objects.visible().order_by("-dated", "-id").values_list("dated", "id")[499 * 25 - 1]
    return {
        "baseline: trivial view (login form, HTML)": reverse("login"),
        "baseline: the web's quote list, first page (HTML)": reverse("quote_list"),
        "quotes, first page": quotes,
        "quotes, page 500 (cursor)": f"{quotes}?cursor=a{dated.isoformat()}_{pk}",
        f"quotes of the most-quoted speaker ({top.quote_count})": f"{quotes}?speaker={top.pk}",
        "quotes of an outlet, direct only": f"{quotes}?outlet={top.pk % 50 + 1}&kind=direct",
        f"search '{COMMON_TERM}'": f"{quotes}?q={COMMON_TERM}",
        f"search '{COMMON_TERM}', uncached": uncached(f"{quotes}?q={COMMON_TERM}"),
        f"search '{RARE_TERM}'": f"{quotes}?q={RARE_TERM}",
        f"search '{RARE_TERM}', uncached": uncached(f"{quotes}?q={RARE_TERM}"),
        f"search '{COMMON_TERM}', newest first": f"{quotes}?q={COMMON_TERM}&sort=newest",
        "speakers, most quoted": reverse("api:speaker-list"),
        "speakers, name or alias 'ann'": f"{reverse('api:speaker-list')}?q=ann",
        "sources, label 'statement'": f"{reverse('api:source-list')}?q=statement",
    }


def timings(client: Client, url, runs: int) -> tuple[float, float, float]:
    """(p50, p95 of the server time, p50 of the web process's own CPU time) in ms. On a shared
    machine the wall time also counts waiting for a CPU; the process's CPU time does not (nor does
    it count PostgreSQL's work, which the wall time does)."""
    for _ in range(3):  # warm caches and connections
        assert client.get(next_url(url)).status_code == 200, url
    wall, cpu = [], []
    for _ in range(runs):
        path = next_url(url)
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(path)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        assert response.status_code == 200, url
    wall.sort()
    return statistics.median(wall), wall[max(0, int(round(0.95 * len(wall))) - 1)], statistics.median(cpu)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--unvacuumed", type=int, default=0)
    args = parser.parse_args()
    print(prepare_quote_tables(args.unvacuumed))
    print(f"{Quote.objects.count():,} quotes, {Speaker.objects.count():,} speakers\n")
    client = Client()
    client.force_login(bench_user("journalist"))
    worst, trivial = 0.0, None
    print(f"{'endpoint':58} {'p50 ms':>8} {'p95 ms':>8} {'CPU p50':>8} {'p50 / trivial':>14}")
    for name, url in targets().items():
        p50, p95, cpu = timings(client, url, args.runs)
        trivial = trivial or p50
        if not name.startswith("baseline"):
            worst = max(worst, p95)
        flag = "" if name.startswith("baseline") or p95 <= TARGET_P95_MS else "  over target"
        print(f"{name:58} {p50:8.1f} {p95:8.1f} {cpu:8.1f} {p50 / trivial:13.1f}x{flag}")
    print(f"\nworst p95: {worst:.1f} ms (target <= {TARGET_P95_MS} ms)")
    return 0 if worst <= TARGET_P95_MS else 1


if __name__ == "__main__":
    sys.exit(main())
