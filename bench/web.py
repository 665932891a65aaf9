"""Benchmark every page journalists, editors and admins open, against a big corpus
(manage.py seedcorpus --quotes 1000000, or --quotes 10000000 --copies 10).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qt_bench10m .venv/bin/python bench/web.py \
        --compare postgres://postgres@127.0.0.1:5432/qt_bench

Prints, for each page (home, the speakers list with each sort and a name search, the busiest
speaker's page with and without filters and a word, a typical speaker's page, the quote list and
searches with phrases, exclusions and filters, a quote and an article, the review queue, the
imports list and a batch page, the JSON API's lists and searches): p50/p95 server time (in-process Django test client: middleware,
view, queries and template, no network), warm cache, against the target p95 <= 50 ms.
--cold also times the first request to each page after a restart: a new process with an empty
Django cache and a new database connection (PostgreSQL's own buffers stay as they are).
--compare DATABASE_URL runs the same pages on a second database (in a subprocess) and prints each
page's growth factor (this database's p95 over the other's); target: <= 2x from 1M to 10M quotes.
--gunicorn also measures requests/s under concurrency relative to a trivial view (optional).

Ranked search windows are cached for a minute (quotes.browse.search.RANK_CACHE_SECONDS), so each search
is measured twice: as a reader repeating or paging through it (cached after the first request),
and uncached, each request with a different date filter ending long after the newest quote (the
same matches and plan, a new cache key every time).

The quote tables are vacuumed first, as autovacuum keeps them on a production server (migration
0009 has the quote table vacuumed every 10,000 inserts; autovacuum may be off on a test machine):
searches read the newest quotes' words off one index, and visit the table only for pages the
visibility map does not mark all-visible. --unvacuumed N measures the other case: it rewrites the
N newest quotes (as an import or a burst of edits would leave them) and skips the vacuum.

Warm cache means PostgreSQL's and the OS's too: the first run right after seeding a database reads its
new tables and indexes from disk (at 10M quotes two pages read 51 and 68 ms p95 then, 40 and 36 in the
next run); compare runs after a first one.

Options: --runs N (timed requests per page, default 40), --only TEXT (pages whose name contains it;
"a|b" either),
--seconds S (per throughput test, default 6), --concurrency C (client threads, default 8),
--workers W (gunicorn workers, default CPUs), --rounds R (default 6: the throughput tests run
round-robin, S/R seconds per page per round).
"""

import argparse
import json
import http.client
import itertools
import os
import socket
import statistics
import subprocess
import sys
import tempfile
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
os.environ.setdefault("API_THROTTLE_RATE", "1000000/min")  # the bench's own API requests must not be throttled
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection, connections, models  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from quotes.browse.views import PAGE_SIZE  # noqa: E402
from quotes.models import Article, ImportBatch, Quote, Speaker  # noqa: E402
from quotes.roles import ADMINS, EDITORS, JOURNALISTS  # noqa: E402

COMMON_TERM, RARE_TERM, PHRASE = "government", "zeppelin", '"peace talks"'
TARGET_MS, GROWTH_TARGET = 50, 2.0


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


def bench_user(role: str):
    """A user of each role: journalist (reads), editor (+ review queue), admin (+ imports)."""
    groups = {"journalist": [JOURNALISTS], "editor": [JOURNALISTS, EDITORS], "admin": [JOURNALISTS, EDITORS, ADMINS]}
    user, created = get_user_model().objects.get_or_create(username=f"bench-{role}")
    if created:
        user.set_unusable_password()
        user.save()
    user.groups.add(*Group.objects.filter(name__in=groups[role]))
    return user


_FRESH = itertools.count()


def uncached(url: str):
    """The URL with a filter that changes nothing found but misses the search cache every time."""
    return lambda: f"{url}&date_to={date(2100, 1, 1) + timedelta(days=next(_FRESH))}"


def targets() -> dict[str, tuple[str, "str | Callable[[], str]"]]:
    """{page name: (role, URL)}; the names do not depend on the data, so two databases compare."""
    speakers = Speaker.objects.current()
    top = speakers.order_by("-quote_count", "id").first()
    typical = speakers.filter(quote_count__gt=0).order_by("-quote_count", "id")[speakers.filter(quote_count__gt=0).count() // 2]
    busiest_outlet = top_outlet()
    newest = Quote.objects.visible().order_by("-dated", "-id").first()
    # The cursor of page 500 is looked up once here (with OFFSET); the page itself is then read by keyset.
    dated, pk = Quote.objects.visible().order_by("-dated", "-id").values_list("dated", "id")[499 * PAGE_SIZE - 1]
    quotes, top_url, api_quotes = reverse("quote_list"), top.get_absolute_url(), reverse("api:quote-list")
    month_ago = (newest.dated - timedelta(days=30)).isoformat()
    pages = {
        "trivial view (login form)": ("journalist", reverse("login")),
        "home (latest, most quoted this week and month)": ("journalist", reverse("home")),
        "speakers list, most quoted": ("journalist", reverse("speaker_list")),
        "speakers list, most quoted, page 100": ("journalist", f"{reverse('speaker_list')}?page=100"),
        "speakers list, latest quote": ("journalist", f"{reverse('speaker_list')}?sort=latest"),
        "speakers list, by name": ("journalist", f"{reverse('speaker_list')}?sort=name"),
        "speakers list, by name, page 100": ("journalist", f"{reverse('speaker_list')}?sort=name&page=100"),
        "speakers list, name search 'ross'": ("journalist", f"{reverse('speaker_list')}?q=ross"),
        "speakers list, name search 'minister' + kind": ("journalist", f"{reverse('speaker_list')}?q=minister&kind=person"),
        "busiest speaker": ("journalist", top_url),
        "busiest speaker, per week": ("journalist", f"{top_url}?per=week"),
        f"busiest speaker, word '{COMMON_TERM}'": ("journalist", f"{top_url}?q={COMMON_TERM}"),
        f"busiest speaker, word '{RARE_TERM}'": ("journalist", f"{top_url}?q={RARE_TERM}"),
        f"busiest speaker, phrase {PHRASE}": ("journalist", f"{top_url}?q={PHRASE}"),
        "busiest speaker, an outlet": ("journalist", f"{top_url}?outlet={busiest_outlet}"),
        "busiest speaker, last month": ("journalist", f"{top_url}?date_from={month_ago}"),
        "busiest speaker, one month, per day": ("journalist", f"{top_url}?date_from={month_ago}&date_to={newest.dated.isoformat()}"),
        "busiest speaker, verified only": ("journalist", f"{top_url}?verified=on"),
        "typical speaker": ("journalist", typical.get_absolute_url()),
        "quote list, page 1": ("journalist", quotes),
        "quote list, page 500": ("journalist", f"{quotes}?after={dated.isoformat()}_{pk}&page=500"),
        "quote list, an outlet": ("journalist", f"{quotes}?outlet={busiest_outlet}"),
        "quote list, the busiest speaker (chip)": ("journalist", f"{quotes}?speaker={top.pk}"),
        "quote list, indirect quotes via a readout": ("journalist", f"{quotes}?kind=indirect&source_kind=readout"),
        "quote list, verified only": ("journalist", f"{quotes}?verified=on"),
        f"search, common term '{COMMON_TERM}'": ("journalist", f"{quotes}?q={COMMON_TERM}"),
        f"search, common term '{COMMON_TERM}', uncached": ("journalist", uncached(f"{quotes}?q={COMMON_TERM}")),
        f"search, rare term '{RARE_TERM}'": ("journalist", f"{quotes}?q={RARE_TERM}"),
        f"search, rare term '{RARE_TERM}', uncached": ("journalist", uncached(f"{quotes}?q={RARE_TERM}")),
        f"search, phrase {PHRASE}": ("journalist", f"{quotes}?q={PHRASE}"),
        f"search, phrase {PHRASE}, uncached": ("journalist", uncached(f"{quotes}?q={PHRASE}")),
        "search, word -exclusion, uncached": ("journalist", uncached(f"{quotes}?q=budget+-government")),
        "search, phrase + an outlet, uncached": ("journalist", uncached(f"{quotes}?q={PHRASE}&outlet={busiest_outlet}")),
        "search, word + busiest speaker, uncached": ("journalist", uncached(f"{quotes}?q={COMMON_TERM}&speaker={top.pk}")),
        "search, word + last month, uncached": ("journalist", uncached(f"{quotes}?q={COMMON_TERM}&date_from={month_ago}")),
        "search, word, newest first": ("journalist", f"{quotes}?q={COMMON_TERM}&sort=newest"),
        "quote page": ("journalist", newest.get_absolute_url()),
        "article page": ("journalist", reverse("article_detail", args=[newest.article_id])),
        "review queue, page 1 (editor)": ("editor", reverse("review_queue")),
        "review queue, page 20 (editor)": ("editor", f"{reverse('review_queue')}?page=20"),
        **{f"review queue, queued for {reason} (editor)": ("editor", f"{reverse('review_queue')}?reason={reason}")
           for reason, _ in Quote.REVIEW_REASONS},
        "review queue, the busiest outlet (editor)": ("editor", f"{reverse('review_queue')}?outlet={busiest_outlet}"),
        "review queue, the quietest outlet (editor)": ("editor", f"{reverse('review_queue')}?outlet={quietest_outlet()}"),
        "imports list (admin)": ("admin", reverse("import_upload")),
        # The JSON API's lists (bench/api.py has more of them, with CPU time): signed in by session.
        "API quotes, first page": ("journalist", api_quotes),
        "API quotes of the busiest speaker": ("journalist", f"{api_quotes}?speaker={top.pk}"),
        "API quotes of an outlet, direct only": ("journalist", f"{api_quotes}?outlet={busiest_outlet}&kind=direct"),
        f"API search '{COMMON_TERM}', uncached": ("journalist", uncached(f"{api_quotes}?q={COMMON_TERM}")),
        f"API search phrase {PHRASE}, uncached": ("journalist", uncached(f"{api_quotes}?q={PHRASE}")),
        "API speakers, most quoted": ("journalist", reverse("api:speaker-list")),
        "API speakers, name or alias 'ross'": ("journalist", f"{reverse('api:speaker-list')}?q=ross"),
        "API sources, label 'statement'": ("journalist", f"{reverse('api:source-list')}?q=statement"),
    }
    batch = ImportBatch.objects.order_by("-pk").first()
    if batch is not None:
        pages["import batch page (admin)"] = ("admin", reverse("batch_detail", args=[batch.pk]))
    for name, batch in (("newest", batch), ("oldest", ImportBatch.objects.order_by("pk").first())):
        if batch is not None:
            pages[f"review queue, the {name} import batch (editor)"] = ("editor", f"{reverse('review_queue')}?batch={batch.pk}")
    return pages


def top_outlet() -> int:
    """The outlet with the most articles (the id; one grouped count, once)."""
    return Article.objects.values("outlet_id").order_by().annotate(n=models.Count("id")).order_by("-n")[0]["outlet_id"]


def quietest_outlet() -> int:
    """The outlet with the fewest articles (but some)."""
    return Article.objects.filter(outlet__isnull=False).values("outlet_id").order_by().annotate(
        n=models.Count("id")).order_by("n")[0]["outlet_id"]


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
    return p50_p95(times)


def p50_p95(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
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


def cold_time(client: Client, url) -> float:
    """The first request to a page after a restart: an empty Django cache and a new database
    connection (the web process's first use of each template too, as the pages run in order)."""
    cache.clear()
    connections.close_all()
    started = time.perf_counter()
    response = client.get(next_url(url))
    assert response.status_code == 200, url
    return (time.perf_counter() - started) * 1000


def measure_elsewhere(database_url: str, args) -> dict:
    """The same pages on another database, in a subprocess: {page: {"p50", "p95", "cold"}}."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        command = [sys.executable, __file__, "--runs", str(args.runs), "--json", out.name]
        command += ["--only", args.only] if args.only else []
        command += ["--cold"] if args.cold else []
        subprocess.run(command, check=True, env={**os.environ, "DATABASE_URL": database_url})
        return json.loads(Path(out.name).read_text())["pages"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--only", default="", help="only the pages whose name contains this (a|b: either)")
    parser.add_argument("--cold", action="store_true", help="also time each page's first request after a restart")
    parser.add_argument("--compare", metavar="DATABASE_URL", help="also run on this database and print the growth")
    parser.add_argument("--json", metavar="FILE", help="write the figures to FILE")
    parser.add_argument("--gunicorn", action="store_true", help="also measure requests/s through gunicorn")
    parser.add_argument("--seconds", type=float, default=6)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--unvacuumed", type=int, default=0, metavar="N",
                        help="rewrite the N newest quotes after vacuuming (not yet all-visible)")
    args = parser.parse_args()

    database = settings.DATABASES["default"]
    quotes_count = Quote.objects.count()
    print(f"database: {database['ENGINE'].rsplit('.', 1)[-1]} {database.get('NAME')}, "
          f"{quotes_count} quotes, {Speaker.objects.count()} speakers")
    if connection.vendor == "postgresql":
        print(f"quote tables: {prepare_quote_tables(args.unvacuumed)}")
    clients = {}
    for role in ("journalist", "editor", "admin"):
        clients[role] = Client()
        clients[role].force_login(bench_user(role))
    wanted = [part.strip().lower() for part in args.only.split("|")]
    # The trivial view always: on a shared machine it tells how much of every figure is the load.
    pages = {name: page for name, page in targets().items()
             if name.startswith("trivial") or any(part in name.lower() for part in wanted)}

    cold = {}
    if args.cold:
        for name, (role, url) in pages.items():
            cold[name] = cold_time(clients[role], url)
    latency = {name: server_times(clients[role], url, args.runs) for name, (role, url) in pages.items()}
    figures = {name: {"p50": p50, "p95": p95, "cold": cold.get(name)} for name, (p50, p95) in latency.items()}
    if args.json:
        Path(args.json).write_text(json.dumps({"quotes": quotes_count, "pages": figures}))
    other = measure_elsewhere(args.compare, args) if args.compare else {}

    print(f"\nserver time over {args.runs} requests each (in-process, warm cache, ms)"
          + ("; cold: the first request after a restart" if args.cold else "")
          + ("; growth: p95 here over p95 on the other database" if other else "") + ":")
    header = f"  {'page':<52} {'p50':>7} {'p95':>7}" + (f" {'cold':>7}" if args.cold else "")
    if other:
        header += f" {'other p50':>9} {'other p95':>9} {'growth':>7}"
    print(header)
    for name, row in figures.items():
        line = f"  {name:<52} {row['p50']:7.1f} {row['p95']:7.1f}" + (f" {row['cold']:7.0f}" if args.cold else "")
        notes = [f"> {TARGET_MS} ms"] if row["p95"] > TARGET_MS else []
        if args.cold and row["cold"] > 1000:
            notes.append("cold > 1 s")
        if name in other:
            growth = row["p95"] / other[name]["p95"]
            line += f" {other[name]['p50']:9.1f} {other[name]['p95']:9.1f} {growth:6.2f}x"
            if growth > GROWTH_TARGET:
                notes.append(f"> {GROWTH_TARGET:g}x")
        print(line + ("   " + ", ".join(notes) if notes else ""))

    if args.gunicorn:
        throughput_table(args, clients["journalist"], {name: url for name, (role, url) in pages.items() if role == "journalist"})


def throughput_table(args, client: Client, pages: dict) -> None:
    """Requests/s of each page through gunicorn, relative to the trivial view (optional)."""
    if not args.port:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            args.port = probe.getsockname()[1]
    cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    rounds = max(1, args.rounds)
    print(f"\nthroughput through gunicorn ({args.workers} workers, {args.concurrency} client threads, "
          f"{args.seconds:g} s each in {rounds} round-robin rounds):")
    pages = {"trivial view (login form)": reverse("login"), **pages}
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
        print(f"  {name:<62} {rate:7.1f} {rate / trivial:9.2f}")


if __name__ == "__main__":
    main()
