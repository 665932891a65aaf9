"""Count the instructions the web process runs per request on the read pages, under valgrind's
callgrind: the same count for the same code and data however busy the machine is. (bench/web.py's
requests/s moved 10-20% between runs of the same code on a shared machine; this does not.)

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qt_bench .venv/bin/python bench/instructions.py

For each page, the Django test client runs in a Python process under callgrind twice: N and 3N
requests after a warm-up, with the counters zeroed by callgrind_control before them. The script
prints the slope, instructions per request, without the process's start-up or any fixed cost.
PostgreSQL's own work is not counted (bench/web.py measures that too). About a minute per run;
needs valgrind (Debian's package).

Options: --requests N (default 20), --pages trivial,speaker,search,list (default: all four).
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "trivial": "trivial view (login form)",
    "speaker": "most-quoted speaker",
    "search": "search, common term 'government', uncached",
    "list": "quote list, page 1",
}


def child(page: str, requests: int):
    """Runs inside callgrind: warm up, zero the counters, run the requests, dump the counters."""
    sys.path.insert(0, str(ROOT / "bench"))
    import web  # noqa: E402  (sets up Django as bench/web.py does)
    from django.test import Client

    client = Client()
    client.force_login(web.bench_user())
    url = next(url for label, url in web.targets().items() if label.startswith(PAGES[page]))
    for _ in range(5):
        assert client.get(web.next_url(url)).status_code == 200
    subprocess.run(["callgrind_control", "--zero", str(os.getpid())], check=True, capture_output=True)
    for _ in range(requests):
        client.get(web.next_url(url))
    subprocess.run(["callgrind_control", "--dump", str(os.getpid())], check=True, capture_output=True)


def instructions(page: str, requests: int) -> int:
    """Instructions counted between the zero and the dump of one run under callgrind."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
                        "--child", page, "--requests", str(requests)],
                       check=True, capture_output=True, cwd=ROOT)
        dumps = sorted(Path(folder).glob("callgrind.out.*"))  # the --dump's file; callgrind.out is the exit's
        for line in dumps[0].read_text().splitlines():
            if line.startswith("totals:"):
                return int(line.split()[1])
    raise SystemExit(f"{page}: callgrind wrote no totals")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--pages", default=",".join(PAGES))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.requests)
    pages = args.pages.split(",")
    print(f"instructions per request in the web process (callgrind; slope between {args.requests} "
          f"and {3 * args.requests} requests):")
    counts = {}
    for page in pages:
        few, many = instructions(page, args.requests), instructions(page, 3 * args.requests)
        counts[page] = (many - few) / (2 * args.requests)
        ratio = f"  {counts[page] / counts['trivial']:.2f}x the trivial view" if "trivial" in counts else ""
        print(f"  {PAGES[page]:<48} {counts[page] / 1e6:7.2f} M{ratio}", flush=True)


if __name__ == "__main__":
    main()
