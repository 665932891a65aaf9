"""/healthz: what a load balancer or monitor sees (tracker/health.py)."""

import json
from http import HTTPStatus

from django.contrib.sessions.models import Session

from tests.test_settings import run_python

# A production process (DEBUG off, HTTPS redirect on) asked over plain HTTP, as a monitor on the host would.
PRODUCTION_GET = """
import django
django.setup()
from django.test import Client
response = Client().get("/healthz")
print(response.status_code, response.content.decode())
"""


def production_health(database_url):
    result = run_python(
        PRODUCTION_GET,
        DJANGO_SETTINGS_MODULE="tracker.settings",
        DEBUG="0",
        SECRET_KEY="health-check-test-" + "k" * 40,
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=database_url,
    )
    assert result.returncode == 0, result.stderr
    status, body = result.stdout.split(" ", 1)
    return int(status), json.loads(body)


def test_it_answers_ok_to_anyone_without_starting_a_session(client, db):
    response = client.get("/healthz")
    assert response.status_code == HTTPStatus.OK
    assert response.json() == {"status": "ok"}
    assert "Set-Cookie" not in response.headers
    assert "no-cache" in response.headers["Cache-Control"]
    assert not Session.objects.exists()


def test_it_only_reads(client, db):
    assert client.post("/healthz").status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_it_answers_over_plain_http_when_every_other_page_redirects_to_https(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/accounts/login/").status_code == HTTPStatus.MOVED_PERMANENTLY
    assert client.get("/healthz").status_code == HTTPStatus.OK


def test_a_production_process_with_a_database_answers_200(tmp_path):
    assert production_health(f"sqlite:///{tmp_path / 'db.sqlite3'}") == (HTTPStatus.OK, {"status": "ok"})


def test_a_production_process_whose_database_is_down_answers_503():
    # Nothing listens on port 1: the connection is refused, as when PostgreSQL is stopped.
    status, body = production_health("postgres://postgres@127.0.0.1:1/quotes?connect_timeout=2")
    assert status == HTTPStatus.SERVICE_UNAVAILABLE
    assert body == {"status": "error", "database": "unreachable"}
