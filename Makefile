# Two commands do everything on a fresh clone:  `make run`  and  `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# `make` is for a developer's machine: development mode (DEBUG, a public key) is chosen here, out loud.
# Production never runs make; it sets SECRET_KEY and leaves DJANGO_DEV unset (README, Configuration).
export DJANGO_DEV ?= 1

.PHONY: run test venv migrate demo worker serve clean

# Python 3.13 per .python-version: pyenv when present, else python3.13 or python3.12 on PATH.
$(VENV)/.created:
	@set -e; \
	py=""; \
	if command -v pyenv >/dev/null 2>&1 && pyenv which python >/dev/null 2>&1; then py="$$(pyenv which python)"; fi; \
	if [ -z "$$py" ] || ! "$$py" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
	  py="$$(command -v python3.13 || command -v python3.12 || true)"; fi; \
	if [ -z "$$py" ] || ! "$$py" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
	  echo "error: Python 3.13 (or 3.12) is needed for Django 6 and was not found." >&2; \
	  echo "       Install it (pyenv install 3.13, or your OS package python3.13) and run make again." >&2; exit 1; fi; \
	echo "Creating $(VENV) with $$("$$py" --version) ($$py)"; \
	"$$py" -m venv $(VENV)
	@touch $@

$(VENV)/.installed: $(VENV)/.created requirements.txt
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

venv: $(VENV)/.installed

migrate: venv
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py loaddemo

# The app with demo data at http://$(HOST):$(PORT), and one background worker beside it.
run: demo
	@echo "Serving on http://$(HOST):$(PORT)/  (Ctrl-C stops the server and the worker)"
	@trap 'kill 0' EXIT INT TERM; \
	$(PY) manage.py db_worker --queue-name '*' & \
	$(PY) manage.py sendalerts --loop 60 > /dev/null & \
	$(PY) manage.py runserver $(HOST):$(PORT)

worker: venv
	$(PY) manage.py db_worker --queue-name '*'

# The whole suite: SQLite unless DATABASE_URL is set. PYTEST_ARGS narrows it (e.g. -m "not browser").
test: venv
	$(VENV)/bin/pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) var/db.sqlite3*
