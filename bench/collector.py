"""Python's garbage collector in the middle of requests, and between them (tracker/collector.py),
measured on the same pages in the same run against a big corpus (manage.py seedcorpus --quotes 1000000).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qt_bench .venv/bin/python bench/collector.py

For each page, requests alternate in rounds between the two ways (so a machine that drifts slows
both alike):
- "in requests": Python's default, the collector runs whenever enough objects have piled up, which
  on these pages is in the middle of one request in ten;
- "between": what the app does, the young generations collected as each response closes (after a
  server has sent it; the test client counts it inside the request, so it is in these figures) and
  the start-up code frozen out of full collections.
Prints p50/p95 server time for both, the p95 ratio (between / in requests; lower is better) and
the longest collector pause inside one request (gc.callbacks; the pause "between" happens after
the response, counted here all the same).

Options: --runs N (timed requests per page and way, default 90), --only TEXT (pages whose name
in bench/web.py contains it; "a|b" either).
"""

import argparse
import gc
import sys
import time

from web import bench_user, next_url, p50_p95, prepare_quote_tables, targets

from django.db import connection
from django.test import Client

from tracker.collector import collect_between_requests

DEFAULT_PAGES = ("busiest speaker", "busiest speaker, verified only", "quote list, page 1", "search, common term 'government'",
                 "quote page", "review queue, page 1 (editor)", "API quotes, first page")
# Requests per way before switching: enough for the default way's collections to come round (one
# request in ten or so), as they do on a server that never switches.
ROUND = 30


class Pauses:
    """The collector's pauses, from gc.callbacks."""

    def __init__(self):
        self.longest = self._started = 0.0
        gc.callbacks.append(self._note)

    def _note(self, phase, info):
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.longest = max(self.longest, (time.perf_counter() - self._started) * 1000)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=90)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    if connection.vendor == "postgresql":
        print(f"quote tables: {prepare_quote_tables(0)}")
    wanted = [part.strip().lower() for part in args.only.split("|")]
    pages = {name: page for name, page in targets().items()
             if (any(part in name.lower() for part in wanted) if args.only else name in DEFAULT_PAGES)}
    clients = {}
    for role in {role for role, _ in pages.values()}:
        clients[role] = Client()
        clients[role].force_login(bench_user(role))

    print(f"\nserver time over {args.runs} requests each way (in-process, warm cache, ms); pause: the longest "
          f"collector run inside one request")
    print(f"  {'page':<46} {'in requests p50/p95':>20} {'pause':>6}   {'between p50/p95':>16} {'pause':>6} {'p95 ratio':>9}")
    for name, (role, url) in pages.items():
        client, times, longest = clients[role], {True: [], False: []}, {True: 0.0, False: 0.0}
        for _ in range(3):
            client.get(next_url(url))
        for start in range(0, args.runs, ROUND):
            for way in (False, True):
                collect_between_requests(way)
                client.get(next_url(url))  # the first request after switching: the freeze, when "between"
                pauses = Pauses()
                for _ in range(min(ROUND, args.runs - start)):
                    path = next_url(url)
                    pauses.longest = 0.0
                    started = time.perf_counter()
                    response = client.get(path)
                    times[way].append((time.perf_counter() - started) * 1000)
                    assert response.status_code == 200, path
                    longest[way] = max(longest[way], pauses.longest)
                gc.callbacks.remove(pauses._note)
        row = {way: p50_p95(times[way]) for way in (False, True)}
        print(f"  {name[:46]:<46} {row[False][0]:9.1f} / {row[False][1]:6.1f} {longest[False]:6.1f}   "
              f"{row[True][0]:7.1f} / {row[True][1]:6.1f} {longest[True]:6.1f} {row[True][1] / row[False][1]:8.2f}x")
    collect_between_requests(True)


if __name__ == "__main__":
    sys.exit(main())
