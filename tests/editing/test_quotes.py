"""Editors correct a quote's attribution inline (htmx) or with plain forms; every change is logged."""

from http import HTTPStatus

from django.urls import reverse

from quotes.models import Correction, Quote, Source, Speaker
from tests.editing.fixtures import article, barbaric, htmx, modi  # noqa: F401


def correct(client, quote, action, **data):
    data.setdefault("version", quote.version)
    return client.post(reverse("quote_correct", args=[quote.pk, action]), data)


def test_it_changes_the_speaker_inline_and_marks_the_quote_corrected(editor_client, barbaric, modi, bob):
    response = correct(htmx(editor_client), barbaric, "speaker", speaker="Modi", reason="Modi said it, not Putin")
    assert response.status_code == HTTPStatus.OK
    assert b'id="quote-tools-' in response.content and b"<html" not in response.content
    barbaric.refresh_from_db()
    assert [s.name for s in barbaric.speakers.all()] == ["Modi"]
    assert barbaric.status == Quote.Status.CORRECTED and barbaric.version == 2
    change = barbaric.corrections.get()
    assert (change.user, change.old_display, change.new_display, change.reason) == (
        bob, "Vladimir Putin", "Modi", "Modi said it, not Putin")
    assert "Vladimir Putin → Modi" in response.content.decode()


def test_a_plain_post_redirects_back_to_the_page_it_came_from(editor_client, barbaric):
    response = correct(editor_client, barbaric, "speaker", speaker="Putin", next="/speakers/1/")
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == "/speakers/1/"
    response = correct(editor_client, barbaric, "kind", kind="direct", next="https://evil.example/")
    assert response["Location"] == barbaric.get_absolute_url()


def test_the_speaker_can_be_found_by_alias(editor_client, barbaric):
    kremlin = Speaker.objects.get(name="Kremlin")
    kremlin.aliases.create(name="the Kremlin press office")
    correct(editor_client, barbaric, "speaker", speaker="The Kremlin Press Office")
    assert list(barbaric.speakers.all()) == [kremlin]


def test_an_unknown_speaker_is_refused_unless_created_inline(editor_client, barbaric):
    response = correct(editor_client, barbaric, "speaker", speaker="Sergei Lavrov")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "No speaker is called" in response.content.decode()
    assert not Speaker.objects.filter(name="Sergei Lavrov").exists()
    correct(editor_client, barbaric, "speaker", speaker="Sergei Lavrov", create="on", new_kind="person")
    lavrov = Speaker.objects.get(name="Sergei Lavrov")
    assert list(barbaric.speakers.all()) == [lavrov] and not lavrov.needs_review


def test_two_speakers_with_one_name_are_told_apart_by_number(editor_client, barbaric):
    first, second = Speaker.objects.create(name="Ana Silva"), Speaker.objects.create(name="Ana Silva")
    response = correct(editor_client, barbaric, "speaker", speaker="Ana Silva")
    assert f"Ana Silva #{first.pk}" in response.content.decode()
    correct(editor_client, barbaric, "speaker", speaker=f"Ana Silva #{second.pk}")
    assert list(barbaric.speakers.all()) == [second]


def test_co_speakers_are_added_and_removed(editor_client, barbaric, modi):
    correct(editor_client, barbaric, "add-speaker", speaker="Modi", reason="both the leaders")
    barbaric.refresh_from_db()
    assert [s.name for s in barbaric.speakers.order_by("quote_links__position")] == ["Vladimir Putin", "Modi"]
    putin = Speaker.objects.get(name="Vladimir Putin")
    correct(editor_client, barbaric, "remove-speaker", speaker=putin.pk)
    assert [s.name for s in barbaric.speakers.all()] == ["Modi"]
    assert [c.new_display for c in barbaric.corrections.order_by("id")] == ["Vladimir Putin and Modi", "Modi"]


def test_the_source_is_picked_created_or_cleared(editor_client, barbaric):
    correct(editor_client, barbaric, "source", source="kremlin statement")
    barbaric.refresh_from_db()
    assert barbaric.source.label == "Kremlin statement"
    correct(editor_client, barbaric, "source", source="Russian embassy readout", create="on", new_kind="readout")
    barbaric.refresh_from_db()
    assert (barbaric.source.label, barbaric.source.kind) == ("Russian embassy readout", Source.Kind.READOUT)
    correct(editor_client, barbaric, "source", source="")
    barbaric.refresh_from_db()
    assert barbaric.source is None
    assert barbaric.corrections.first().new_display == "no source"


def test_the_kind_changes(editor_client, barbaric):
    correct(editor_client, barbaric, "kind", kind="direct")
    barbaric.refresh_from_db()
    assert barbaric.kind == "direct" and barbaric.status == Quote.Status.CORRECTED


def test_boundaries_move_within_the_article_text(editor_client, barbaric):
    response = correct(editor_client, barbaric, "span", text="the attack was \"barbaric")
    assert response.status_code == HTTPStatus.FOUND
    barbaric.refresh_from_db()
    assert barbaric.text == 'the attack was "barbaric'
    assert barbaric.span_is_valid()


def test_boundaries_must_stay_inside_the_text_and_off_other_quotes(editor_client, barbaric):
    response = correct(editor_client, barbaric, "span", text="words that are not there")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "does not appear in the article" in response.content.decode()
    response = correct(editor_client, barbaric, "span", text='"barbaric". The Kremlin said in a statement that talks were "useful')
    assert "overlap another quote" in response.content.decode()
    barbaric.refresh_from_db()
    assert barbaric.text == "barbaric" and barbaric.version == 1


def test_verify_and_reject_with_a_reason(editor_client, barbaric):
    correct(editor_client, barbaric, "review", status="verified", reason="checked the readout")
    barbaric.refresh_from_db()
    assert barbaric.status == Quote.Status.VERIFIED
    correct(editor_client, barbaric, "review", status="rejected")
    barbaric.refresh_from_db()
    assert barbaric.status == Quote.Status.REJECTED
    assert [c.reason for c in barbaric.corrections.order_by("id")] == ["checked the readout", ""]


def test_a_stale_save_gets_a_conflict_showing_the_newer_value(editor_client, barbaric, modi):
    correct(editor_client, barbaric, "speaker", speaker="Modi", reason="first editor")
    stale = correct(editor_client, barbaric, "kind", kind="indirect", version=1)
    assert stale.status_code == HTTPStatus.CONFLICT
    page = stale.content.decode()
    assert "Someone else changed this quote" in page and "Modi" in page and "first editor" in page
    barbaric.refresh_from_db()
    assert barbaric.kind == "partial" and barbaric.version == 2

    stale = correct(htmx(editor_client), barbaric, "speaker", speaker="Putin", version=1)
    assert stale.status_code == HTTPStatus.OK  # htmx swaps only 2xx answers
    assert "Someone else changed this quote" in stale.content.decode()
    assert [s.name for s in barbaric.speakers.all()] == ["Modi"]


def test_the_conditional_update_refuses_a_version_already_used(barbaric, modi, bob):
    from quotes.editing import workflows

    workflows.replace_speaker(quote=barbaric, speaker=modi, version=1, user=bob)
    again = Quote.objects.get(pk=barbaric.pk)
    again.version = 1  # a second editor who loaded the page before the first save
    try:
        workflows.change_kind(quote=again, kind="direct", version=1, user=bob)
    except workflows.EditConflict as conflict:
        assert [s.name for s in conflict.current.speakers.all()] == ["Modi"]
    else:
        raise AssertionError("a stale version must not be saved")


def test_history_is_shown_on_the_quote_page_and_a_change_can_be_undone(editor_client, barbaric, modi):
    correct(editor_client, barbaric, "speaker", speaker="Modi", reason="wrong leader")
    page = editor_client.get(barbaric.get_absolute_url()).content.decode()
    assert "Vladimir Putin → Modi" in page and "wrong leader" in page and "bob" in page
    change = barbaric.corrections.get()
    response = htmx(editor_client).post(reverse("correction_revert", args=[change.pk]), {"panel": "page"})
    assert response.status_code == HTTPStatus.OK
    assert [s.name for s in barbaric.speakers.all()] == ["Vladimir Putin"]
    change.refresh_from_db()
    assert change.reverted_by.new_display == "Vladimir Putin"
    assert "undone" in response.content.decode()


def test_each_kind_of_quote_change_can_be_undone(editor_client, barbaric):
    original = Quote.objects.get(pk=barbaric.pk)
    correct(editor_client, barbaric, "review", status="verified")
    barbaric.refresh_from_db()
    correct(editor_client, barbaric, "source", source="Kremlin statement")
    barbaric.refresh_from_db()
    correct(editor_client, barbaric, "kind", kind="direct")
    barbaric.refresh_from_db()
    correct(editor_client, barbaric, "span", text='"barbaric"')
    for change in Correction.objects.filter(quote=barbaric).order_by("-id"):
        response = editor_client.post(reverse("correction_revert", args=[change.pk]))
        assert response.status_code == HTTPStatus.FOUND, response.content
    barbaric.refresh_from_db()
    assert (barbaric.text, barbaric.kind, barbaric.source_id) == (original.text, original.kind, original.source_id)
    assert barbaric.status == Quote.Status.AUTO


def test_undo_refuses_when_the_quote_changed_since(editor_client, barbaric, modi):
    correct(editor_client, barbaric, "kind", kind="direct")
    barbaric.refresh_from_db()
    correct(editor_client, barbaric, "kind", kind="indirect")
    first = barbaric.corrections.order_by("id").first()
    response = editor_client.post(reverse("correction_revert", args=[first.pk]))
    assert response.status_code == HTTPStatus.CONFLICT
    barbaric.refresh_from_db()
    assert barbaric.kind == "indirect"


def test_the_row_tools_load_the_panel_inline(editor_client, barbaric):
    response = htmx(editor_client).get(reverse("quote_edit", args=[barbaric.pk]))
    assert b'id="quote-tools-' in response.content and b"Change speaker" in response.content
    assert b"<html" not in response.content


def test_autocomplete_offers_names_and_aliases(editor_client, article):
    response = editor_client.get(reverse("speaker_autocomplete"), {"speaker": "puti"})
    assert '<option value="Vladimir Putin">' in response.content.decode()
    response = editor_client.get(reverse("source_autocomplete"), {"source": "statem"})
    assert "Kremlin statement" in response.content.decode()


def test_the_name_as_written_is_remembered_only_when_the_editor_says_so(editor_client, barbaric, modi):
    from quotes.models import SpeakerAlias

    correct(editor_client, barbaric, "speaker", speaker="Modi")
    assert SpeakerAlias.objects.get(normalized="putin").speaker.name == "Vladimir Putin"
    barbaric.refresh_from_db()
    correct(editor_client, barbaric, "speaker", speaker="Sergei Lavrov", create="on")
    useful = Quote.objects.get(text="useful")
    correct(editor_client, useful, "speaker", speaker="Modi", remember="on")
    alias = SpeakerAlias.objects.get(normalized="kremlin")
    assert alias.speaker == modi and alias.confirmed
    # undoing the change forgets the alias again
    editor_client.post(reverse("correction_revert", args=[useful.corrections.get().pk]))
    alias.refresh_from_db()
    assert alias.speaker.name == "Kremlin" and not alias.confirmed


def test_a_quote_replaced_by_re_extraction_meanwhile_is_reported_gone(editor_client, barbaric):
    from quotes.store.extractions import extract_article

    stale_pk = barbaric.pk
    extract_article(article=barbaric.article)  # automatic quotes are replaced by fresh rows
    response = editor_client.post(reverse("quote_correct", args=[stale_pk, "kind"]), {"version": 1, "kind": "direct"})
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_the_panel_is_lighter_for_a_quote_of_one_speaker_and_no_source(editor_client, barbaric):
    Quote.objects.filter(pk=barbaric.pk).update(source=None)
    html = editor_client.get(reverse("quote_edit", args=[barbaric.pk])).content.decode()
    only = barbaric.quote_speakers.get().speaker.name
    assert f"Remove {only}" not in html and f"{only} alone" in html
    kinds = html.split('id="source-new_kind-')[1].split("</select>")[0]
    assert '<option value="" selected>— choose —</option>' in kinds and kinds.count("selected") == 1
