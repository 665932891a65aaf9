"""The checks of deploy/smoke-test.sh against a running nginx + gunicorn (standard library only).

    python deploy/smoke_check.py --site http://127.0.0.1:8080 --gunicorn 127.0.0.1:8001 --static-root DIR

1. a static file comes from nginx: 200, its content type, the bytes collectstatic wrote;
2. /healthz answers 200 {"status": "ok"} through nginx;
3. with four clients sending their headers a byte a second, a normal request through nginx still
   answers within ANSWER_WITHIN seconds;
4. control: the same four clients straight at gunicorn (fewer workers than clients) do block it,
   so check 3 can fail.
Exits 1 with the failed check's reason.
"""

import argparse
import http.client
import json
import socket
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

SLOW_CLIENTS = 4
ANSWER_WITHIN = 2.0  # seconds a normal request may take while the slow clients trickle
SLOW_FOR = 8  # seconds each slow client trickles before giving up (it never finishes its headers)
STATIC_FILE = "css/app.css"


class Failed(Exception):
    pass


def get(host, port, path, timeout):
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Host": "127.0.0.1"})
        response = conn.getresponse()
        return response.status, response.getheader("Content-Type", ""), response.read()
    finally:
        conn.close()


def timed_get(host, port, path):
    started = time.monotonic()
    try:
        status, _, body = get(host, port, path, timeout=ANSWER_WITHIN)
    except (TimeoutError, OSError) as error:
        return None, f"no answer ({error.__class__.__name__})", time.monotonic() - started
    return status, body[:60], time.monotonic() - started


class SlowClients:
    """Sockets that send a request's headers a byte a second and never finish them."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self._trickle, daemon=True) for _ in range(SLOW_CLIENTS)]

    def _trickle(self):
        request = b"GET /accounts/login/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 100
        with socket.create_connection((self.host, self.port), timeout=2) as sock:
            deadline = time.monotonic() + SLOW_FOR
            for byte in request:
                if self.stop.is_set() or time.monotonic() > deadline:
                    return
                try:
                    sock.sendall(bytes([byte]))
                except OSError:
                    return  # the server hung up on us: fine
                self.stop.wait(1)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        time.sleep(2.5)  # connected and trickling: every one of them accepted by now
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=3)


def check_static(host, port, static_root):
    status, content_type, body = get(host, port, f"/static/{STATIC_FILE}", timeout=5)
    if status != 200 or not content_type.startswith("text/css"):
        raise Failed(f"/static/{STATIC_FILE}: {status} {content_type!r}, expected 200 text/css")
    if body != (Path(static_root) / STATIC_FILE).read_bytes():
        raise Failed(f"/static/{STATIC_FILE}: the body is not the file collectstatic wrote")
    print(f"ok   static file: 200 {content_type}, {len(body)} bytes")


def check_health(host, port):
    status, content_type, body = get(host, port, "/healthz", timeout=5)
    if status != 200 or json.loads(body) != {"status": "ok"}:
        raise Failed(f"/healthz: {status} {body[:200]!r}, expected 200 {{\"status\": \"ok\"}}")
    print(f"ok   /healthz: 200 {body.decode()}")


def check_slow_clients(site_host, site_port, gunicorn_host, gunicorn_port):
    with SlowClients(site_host, site_port):
        for path in ("/healthz", "/accounts/login/"):
            status, what, took = timed_get(site_host, site_port, path)
            if status != 200:
                raise Failed(f"{path} through nginx with {SLOW_CLIENTS} slow clients: {what} after {took:.2f} s")
            print(f"ok   {path} through nginx with {SLOW_CLIENTS} slow clients: 200 in {took:.3f} s")
    with SlowClients(gunicorn_host, gunicorn_port):
        status, what, took = timed_get(gunicorn_host, gunicorn_port, "/healthz")
        if status is not None:
            raise Failed(f"control: gunicorn alone answered ({status}) with {SLOW_CLIENTS} slow clients; "
                         "the slow-client check proves nothing (are there more workers than slow clients?)")
        print(f"ok   control: gunicorn alone, {SLOW_CLIENTS} slow clients: {what} within {took:.1f} s, as expected")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", required=True, help="nginx, e.g. http://127.0.0.1:8080")
    parser.add_argument("--gunicorn", required=True, help="gunicorn's host:port, for the control check")
    parser.add_argument("--static-root", required=True)
    args = parser.parse_args()
    site = urlsplit(args.site)
    gunicorn_host, gunicorn_port = args.gunicorn.rsplit(":", 1)
    try:
        check_static(site.hostname, site.port, args.static_root)
        check_health(site.hostname, site.port)
        check_slow_clients(site.hostname, site.port, gunicorn_host, int(gunicorn_port))
    except Failed as failure:
        print(f"FAIL {failure}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
