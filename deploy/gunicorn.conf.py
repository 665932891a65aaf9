"""Gunicorn for the quote tracker: `gunicorn -c deploy/gunicorn.conf.py` (deploy/systemd/quotes-web.service).

Sync workers, always behind nginx (deploy/nginx/): a sync worker serves one connection at a time,
so a client sending its headers a byte a second would hold one for as long as it likes, and four
such clients would hold four workers. nginx buffers whole requests and responses, so workers only
ever talk to nginx over loopback, at memory speed. Never expose GUNICORN_BIND to the network.
"""

import multiprocessing
import os

wsgi_app = "tracker.wsgi:application"
proc_name = "quotes-web"

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS") or multiprocessing.cpu_count() * 2 + 1)
worker_class = "sync"

# An admin's upload (up to IMPORT_MAX_UPLOAD_BYTES) is written to disk inside one request; nginx's
# proxy_read_timeout matches.
timeout = 120
graceful_timeout = 30
# Recycle workers now and then, staggered, so a slow leak never grows without bound.
max_requests = 2000
max_requests_jitter = 200

# Only nginx on this host may say the request came over HTTPS.
forwarded_allow_ips = "127.0.0.1,::1"

# No control socket (gunicorn 25+ makes one under $HOME): systemd manages the process (HUP reloads),
# and two instances on a host would share the one default path.
control_socket_disable = True

accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
