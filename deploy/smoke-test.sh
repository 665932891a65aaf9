#!/usr/bin/env bash
# The production recipe, run for real on loopback: nginx (deploy/nginx/quotes-app.conf) in front of
# gunicorn (deploy/gunicorn.conf.py) and a background worker, started with the commands of the
# systemd units, DEBUG off, a generated SECRET_KEY and a fresh PostgreSQL database. Checks static
# files, /healthz, slow clients (deploy/smoke_check.py) and that the worker runs an import; then
# stops everything it started, pass or fail. `.ci/run` runs it (and installs nginx first).
#
#   deploy/smoke-test.sh                 SMOKE_DB (default quotetracker_deploy) is dropped and
#                                        re-created on SMOKE_PG (default postgres://postgres@127.0.0.1:5432)
# Only 127.0.0.1 is contacted; needs nginx (apt-get install nginx), psql, openssl and the project's .venv.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

SMOKE_PG=${SMOKE_PG:-postgres://postgres@127.0.0.1:5432}
SMOKE_DB=${SMOKE_DB:-quotetracker_deploy}
py=$root/.venv/bin/python
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || { echo "error: nginx is missing (apt-get install nginx; .ci/run installs it)" >&2; exit 1; }
[ -x "$py" ] || { echo "error: $py is missing (make venv)" >&2; exit 1; }

export PGOPTIONS="-c client_min_messages=warning"
log() { printf -- '--- %s\n' "$*"; }

tmp=$(mktemp -d /tmp/quotes-smoke.XXXXXX)
chmod 755 "$tmp"  # nginx's workers run as another user and read the static files under it
pids=()
cleanup() {
  status=$?
  trap - EXIT INT TERM
  # Each was started by `launch` as the leader of its own process group: the group goes, children too.
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ "$status" -ne 0 ]; then
    for f in gunicorn.log worker.log nginx-error.log nginx-stderr.log; do
      [ -s "$tmp/$f" ] && { echo "=== $f (last lines)"; tail -n 30 "$tmp/$f"; }
    done
  fi
  psql "$SMOKE_PG/postgres" -q -c "DROP DATABASE IF EXISTS $SMOKE_DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$tmp"
  [ "$status" -eq 0 ] && echo "smoke test passed" || echo "smoke test FAILED" >&2
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# launch LOG COMMAND...: in the background, in a process group of its own (setsid execs, no fork).
launch() {
  local out=$1
  shift
  setsid "$@" >"$out" 2>&1 &
  pids+=($!)
}

free_port() { "$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
site_port=$(free_port)
gunicorn_port=$(free_port)
[ "$site_port" != "$gunicorn_port" ] || gunicorn_port=$(free_port)

# The production environment example, with what a loopback test must change: plain HTTP, no proxy.
set -a
# shellcheck source=quotes.env.example
. deploy/quotes.env.example
SECRET_KEY=$("$py" -c 'import secrets; print(secrets.token_urlsafe(50))')
DEBUG=0
DATABASE_URL="$SMOKE_PG/$SMOKE_DB?connect_timeout=5"
ALLOWED_HOSTS=127.0.0.1
CSRF_TRUSTED_ORIGINS=http://127.0.0.1:$site_port
BEHIND_HTTPS_PROXY=0
SECURE_SSL_REDIRECT=0
SESSION_COOKIE_SECURE=0
CSRF_COOKIE_SECURE=0
SECURE_HSTS_SECONDS=0
STATIC_ROOT=$tmp/static
MEDIA_ROOT=$tmp/media
GUNICORN_BIND=127.0.0.1:$gunicorn_port
GUNICORN_WORKERS=2  # fewer than the four slow clients: without nginx they would block it
LOG_LEVEL=WARNING
set +a

log "fresh database $SMOKE_DB"
psql "$SMOKE_PG/postgres" -q -c "DROP DATABASE IF EXISTS $SMOKE_DB WITH (FORCE)" -c "CREATE DATABASE $SMOKE_DB"
log "migrate, collectstatic (DEBUG off)"
"$py" manage.py migrate --noinput -v 0
"$py" manage.py collectstatic --noinput -v 0

# The systemd units' commands, with /srv/quotes replaced by this checkout.
exec_start() { sed -n 's/^ExecStart=//p' "deploy/systemd/$1" | sed "s#/srv/quotes#$root#g"; }

log "gunicorn on 127.0.0.1:$gunicorn_port, a worker, nginx on 127.0.0.1:$site_port"
eval "launch \"\$tmp/gunicorn.log\" $(exec_start quotes-web.service)"
eval "launch \"\$tmp/worker.log\" $(exec_start 'quotes-worker@.service')"

mkdir -p "$tmp/nginx"
# An nginx.conf of our own (pid, logs and temp files under $tmp) around the given http-level lines.
nginx_conf() {
  cat <<CONF
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx-error.log warn;
daemon off;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
$1
}
CONF
}
nginx_args=(-p "$tmp/nginx" -e "$tmp/nginx-error.log")

# The production site file must at least parse: its paths pointed here, a throwaway certificate.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=quotes.example.org \
  -keyout "$tmp/nginx/site.key" -out "$tmp/nginx/site.crt" 2>/dev/null
sed -e "s#/etc/letsencrypt/live/quotes.example.org/fullchain.pem#$tmp/nginx/site.crt#" \
    -e "s#/etc/letsencrypt/live/quotes.example.org/privkey.pem#$tmp/nginx/site.key#" \
    -e "s#/srv/quotes#$root#g" deploy/nginx/quotes.conf >"$tmp/nginx/site.conf"
nginx_conf "include $tmp/nginx/site.conf;" >"$tmp/nginx/site-test.conf"
"$nginx_bin" "${nginx_args[@]}" -c "$tmp/nginx/site-test.conf" -t -q

# What runs: quotes-app.conf in a plain-HTTP server on loopback.
nginx_conf "
    upstream quotes_gunicorn { server 127.0.0.1:$gunicorn_port fail_timeout=0; }
    server {
        listen 127.0.0.1:$site_port;
        server_name 127.0.0.1;
        set \$quotes_static $STATIC_ROOT;
        include $root/deploy/nginx/quotes-app.conf;
    }" >"$tmp/nginx/nginx.conf"
"$nginx_bin" "${nginx_args[@]}" -c "$tmp/nginx/nginx.conf" -t -q
launch "$tmp/nginx-stderr.log" "$nginx_bin" "${nginx_args[@]}" -c "$tmp/nginx/nginx.conf"

log "waiting for gunicorn"
up=""
for _ in $(seq 60); do
  "$py" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' \
    "http://127.0.0.1:$gunicorn_port/healthz" 2>/dev/null && { up=1; break; }
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "FAIL a process exited early" >&2; exit 1; }; done
  sleep 0.5
done
[ -n "$up" ] || { echo "FAIL gunicorn did not answer /healthz within 30 s" >&2; exit 1; }

log "checks"
"$py" deploy/smoke_check.py --site "http://127.0.0.1:$site_port" --gunicorn "127.0.0.1:$gunicorn_port" --static-root "$STATIC_ROOT"

log "the worker runs an import"
cat >"$tmp/article.txt" <<'ARTICLE'
Harbour ferry timetable to change in spring

The Harbour Board will run the late ferry every half hour from March. "We listened to the night
shift workers," said Mara Velden, the board's operations director.
ARTICLE
timeout 180 "$py" manage.py ingest "$tmp/article.txt" --outlet "Smoke Test Gazette" --wait | tail -n 1 | tee "$tmp/ingest.out"
grep -q ", 1 extracted, 0 failed" "$tmp/ingest.out" || { echo "FAIL the worker did not extract the article" >&2; exit 1; }
echo "ok   worker: 1 article read and extracted"
