"""Quotes and speakers edited in Django's admin honour the same version check as the editing
pages: an admin saving a form opened before someone else's change is refused, nothing is
overwritten, and an admin's save makes the editors' open forms stale in turn."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from quotes.editing.workflows import EditConflict, update_speaker
from quotes.models import Speaker


@pytest.fixture
def speaker(db):
    return Speaker.objects.create(name="Ilse Vantongeren", role="harbour master")


def speaker_form(speaker, **fields):
    data = {"name": speaker.name, "kind": speaker.kind, "role": speaker.role, "affiliation": speaker.affiliation,
            "merged_into": "", "loaded_version": speaker.version,
            "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0", "aliases-MIN_NUM_FORMS": "0",
            "aliases-MAX_NUM_FORMS": "1000", **fields}
    return data


def test_the_admin_form_carries_the_version_it_was_opened_at(admin_client, speaker):
    page = admin_client.get(reverse("admin:quotes_speaker_change", args=[speaker.pk])).content.decode()
    assert 'name="loaded_version" value="1"' in page


def test_a_stale_admin_save_is_refused_and_overwrites_nothing(admin_client, speaker):
    opened = speaker_form(speaker, role="port director")
    update_speaker(speaker=speaker, version=1, role="deputy harbour master")  # an editor saves meanwhile
    response = admin_client.post(reverse("admin:quotes_speaker_change", args=[speaker.pk]), opened)
    assert response.status_code == HTTPStatus.OK
    assert "Someone else changed this speaker since you opened it" in response.content.decode()
    speaker.refresh_from_db()
    assert speaker.role == "deputy harbour master" and speaker.version == 2


def test_an_admin_save_bumps_the_version_so_an_editors_open_form_is_stale(admin_client, speaker):
    response = admin_client.post(reverse("admin:quotes_speaker_change", args=[speaker.pk]),
                                 speaker_form(speaker, role="port director"))
    assert response.status_code == HTTPStatus.FOUND
    speaker.refresh_from_db()
    assert speaker.role == "port director" and speaker.version == 2
    with pytest.raises(EditConflict):
        update_speaker(speaker=speaker, version=1, role="pilot")
