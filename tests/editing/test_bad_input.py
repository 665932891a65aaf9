"""Input a browser can send but no editor means: a form error or a sane default, never an HTTP 500.

A name of one letter and fifteen U+FDFA fits its 200-character field, but NFKD spells each U+FDFA
out in 18 characters: its normalised key (the column aliases and sources are looked up by) would
not fit."""

import unicodedata
from http import HTTPStatus

import pytest
from django.urls import reverse

from quotes.models import Source, Speaker, SpeakerAlias, normalize_name
from tests.editing.fixtures import article, barbaric, modi  # noqa: F401

SWOLLEN = "A" + "\ufdfa" * 15
TOO_LONG = "once its accents, ligatures and special letters are spelled out"


def test_the_swollen_name_really_outgrows_the_column():
    assert len(SWOLLEN) <= 200 and len(unicodedata.normalize("NFKD", SWOLLEN)) > 200
    assert len(normalize_name(SWOLLEN)) <= 200  # the key is cut to fit, whatever path stores it


@pytest.mark.parametrize("action, data", [
    ("details", {"name": SWOLLEN, "kind": "person"}),
    ("add-alias", {"alias": SWOLLEN}),
    ("merge", {"speaker": SWOLLEN}),
])
def test_speaker_forms_refuse_a_name_that_swells_when_normalised(editor_client, modi, action, data):
    response = editor_client.post(reverse("speaker_correct", args=[modi.pk, action]), data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert TOO_LONG in response.content.decode()
    modi.refresh_from_db()
    assert modi.name == "Modi" and not SpeakerAlias.objects.filter(name=SWOLLEN).exists()


@pytest.mark.parametrize("action, data", [
    ("speaker", {"speaker": SWOLLEN, "create": "on"}),
    ("add-speaker", {"speaker": SWOLLEN, "create": "on"}),
    ("source", {"source": SWOLLEN, "create": "on", "new_kind": "statement"}),
])
def test_quote_forms_refuse_a_name_or_label_that_swells_when_normalised(editor_client, barbaric, action, data):
    response = editor_client.post(reverse("quote_correct", args=[barbaric.pk, action]),
                                  {"version": barbaric.version, **data})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert TOO_LONG in response.content.decode()
    assert not Speaker.objects.filter(name=SWOLLEN).exists() and not Source.objects.filter(label=SWOLLEN).exists()


@pytest.mark.parametrize("model, data", [
    ("speaker", {"name": SWOLLEN, "kind": "person", "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0"}),
    ("speakeralias", {"name": "Someone", "speaker": None}),
    ("source", {"label": SWOLLEN, "kind": "statement"}),
])
def test_the_admin_refuses_them_too(admin_client, modi, model, data):
    if model == "speakeralias":
        data = {"name": SWOLLEN, "speaker": modi.pk}
    response = admin_client.post(reverse(f"admin:quotes_{model}_add"), data)
    assert response.status_code == HTTPStatus.OK  # the form again, with its error
    assert TOO_LONG in response.content.decode()


def test_the_admin_refuses_a_swollen_alias_typed_inline_on_the_speaker(admin_client, modi):
    response = admin_client.post(reverse("admin:quotes_speaker_change", args=[modi.pk]), {
        "name": "Modi", "kind": "person", "role": "", "affiliation": "",
        "aliases-TOTAL_FORMS": "1", "aliases-INITIAL_FORMS": "0", "aliases-0-name": SWOLLEN,
    })
    assert response.status_code == HTTPStatus.OK and TOO_LONG in response.content.decode()


@pytest.mark.parametrize("page", ["²", "١٢", "9" * 5000, "-3", "0", "1.5", "", "x"])
def test_review_queue_takes_any_page_parameter(editor_client, barbaric, page):
    response = editor_client.get(reverse("review_queue"), {"page": page})
    assert response.status_code == HTTPStatus.OK
    assert response.context["number"] == 1


@pytest.mark.parametrize("url", ["quote_list", "speaker_list"])
@pytest.mark.parametrize("page", ["²", "١٢", "9" * 5000, "-3"])
def test_browse_lists_take_any_page_parameter(editor_client, barbaric, url, page):
    for params in ({"page": page}, {"page": page, "q": "barbaric"}):
        assert editor_client.get(reverse(url), params).status_code == HTTPStatus.OK
    speaker = Speaker.objects.first()
    assert editor_client.get(speaker.get_absolute_url(), {"page": page}).status_code == HTTPStatus.OK
