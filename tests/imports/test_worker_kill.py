"""Nothing lost: a real db_worker is killed with SIGKILL in the middle of a batch and a new one is
started; every article ends extracted exactly once. Runs on PostgreSQL (the test database, with
transactional_db) and on SQLite (a file database of its own, since the test one is in memory)."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from quotes.extraction import extract_many
from tests.imports.generate import article, articles_jsonl

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = 40
pytestmark = pytest.mark.slow


class Database:
    """Raw SQL on the database the subprocesses use (the test's own connection cannot see a file DB)."""

    def __init__(self, url: str, path: Path | None):
        self.url, self.path = url, path

    def query(self, sql: str):
        if self.path:
            with sqlite3.connect(self.path, timeout=20) as db:
                return db.execute(sql).fetchall()
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchall()

    def scalar(self, sql: str):
        return self.query(sql)[0][0]


@pytest.fixture
def worker_db(request, transactional_db, tmp_path):
    if connection.vendor == "postgresql":
        request.addfinalizer(_end_orphaned_sessions)
        s = connection.settings_dict
        password = f":{s['PASSWORD']}" if s["PASSWORD"] else ""
        url = f"postgres://{s['USER']}{password}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
        return Database(url, None)
    path = tmp_path / "worker.sqlite3"
    database = Database(f"sqlite:///{path}", path)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=_env(database, tmp_path), check=True)
    return database


def _end_orphaned_sessions():
    """A SIGKILLed worker's server session lingers until PostgreSQL notices; end it so the test
    database can be dropped."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       "WHERE datname = current_database() AND pid <> pg_backend_pid()")


def _env(database, tmp_path):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="tracker.settings", DEBUG="1", DATABASE_URL=database.url,
        TASKS_BACKEND="django_tasks_db.DatabaseBackend", IMPORT_DIR=str(tmp_path / "imports"),
        IMPORT_SUPERVISE_INTERVAL="1", IMPORT_EXTRACT_CHUNK="4", LOG_LEVEL="WARNING",
    )
    return env


def _start_worker(env):
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--interval", "0.1", "--no-startup-delay",
         "--no-reload", "-v0"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def _wait_for(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_killed_worker_loses_nothing_and_doubles_nothing(worker_db, tmp_path):
    env = _env(worker_db, tmp_path)
    archive = tmp_path / "archive.jsonl"
    archive.write_bytes(articles_jsonl([article(1000 + i, paragraphs=8) for i in range(ARTICLES)]))
    ingest = subprocess.run([sys.executable, "manage.py", "ingest", str(archive)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert ingest.returncode == 0, ingest.stderr
    status = lambda kind: worker_db.scalar(f"SELECT count(*) FROM quotes_article WHERE extraction_status = '{kind}'")  # noqa: E731

    first = _start_worker(env)
    try:
        _wait_for(lambda: status("done") >= 4 and status("running") > 0, 120, "the first worker to get going")
        os.kill(first.pid, signal.SIGKILL)
    finally:
        first.kill()
        first.wait()
    in_flight, done_before = status("running"), status("done")
    assert in_flight > 0 and done_before < ARTICLES, "the kill should land in the middle of the batch"

    second = _start_worker(env)
    try:
        _wait_for(lambda: worker_db.scalar("SELECT status FROM quotes_importbatch") == "done", 180, "the batch to finish")
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=30)

    assert status("done") == ARTICLES
    batch = worker_db.query("SELECT created_count, extracted_count, failed_count FROM quotes_importbatch")[0]
    assert tuple(batch) == (ARTICLES, ARTICLES, 0)
    # Exactly once: no extraction was stored and then replaced (replacing deletes the earlier
    # quotes, and every deletion leaves a history row), and the quotes are those of one extraction each.
    quotes = worker_db.scalar("SELECT count(*) FROM quotes_quote")
    expected_quotes = sum(len(found.quotes) for found in extract_many([body for (body,) in worker_db.query("SELECT body FROM quotes_article")]))
    removed = worker_db.scalar("SELECT count(*) FROM quotes_historicalquote WHERE history_type = '-'")
    assert quotes == expected_quotes and removed == 0
    # The queue's record of the killed task does not stay "running" forever.
    assert worker_db.scalar("SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'RUNNING'") == 0
    assert worker_db.scalar("SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE exception_class_path LIKE '%WorkerDied'") >= 1
    json.dumps(batch)  # plain values, nothing lazy
