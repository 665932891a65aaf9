"""Every write (and every page of a role) checks permission before it looks anything up: someone
without the permission gets 403 for an id that exists and for one that does not, so ids cannot be
probed. Anonymous users are sent to log in."""

from http import HTTPStatus

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from quotes.editing import workflows
from quotes.models import Correction, ImportBatch
from tests.editing.fixtures import article, barbaric, modi  # noqa: F401

MISSING = 987_654

# (url name, args, method, the roles that may use it)
ENDPOINTS = [
    ("quote_edit", [MISSING], "get", {"bob", "alice"}),
    ("quote_correct", [MISSING, "kind"], "post", {"bob", "alice"}),
    ("quote_correct", [MISSING, "no-such-action"], "post", {"bob", "alice"}),
    ("speaker_correct", [MISSING, "details"], "post", {"bob", "alice"}),
    ("speaker_correct", [MISSING, "no-such-action"], "post", {"bob", "alice"}),
    ("correction_revert", [MISSING], "post", {"bob", "alice"}),
    ("review_claim", [MISSING], "post", {"bob", "alice"}),
    ("review_claims", [], "get", {"bob", "alice"}),
    ("batch_detail", [MISSING], "get", {"alice"}),
    ("batch_problems_csv", [MISSING], "get", {"alice"}),
    ("batch_retry", [MISSING], "post", {"alice"}),
    ("batch_retry_article", [MISSING, MISSING], "post", {"alice"}),
    ("import_upload", [], "post", {"alice"}),
    ("article_create", [], "post", {"bob", "alice"}),
]


@pytest.mark.parametrize("name, args, method, allowed", ENDPOINTS, ids=[f"{e[0]}-{e[1][-1] if e[1] else ''}" for e in ENDPOINTS])
@pytest.mark.parametrize("role", ["anonymous", "charlie", "bob", "alice"])
def test_permission_is_checked_before_the_lookup(client, request, name, args, method, allowed, role):
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    response = getattr(client, method)(reverse(name, args=args))
    if role == "anonymous":
        assert response.status_code == HTTPStatus.FOUND and response["Location"].startswith(reverse("login"))
    elif role in allowed:
        assert response.status_code != HTTPStatus.FORBIDDEN
    else:
        assert response.status_code == HTTPStatus.FORBIDDEN


def test_an_existing_and_a_missing_correction_look_alike_to_a_journalist(client, charlie, barbaric, bob):
    change = workflows.change_kind(quote=barbaric, kind="direct", version=1, user=bob)
    client.force_login(charlie)
    for pk in (change.pk, MISSING):
        assert client.post(reverse("correction_revert", args=[pk])).status_code == HTTPStatus.FORBIDDEN
    assert Correction.objects.get(pk=change.pk).reverted_by_id is None


def test_a_speakers_only_editor_cannot_tell_quote_corrections_from_missing_ones(
        client, django_user_model, barbaric, modi, bob):
    quote_change = workflows.change_kind(quote=barbaric, kind="direct", version=1, user=bob)
    speaker_change = workflows.update_speaker(speaker=modi, role="Prime Minister", user=bob)[0]
    someone = django_user_model.objects.create_user("dana", password="password")
    someone.user_permissions.add(Permission.objects.get(codename="change_speaker"))
    client.force_login(someone)
    for pk in (quote_change.pk, MISSING):
        assert client.post(reverse("correction_revert", args=[pk])).status_code == HTTPStatus.NOT_FOUND
    assert client.post(reverse("correction_revert", args=[speaker_change.pk])).status_code == HTTPStatus.FOUND
    assert Correction.objects.get(pk=quote_change.pk).reverted_by_id is None


def test_editors_cannot_probe_import_batches(client, bob, alice):
    batch = ImportBatch.objects.create(created_by=alice)
    client.force_login(bob)
    for pk in (batch.pk, MISSING):
        assert client.get(reverse("batch_detail", args=[pk])).status_code == HTTPStatus.FORBIDDEN
        assert client.post(reverse("batch_retry", args=[pk])).status_code == HTTPStatus.FORBIDDEN
