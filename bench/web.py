"""Benchmark the read pages against a big corpus (manage.py seedcorpus --quotes 1000000).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qt_bench .venv/bin/python bench/web.py

Prints, for each page: p50/p95 server time (in-process Django test client: middleware, view,
queries and template, no network), then requests/s under concurrency through gunicorn, relative
to a trivial view (the login form, rendered for a logged-in user: session + user + base template)
measured in the same run. Targets: p95 <= 100 ms; rate >= 0.5x the trivial view.

Ranked search windows are cached for a minute (quotes.browse.search.RANK_CACHE_SECONDS), so each search
is measured twice: as a reader repeating or paging through it (cached after the first request),
and uncached, each request with a different date filter ending long after the newest quote (the
same matches and plan, a new cache key every time).

The quote tables are vacuumed first, as autovacuum keeps them on a production server (migration
0009 has the quote table vacuumed every 10,000 inserts; autovacuum may be off on a test machine):
searches read the newest quotes' words off one index, and visit the table only for pages the
visibility map does not mark all-visible. --unvacuumed N measures the other case: it rewrites the
N newest quotes (as an import or a burst of edits would leave them) and skips the vacuum.

Options: --runs N (timed requests per page, default 40), --seconds S (per throughput test, default
6), --concurrency C (client threads, default 8), --workers W (gunicorn workers, default CPUs),
--rounds R (default 6: the throughput tests run round-robin, S/R seconds per page per round, so a
burst of load from other processes on a shared machine, or a change in its CPU speed, falls on
every page alike, the trivial view included, rather than skewing one ratio).
"""

import argparse
import http.client
import itertools
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
# Plain HTTP on localhost: no HTTPS redirect, session cookie sent without TLS.
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("SESSION_COOKIE_SECURE", "0")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from quotes.browse.views import PAGE_SIZE  # noqa: E402
from quotes.models import Quote, Speaker  # noqa: E402
from quotes.roles import JOURNALISTS  # noqa: E402

COMMON_TERM, RARE_TERM = "government", "zeppelin"


def prepare_quote_tables(unvacuumed: int) -> str:
    """The quote tables vacuumed and analyzed, as autovacuum keeps them; or, with `unvacuumed`, the
    newest quotes rewritten in place (same values, new row versions on pages not yet all-visible,
    as an import leaves them until autovacuum's next pass). Says what share of the quote table's
    pages the visibility map marks all-visible."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE quotes_quote, quotes_quotespeaker, quotes_article")
        if unvacuumed:
            cursor.execute("UPDATE quotes_quote SET version = version WHERE id IN "
                           "(SELECT id FROM quotes_quote ORDER BY dated DESC, id DESC LIMIT %s)", [unvacuumed])
            # Without the table's visibility map, as autovacuum would leave it: statistics only.
            cursor.execute("ANALYZE quotes_quote")
        cursor.execute("SELECT relallvisible::float / greatest(relpages, 1) FROM pg_class WHERE relname = 'quotes_quote'")
        share = cursor.fetchone()[0]
    state = f"the newest {unvacuumed} quotes rewritten since" if unvacuumed else "vacuumed"
    return f"{state}; {share:.0%} of the quote table's pages all-visible"


def bench_user():
    user, created = get_user_model().objects.get_or_create(username="bench-journalist")
    if created:
        user.set_unusable_password()
        user.save()
    user.groups.add(Group.objects.get(name=JOURNALISTS))
    return user


_FRESH = itertools.count()


def uncached(url: str):
    """The URL with a filter that changes nothing found but misses the search cache every time."""
    return lambda: f"{url}&date_to={date(2100, 1, 1) + timedelta(days=next(_FRESH))}"


def targets() -> dict[str, "str | Callable[[], str]"]:
    top = Speaker.objects.current().order_by("-quote_count", "id").first()
    # The cursor of page 500 is looked up once here (with OFFSET); the page itself is then read by keyset.
    dated, pk = Quote.objects.visible().order_by("-dated", "-id").values_list("dated", "id")[499 * PAGE_SIZE - 1]
    quotes = reverse("quote_list")
    return {
        "trivial view (login form)": reverse("login"),
        f"most-quoted speaker ({top.name}, {top.quote_count} quotes)": top.get_absolute_url(),
        f"search, common term '{COMMON_TERM}'": f"{quotes}?q={COMMON_TERM}",
        f"search, common term '{COMMON_TERM}', uncached": uncached(f"{quotes}?q={COMMON_TERM}"),
        f"search, rare term '{RARE_TERM}'": f"{quotes}?q={RARE_TERM}",
        f"search, rare term '{RARE_TERM}', uncached": uncached(f"{quotes}?q={RARE_TERM}"),
        "quote list, page 1": quotes,
        "quote list, page 500": f"{quotes}?after={dated.isoformat()}_{pk}&page=500",
    }


def next_url(url) -> str:
    return url() if callable(url) else url


def server_times(client: Client, url, runs: int) -> tuple[float, float]:
    for _ in range(3):  # warm caches and connections
        assert client.get(next_url(url)).status_code == 200, url
    times = []
    for _ in range(runs):
        path = next_url(url)
        started = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, url
    times.sort()
    return statistics.median(times), times[max(0, int(round(0.95 * len(times))) - 1)]


def throughput(port: int, url, cookie: str, seconds: float, concurrency: int) -> float:
    done, stop, errors = [0] * concurrency, time.monotonic() + seconds, []

    def hammer(slot):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop:
            connection.request("GET", next_url(url), headers={"Cookie": cookie, "Host": "127.0.0.1"})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                errors.append(response.status)
            done[slot] += 1
        connection.close()

    threads = [threading.Thread(target=hammer, args=(slot,)) for slot in range(concurrency)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise SystemExit(f"{url}: {len(errors)} failed requests, e.g. HTTP {errors[0]}")
    return sum(done) / (time.monotonic() - started)


def start_gunicorn(port: int, workers: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "tracker.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--log-level", "warning"],
        cwd=ROOT, env={**os.environ},
    )
    for _ in range(100):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/accounts/login/")
            return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=6)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--unvacuumed", type=int, default=0, metavar="N",
                        help="rewrite the N newest quotes after vacuuming (not yet all-visible)")
    args = parser.parse_args()
    if not args.port:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            args.port = probe.getsockname()[1]

    database = settings.DATABASES["default"]
    print(f"database: {database['ENGINE'].rsplit('.', 1)[-1]} {database.get('NAME')}, "
          f"{Quote.objects.count()} quotes, {Speaker.objects.count()} speakers")
    if connection.vendor == "postgresql":
        print(f"quote tables: {prepare_quote_tables(args.unvacuumed)}")
    user = bench_user()
    client = Client()
    client.force_login(user)
    cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    pages = targets()

    print(f"\nserver time over {args.runs} requests each (in-process, ms):")
    print(f"  {'page':<62} {'p50':>7} {'p95':>7}")
    latency = {}
    for name, url in pages.items():
        latency[name] = server_times(client, url, args.runs)
        p50, p95 = latency[name]
        print(f"  {name:<62} {p50:7.1f} {p95:7.1f}{'' if p95 <= 100 else '   > 100 ms target'}")

    rounds = max(1, args.rounds)
    print(f"\nthroughput through gunicorn ({args.workers} workers, {args.concurrency} client threads, "
          f"{args.seconds:g} s each in {rounds} round-robin rounds):")
    server = start_gunicorn(args.port, args.workers)
    try:
        rates = dict.fromkeys(pages, 0.0)
        for _ in range(rounds):
            for name, url in pages.items():
                rates[name] += throughput(args.port, url, cookie, args.seconds / rounds, args.concurrency) / rounds
    finally:
        server.terminate()
        server.wait()
    trivial = rates["trivial view (login form)"]
    print(f"  {'page':<62} {'req/s':>7} {'× trivial':>9}")
    for name, rate in rates.items():
        ratio = rate / trivial
        print(f"  {name:<62} {rate:7.1f} {ratio:9.2f}{'' if ratio >= 0.5 else '   < 0.5 target'}")


if __name__ == "__main__":
    main()
