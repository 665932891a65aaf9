"""Every endpoint × role: alice the admin, bob the editor, charlie the journalist, and nobody."""

from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from quotes.models import Correction
from tests.newsroom import bearer, newsroom  # noqa: F401

OK, CREATED, ACCEPTED = HTTPStatus.OK, HTTPStatus.CREATED, HTTPStatus.ACCEPTED
DENIED, ANON = HTTPStatus.FORBIDDEN, HTTPStatus.UNAUTHORIZED


@pytest.fixture(autouse=True)
def import_dir(settings, tmp_path):
    settings.IMPORT_DIR = tmp_path / "imports"


def _request(client, data, method, url, headers):
    if method == "get":
        return client.get(url, **headers)
    if method == "multipart":
        return client.post(url, data, **headers)
    return client.post(url, data, content_type="application/json", **headers)


# (what, method, url name, args from the data, body, expected for: alice, bob, charlie, anonymous)
ENDPOINTS = [
    ("quote list", "get", "api:quote-list", None, None, (OK, OK, OK, ANON)),
    ("quote search", "get", "api:quote-list", None, "q=storms", (OK, OK, OK, ANON)),
    ("quote detail", "get", "api:quote-detail", "storms", None, (OK, OK, OK, ANON)),
    ("quote history", "get", "api:quote-corrections", "storms", None, (OK, OK, OK, ANON)),
    ("quote correction", "post", "api:quote-corrections", "storms", {"action": "kind", "kind": "indirect", "version": 1},
     (CREATED, CREATED, DENIED, ANON)),
    ("undo", "post", "api:correction-undo", "correction", {}, (CREATED, CREATED, DENIED, ANON)),
    ("speaker list", "get", "api:speaker-list", None, "q=lind", (OK, OK, OK, ANON)),
    ("speaker detail", "get", "api:speaker-detail", "lindqvist", None, (OK, OK, OK, ANON)),
    ("speaker history", "get", "api:speaker-corrections", "lindqvist", None, (OK, OK, OK, ANON)),
    ("speaker correction", "post", "api:speaker-corrections", "lindqvist", {"action": "add-alias", "alias": "M. Lindqvist", "version": 1},
     (CREATED, CREATED, DENIED, ANON)),
    ("source list", "get", "api:source-list", None, None, (OK, OK, OK, ANON)),
    ("source detail", "get", "api:source-detail", "source", None, (OK, OK, OK, ANON)),
    ("article detail", "get", "api:article-detail", "article", None, (OK, OK, OK, ANON)),
    ("article status", "get", "api:article-status", "article", None, (OK, OK, OK, ANON)),
    ("article submit", "post", "api:article-list", None,
     {"title": "Ferry timetable", "body": 'The ferry captain Ines Duarte said the timetable was "finally sensible".'},
     (ACCEPTED, ACCEPTED, DENIED, ANON)),
    ("import list", "get", "api:import-list", None, None, (OK, DENIED, DENIED, ANON)),
    ("import upload", "multipart", "api:import-list", None, "upload", (ACCEPTED, DENIED, DENIED, ANON)),
]


def _args(newsroom, key, bob):
    if key is None:
        return []
    if key == "correction":
        quote = newsroom["wage"]
        from quotes.editing import workflows

        return [workflows.change_kind(quote=quote, kind="indirect", version=quote.version, user=bob).pk]
    if key == "source":
        return [newsroom["schedule"].source_id]
    return [newsroom[key].pk]


@pytest.mark.parametrize("role", ["alice", "bob", "charlie", "anonymous"])
@pytest.mark.parametrize(("what", "method", "name", "key", "body", "expected"), ENDPOINTS, ids=[e[0] for e in ENDPOINTS])
def test_every_endpoint_answers_each_role_as_the_web_would(client, newsroom, alice, bob, charlie, role, what, method,
                                                           name, key, body, expected, django_capture_on_commit_callbacks):
    url = reverse(name, args=_args(newsroom, key, bob))
    user = {"alice": alice, "bob": bob, "charlie": charlie}.get(role)
    headers = bearer(user) if user else {}
    if isinstance(body, str) and body != "upload":
        url, body = f"{url}?{body}", None
    if body == "upload":
        body = {"files": [SimpleUploadedFile("a.csv", b"title,text\nQuay,\"It is done,\" the harbour master said.\n")]}
    corrections_before = Correction.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = _request(client, body, method, url, headers)
    assert response.status_code == expected[["alice", "bob", "charlie", "anonymous"].index(role)], response.content
    assert response["Content-Type"].startswith("application/json")
    if response.status_code >= 400:
        assert response.json()["error"] and response.json()["detail"]
        assert Correction.objects.count() == corrections_before  # a refused write changed nothing
    if response.status_code == ANON:
        assert response["WWW-Authenticate"].startswith("Bearer")
