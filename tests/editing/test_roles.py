"""Every correction endpoint for every role: anonymous → log in, journalist → 403, editor and admin → done."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from quotes.editing import workflows
from quotes.models import Correction, Quote
from tests.editing.fixtures import article, barbaric, modi  # noqa: F401

QUOTE_WRITES = {
    "speaker": lambda q: {"speaker": "Modi"},
    "add-speaker": lambda q: {"speaker": "Modi"},
    "remove-speaker": lambda q: {"speaker": q.quote_speakers.get().speaker_id},
    "source": lambda q: {"source": "Kremlin statement"},
    "kind": lambda q: {"kind": "direct"},
    "span": lambda q: {"text": '"barbaric"'},
    "review": lambda q: {"status": "verified"},
}
SPEAKER_WRITES = {
    "details": lambda s: {"name": "Narendra Modi", "kind": "person", "role": "", "affiliation": ""},
    "add-alias": lambda s: {"alias": "PM Modi"},
    "remove-alias": lambda s: {"alias": s.aliases.get().pk},
    "split-alias": lambda s: {"alias": s.aliases.create(name="Shri Modi").pk},
    "merge": lambda s: {"speaker": "Vladimir Putin"},
}


@pytest.fixture
def as_role(client, request):
    def log_in(role):
        if role != "anonymous":
            client.force_login(request.getfixturevalue(role))
        return client
    return log_in


def outcome(response):
    if response.status_code == HTTPStatus.FOUND and response["Location"].startswith(reverse("login")):
        return "login"
    return response.status_code


@pytest.mark.parametrize("action", QUOTE_WRITES)
@pytest.mark.parametrize("role, expected", [("anonymous", "login"), ("charlie", 403), ("bob", 302), ("alice", 302)])
def test_quote_corrections_need_the_editor_role(as_role, barbaric, modi, action, role, expected):
    data = {"version": barbaric.version, **QUOTE_WRITES[action](barbaric)}
    response = as_role(role).post(reverse("quote_correct", args=[barbaric.pk, action]), data)
    assert outcome(response) == expected
    changed = Quote.objects.get(pk=barbaric.pk).version != barbaric.version
    assert changed == (expected == 302)


@pytest.mark.parametrize("action", SPEAKER_WRITES)
@pytest.mark.parametrize("role, expected", [("anonymous", "login"), ("charlie", 403), ("bob", 302), ("alice", 302)])
def test_speaker_corrections_need_the_editor_role(as_role, modi, action, role, expected):
    data = {**SPEAKER_WRITES[action](modi), "version": modi.version}
    before = Correction.objects.count()
    response = as_role(role).post(reverse("speaker_correct", args=[modi.pk, action]), data)
    assert outcome(response) == expected
    assert (Correction.objects.count() > before) == (expected == 302)


@pytest.mark.parametrize("role, expected", [("anonymous", "login"), ("charlie", 403), ("bob", 302), ("alice", 302)])
def test_undo_needs_the_editor_role(as_role, barbaric, modi, bob, role, expected):
    quote_change = workflows.change_kind(quote=barbaric, kind="direct", version=1, user=bob)
    speaker_change = workflows.update_speaker(speaker=modi, role="Prime Minister", user=bob)[0]
    client = as_role(role)
    for change in (quote_change, speaker_change):
        assert outcome(client.post(reverse("correction_revert", args=[change.pk]))) == expected
        change.refresh_from_db()
        assert (change.reverted_by_id is not None) == (expected == 302)


@pytest.mark.parametrize("role, expected", [("anonymous", "login"), ("charlie", 403), ("bob", 200), ("alice", 200)])
def test_the_editing_pages_need_the_editor_role(as_role, barbaric, role, expected):
    client = as_role(role)
    assert outcome(client.get(reverse("review_queue"))) == expected
    assert outcome(client.get(reverse("quote_edit", args=[barbaric.pk]))) == expected


def test_writes_refuse_get(editor_client, barbaric):
    response = editor_client.get(reverse("quote_correct", args=[barbaric.pk, "kind"]), {"kind": "direct", "version": 1})
    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_journalists_see_history_but_no_correction_tools(journalist_client, barbaric, bob):
    workflows.change_kind(quote=barbaric, kind="direct", version=1, user=bob, reason="a whole sentence")
    page = journalist_client.get(barbaric.get_absolute_url()).content.decode()
    assert "a whole sentence" in page and "Partial → Direct" in page
    assert "Change speaker" not in page and "Undo" not in page and "Review queue" not in page


def test_editors_see_the_tools_and_the_review_queue_link(editor_client, barbaric):
    page = editor_client.get(barbaric.get_absolute_url()).content.decode()
    assert "Change speaker" in page and reverse("review_queue") in page


def test_admins_can_manage_users_and_editors_cannot(client, alice, bob, charlie):
    from django.contrib.auth.models import Group

    alice.refresh_from_db()
    assert alice.is_staff  # joining Admins lets them into the user admin
    client.force_login(alice)
    assert client.get(reverse("admin:auth_user_changelist")).status_code == HTTPStatus.OK
    editors = Group.objects.get(name="Editors")
    response = client.post(reverse("admin:auth_user_change", args=[charlie.pk]), {
        "username": "charlie", "groups": [editors.pk], "is_active": "on",
        "date_joined_0": "2026-01-01", "date_joined_1": "00:00:00",
    })
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    assert list(charlie.groups.all()) == [editors]
    client.force_login(bob)
    assert client.get(reverse("admin:auth_user_changelist")).status_code == HTTPStatus.FOUND  # not staff: to login
