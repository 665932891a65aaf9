"""Log-ins: a lockout after a few failures (per account and per address, site and admin alike) with
a clear message and an admin way to unlock; sessions that end when idle and at a maximum age; the
admin where ADMIN_PATH says."""

import time
from http import HTTPStatus

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.urls import clear_url_caches, reverse

from quotes.sessions import SEEN, STARTED

SITE_LOGIN = reverse("login")


def fail(client, url, username, times, address="10.0.0.1"):
    return [client.post(url, {"username": username, "password": "wrong"}, REMOTE_ADDR=address).status_code
            for _ in range(times)]


def log_in(client, url, username, password="password", address="10.0.0.1"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.mark.parametrize("url", [SITE_LOGIN, reverse("admin:login")])
def test_an_account_is_locked_after_a_few_failures_even_with_the_right_password(client, alice, url):
    codes = fail(client, url, "alice", settings.AXES_FAILURE_LIMIT)
    assert codes[:-1] == [HTTPStatus.OK] * (settings.AXES_FAILURE_LIMIT - 1) and codes[-1] == HTTPStatus.TOO_MANY_REQUESTS
    for address in ("10.0.0.1", "10.9.9.9"):  # the account is locked from anywhere
        response = log_in(client, url, "alice", address=address)
        assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
        page = response.content.decode()
        assert "Too many failed log-ins" in page and f"for {settings.AXES_COOLOFF_TIME.seconds // 60} minutes" in page
        assert "_auth_user_id" not in client.session


def test_an_address_is_locked_whatever_account_it_tries(client, alice, bob):
    for number in range(settings.AXES_FAILURE_LIMIT):
        fail(client, SITE_LOGIN, f"nobody{number}", 1, address="10.6.6.6")
    assert log_in(client, SITE_LOGIN, "bob", address="10.6.6.6").status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert log_in(client, SITE_LOGIN, "bob", address="10.0.0.2").status_code == HTTPStatus.FOUND  # elsewhere, fine


def test_the_lock_lifts_after_the_cool_off(client, alice):
    fail(client, SITE_LOGIN, "alice", settings.AXES_FAILURE_LIMIT)
    AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.get().attempt_time - settings.AXES_COOLOFF_TIME * 2)
    assert log_in(client, SITE_LOGIN, "alice", address="10.0.0.3").status_code == HTTPStatus.FOUND


def test_an_admin_unlocks_in_the_admin(client, alice, bob):
    fail(client, SITE_LOGIN, "bob", settings.AXES_FAILURE_LIMIT)
    assert log_in(client, SITE_LOGIN, "bob", address="10.0.0.4").status_code == HTTPStatus.TOO_MANY_REQUESTS
    client.force_login(alice)  # a non-superuser Admin
    changelist = reverse("admin:axes_accessattempt_changelist")
    assert "bob" in client.get(changelist).content.decode()
    for attempt in AccessAttempt.objects.filter(username="bob"):
        response = client.post(reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"})
        assert response.status_code == HTTPStatus.FOUND
    assert not AccessAttempt.objects.filter(username="bob").exists()
    client.logout()
    assert log_in(client, SITE_LOGIN, "bob", address="10.0.0.4").status_code == HTTPStatus.FOUND


def test_behind_a_proxy_the_address_is_the_one_the_proxy_saw(client, alice, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for number in range(settings.AXES_FAILURE_LIMIT):  # one client forging X-Forwarded-For entries in front
        client.post(SITE_LOGIN, {"username": f"x{number}", "password": "no"}, REMOTE_ADDR="127.0.0.1",
                    HTTP_X_FORWARDED_FOR=f"1.1.1.{number}, 203.0.113.7")
    locked = log_in(client, SITE_LOGIN, "alice", address="127.0.0.1")
    assert locked.status_code == HTTPStatus.FOUND  # no X-Forwarded-For: not that client
    client.logout()
    response = client.post(SITE_LOGIN, {"username": "alice", "password": "password"}, REMOTE_ADDR="127.0.0.1",
                           HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS


def _age_session(client, **seconds_ago):
    session = client.session
    for key, ago in seconds_ago.items():
        session[key] = int(time.time()) - ago
    session.save()


def test_an_idle_session_ends(client, charlie):
    assert log_in(client, SITE_LOGIN, "charlie").status_code == HTTPStatus.FOUND
    assert client.get(reverse("home")).status_code == HTTPStatus.OK
    idle = int(settings.SESSION_IDLE_TIMEOUT.total_seconds())
    _age_session(client, **{SEEN: idle - 120})
    assert client.get(reverse("home")).status_code == HTTPStatus.OK  # not yet, and the visit counts
    _age_session(client, **{SEEN: idle + 60})
    response = client.get(reverse("home"))
    assert response.status_code == HTTPStatus.FOUND and response["Location"].startswith(SITE_LOGIN)
    assert client.get(reverse("home")).status_code == HTTPStatus.FOUND  # logged out for good


def test_a_busy_session_still_ends_at_its_maximum_age(client, charlie):
    log_in(client, SITE_LOGIN, "charlie")
    _age_session(client, **{STARTED: settings.SESSION_COOKIE_AGE + 60, SEEN: 5})
    response = client.get(reverse("home"), HTTP_HX_REQUEST="true")
    assert response.status_code == HTTPStatus.FOUND and response["HX-Redirect"].startswith(SITE_LOGIN)


def test_the_idle_timeout_defaults_to_a_working_day():
    assert 6 * 3600 <= settings.SESSION_IDLE_TIMEOUT.total_seconds() <= 10 * 3600 < settings.SESSION_COOKIE_AGE


@pytest.fixture
def admin_path(settings):
    import importlib

    import tracker.urls

    settings.ADMIN_PATH = "back-office-7f3a/"
    importlib.reload(tracker.urls)
    clear_url_caches()
    yield settings.ADMIN_PATH
    settings.ADMIN_PATH = "admin/"
    importlib.reload(tracker.urls)
    clear_url_caches()


def test_the_admin_lives_where_admin_path_says(admin_client, admin_path):
    assert reverse("admin:index") == "/back-office-7f3a/"
    assert admin_client.get("/back-office-7f3a/").status_code == HTTPStatus.OK
    assert admin_client.get("/admin/").status_code == HTTPStatus.NOT_FOUND
