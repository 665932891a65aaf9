"""An upload the CSRF check refuses never reaches the disk, and dead connections' partial uploads
are swept. Browsers send Origin with every POST; htmx sends the token in X-CSRFToken."""

import os
import time
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from quotes.imports.uploads import ImportUploadHandler
from quotes.models import ImportBatch
from tests.imports.generate import article, articles_csv

SITE = "http://testserver"


@pytest.fixture(autouse=True)
def import_dir(settings, tmp_path):
    settings.IMPORT_DIR = tmp_path / "imports"
    return settings.IMPORT_DIR


@pytest.fixture
def opened_files(monkeypatch):
    """Every file the upload handler started writing."""
    opened = []
    original = ImportUploadHandler.new_file

    def new_file(self, *args, **kwargs):
        opened.append(args)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ImportUploadHandler, "new_file", new_file)
    return opened


@pytest.fixture
def strict(alice):
    """A browser session of alice's, with the CSRF check on, that has loaded the upload page."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    page = client.get(reverse("import_upload"))
    client.token = str(page.context["csrf_token"])
    return client


def post(client, token=None, header=None, origin=SITE):
    data = {"files": [SimpleUploadedFile("a.csv", articles_csv([article(1)]))], "outlet": ""}
    if token is not None:
        data["csrfmiddlewaretoken"] = token
    extra = {}
    if origin:
        extra["HTTP_ORIGIN"] = origin
    if header is not None:
        extra["HTTP_X_CSRFTOKEN"] = header
    return client.post(reverse("import_upload"), data, **extra)


def parts(import_dir):
    incoming = import_dir / "incoming"
    return list(incoming.iterdir()) if incoming.exists() else []


@pytest.mark.parametrize("case", ["other site", "no origin and no header", "wrong header token", "no cookie"])
def test_refused_uploads_are_refused_before_the_body_is_read(strict, opened_files, import_dir, case):
    if case == "no cookie":
        strict.cookies.pop("csrftoken")
    response = {
        "other site": lambda: post(strict, token=strict.token, origin="https://evil.example"),
        "no origin and no header": lambda: post(strict, token=strict.token, origin=None),
        "wrong header token": lambda: post(strict, header="x" * 64),
        "no cookie": lambda: post(strict, header=strict.token),
    }[case]()
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert opened_files == [] and parts(import_dir) == []
    assert not ImportBatch.objects.exists()


def test_a_wrong_token_in_the_form_leaves_nothing_on_disk(strict, import_dir):
    response = post(strict, token="y" * 64)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert parts(import_dir) == [] and not ImportBatch.objects.exists()


@pytest.mark.parametrize("how", ["header", "form"])
def test_a_good_token_uploads(strict, import_dir, how, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(strict, header=strict.token) if how == "header" else post(strict, token=strict.token)
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:500]
    assert ImportBatch.objects.get().created_count == 1


def test_stale_partial_uploads_are_swept_by_the_command_and_by_the_next_upload(
        admin_client_alice, import_dir, settings, django_capture_on_commit_callbacks):
    incoming = import_dir / "incoming"
    incoming.mkdir(parents=True)
    old, fresh = incoming / "old.part", incoming / "fresh.part"
    for path in (old, fresh):
        path.write_bytes(b"half an upload")
    long_ago = time.time() - settings.IMPORT_STALE_UPLOAD_SECONDS - 10
    os.utime(old, (long_ago, long_ago))
    call_command("sweepuploads")
    assert sorted(parts(import_dir)) == [fresh]
    os.utime(fresh, (long_ago, long_ago))
    with django_capture_on_commit_callbacks(execute=True):
        post(admin_client_alice)
    assert parts(import_dir) == []


@pytest.fixture
def admin_client_alice(client, alice):
    client.force_login(alice)
    return client
