import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from tracker.env import env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parent.parent
# What a production shell would not have: test-run settings, and the browser tests' async opt-out.
NOT_INHERITED = {"DEBUG", "DJANGO_DEV", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def run_python(code, **env):
    clean = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True)


def test_env_bool_reads_common_spellings_and_fails_loudly(monkeypatch):
    monkeypatch.setenv("FLAG", "Yes")
    assert env_bool("FLAG") is True
    monkeypatch.setenv("FLAG", "off")
    assert env_bool("FLAG", True) is False
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="FLAG='maybe' is not a boolean"):
        env_bool("FLAG")


def test_env_int_and_list(monkeypatch):
    monkeypatch.setenv("N", "12")
    monkeypatch.setenv("HOSTS", "a.example, b.example,,")
    assert env_int("N", 3) == 12
    assert env_list("HOSTS") == ["a.example", "b.example"]
    monkeypatch.setenv("N", "twelve")
    with pytest.raises(ImproperlyConfigured, match="not an integer"):
        env_int("N", 3)


def test_it_refuses_to_start_without_secret_key_when_debug_is_off():
    result = run_python("import tracker.wsgi", DEBUG="0")  # a server loading the app
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_it_defaults_to_sqlite_under_var():
    result = run_python("import tracker.settings as s; print(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'])", DEBUG="1")
    engine, name = result.stdout.split()
    assert engine == "django.db.backends.sqlite3"
    assert name.endswith("var/db.sqlite3")


def test_deploy_check_is_clean_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if k not in NOT_INHERITED},
            "SECRET_KEY": "x" * 30 + "a-long-and-random-production-secret-value",
            "DEBUG": "0",
            "ALLOWED_HOSTS": "quotes.example.org",
            "CSRF_TRUSTED_ORIGINS": "https://quotes.example.org",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_a_search_rank_window_below_one_is_refused_at_start():
    result = run_python("import tracker.settings", DEBUG="1", SEARCH_RANK_WINDOW="0")
    assert result.returncode != 0
    assert "SEARCH_RANK_WINDOW=0 must be at least 1" in result.stderr


def test_extractquotes_runs_in_a_bare_shell(tmp_path):
    """The extractor signs nothing and needs no database: it runs without SECRET_KEY or development
    mode, as the evaluation scripts call it."""
    article = tmp_path / "a.txt"
    article.write_text('Harbour master Ines Duarte said the quay was "ready for winter".\n')
    clean = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    result = subprocess.run([sys.executable, "manage.py", "extractquotes", str(article)], cwd=ROOT, env=clean,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "ready for winter" in result.stdout


def test_manage_py_without_secret_key_refuses_instead_of_falling_back_to_debug():
    """No SECRET_KEY and no development mode chosen: a clear error, never DEBUG with a public key."""
    clean = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=clean, capture_output=True, text=True)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr and "DJANGO_DEV=1" in result.stderr


def test_development_mode_is_chosen_explicitly_and_announced():
    clean = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env={**clean, "DJANGO_DEV": "1"},
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "DEVELOPMENT MODE" in result.stderr and "public SECRET_KEY" in result.stderr
    result = run_python("import tracker.settings as s; print(s.DEBUG)", DJANGO_DEV="1")
    assert result.stdout.strip() == "True"


def test_production_settings_run_without_the_development_warning():
    clean = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    env = {**clean, "SECRET_KEY": "y" * 50, "ALLOWED_HOSTS": "quotes.example.org"}
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "DEVELOPMENT MODE" not in result.stderr + result.stdout


def test_make_chooses_development_mode_for_run_and_test():
    makefile = (ROOT / "Makefile").read_text()
    assert "export DJANGO_DEV ?= 1" in makefile


def test_a_wsgi_server_in_development_mode_says_so():
    result = run_python("import tracker.wsgi", DJANGO_DEV="1")
    assert result.returncode == 0, result.stderr
    assert "WARNING: Running in DEVELOPMENT MODE" in result.stderr
    quiet = run_python("import tracker.wsgi", SECRET_KEY="w" * 50)
    assert quiet.returncode == 0, quiet.stderr
    assert "DEVELOPMENT MODE" not in quiet.stderr


def test_postgresql_queries_run_without_parallel_workers_or_jit_unless_configured():
    show = ("import tracker.settings as s; print(s.DATABASES['default'].get('OPTIONS', {}).get('options'))")
    url = "postgres://quotes@db.example.org:5432/quotes?options=-c%20statement_timeout%3D5000"
    default = run_python(show, DJANGO_DEV="1", DATABASE_URL=url)
    assert default.stdout.strip() == "-c statement_timeout=5000 -c max_parallel_workers_per_gather=0 -c jit=off", default.stderr
    chosen = run_python(show, DJANGO_DEV="1", DATABASE_URL=url, DB_PARALLEL_WORKERS="2", DB_JIT="1")
    assert chosen.stdout.strip().endswith("-c max_parallel_workers_per_gather=2 -c jit=on"), chosen.stderr
    sqlite = run_python(show, DJANGO_DEV="1", DATABASE_URL="sqlite:///x.sqlite3")
    assert "parallel" not in sqlite.stdout, sqlite.stderr
