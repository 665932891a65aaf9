#!/bin/sh
# manage.py with the production environment, e.g.  sudo -u quotes /srv/quotes/deploy/manage.sh migrate
# QUOTES_ENV_FILE names another environment file (default /etc/quotes/quotes.env).
set -eu
env_file=${QUOTES_ENV_FILE:-/etc/quotes/quotes.env}
[ -r "$env_file" ] || { echo "error: cannot read $env_file (see deploy/quotes.env.example)" >&2; exit 1; }
set -a
. "$env_file"
set +a
cd "$(dirname "$0")/.."
exec .venv/bin/python manage.py "$@"
