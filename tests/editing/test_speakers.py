"""Editors rename speakers, fix their details and aliases, merge and split them — and undo any of it."""

from http import HTTPStatus

from django.urls import reverse

from quotes.models import Quote, QuoteSpeaker, Source, Speaker, SpeakerAlias
from tests.editing.fixtures import article, barbaric, htmx, modi  # noqa: F401


def correct(client, who, action, **data):
    data.setdefault("version", Speaker.objects.get(pk=who.pk).version)  # the version the editor's form showed
    return client.post(reverse("speaker_correct", args=[who.pk, action]), data)


def details(speaker, **changes):
    return {"name": speaker.name, "kind": speaker.kind, "role": speaker.role, "affiliation": speaker.affiliation,
            **changes}


def test_it_renames_and_edits_role_and_affiliation_with_history(editor_client, modi, bob):
    response = correct(htmx(editor_client), modi, "details",
                       **details(modi, name="Narendra Modi", role="Prime Minister", affiliation="India", reason="full name"))
    assert response.status_code == HTTPStatus.OK and b"<html" not in response.content
    modi.refresh_from_db()
    assert (modi.name, modi.role, modi.affiliation) == ("Narendra Modi", "Prime Minister", "India")
    assert [(c.action, c.old_display, c.new_display) for c in modi.correction_log().order_by("id")] == [
        ("name", "Modi", "Narendra Modi"), ("role", "(none)", "Prime Minister"), ("affiliation", "(none)", "India")]
    # the new name resolves to the speaker from now on
    assert SpeakerAlias.objects.get(normalized="narendra modi").speaker == modi
    # the speaker page loads its history when opened (htmx), or links to it as a page of its own
    page = editor_client.get(modi.get_absolute_url()).content.decode()
    history_url = reverse("speaker_history", args=[modi.pk])
    assert f'href="{history_url}"' in page and f'hx-get="{history_url}"' in page
    for history in (editor_client.get(history_url), htmx(editor_client).get(history_url)):
        assert "Modi → Narendra Modi" in history.content.decode() and "full name" in history.content.decode()


def test_a_rename_can_be_undone(editor_client, modi):
    correct(editor_client, modi, "details", **details(modi, name="Narendra Modi"))
    change = modi.correction_log().get()
    response = editor_client.post(reverse("correction_revert", args=[change.pk]))
    assert response.status_code == HTTPStatus.FOUND
    modi.refresh_from_db()
    assert modi.name == "Modi"
    assert not SpeakerAlias.objects.filter(normalized="narendra modi").exists()


def test_aliases_are_added_confirmed_and_removed(editor_client, modi):
    correct(editor_client, modi, "add-alias", alias="PM Modi")
    alias = SpeakerAlias.objects.get(normalized="pm modi")
    assert alias.speaker == modi and alias.confirmed
    correct(editor_client, modi, "remove-alias", alias=alias.pk, reason="too vague")
    assert not SpeakerAlias.objects.filter(normalized="pm modi").exists()
    removal = modi.correction_log().first()
    assert (removal.action, removal.old_display, removal.reason) == ("alias_removed", "PM Modi", "too vague")
    editor_client.post(reverse("correction_revert", args=[removal.pk]))
    assert SpeakerAlias.objects.get(normalized="pm modi").speaker == modi


def test_an_alias_confirmed_for_someone_else_is_refused(editor_client, modi):
    putin = Speaker.objects.get(name="Vladimir Putin")
    putin.aliases.filter(normalized="putin").update(confirmed=True)
    response = correct(editor_client, modi, "add-alias", alias="Putin")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "confirmed alias of Vladimir Putin" in response.content.decode()
    assert SpeakerAlias.objects.get(normalized="putin").speaker == putin


def test_merging_moves_quotes_aliases_and_sources_and_the_old_url_redirects(editor_client, article):
    kremlin = Speaker.objects.get(name="Kremlin")
    putin = Speaker.objects.get(name="Vladimir Putin")
    response = correct(editor_client, kremlin, "merge", speaker="Vladimir Putin", reason="same voice here")
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == putin.get_absolute_url()
    assert set(Quote.objects.filter(quote_speakers__speaker=putin).values_list("text", flat=True)) == {"barbaric", "useful"}
    assert SpeakerAlias.objects.get(normalized="kremlin").speaker == putin
    assert Source.objects.get(label="Kremlin statement").issuer == putin
    response = editor_client.get(kremlin.get_absolute_url())
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.MOVED_PERMANENTLY)
    assert response["Location"] == putin.get_absolute_url()
    assert "Kremlin → merged into Vladimir Putin" in editor_client.get(putin.get_absolute_url()).content.decode()


def test_merging_with_htmx_sends_the_browser_to_the_surviving_speaker(editor_client, modi):
    putin = Speaker.objects.get(name="Vladimir Putin")
    response = correct(htmx(editor_client), modi, "merge", speaker="Putin")
    assert response["HX-Redirect"] == putin.get_absolute_url()


def test_a_merge_keeps_one_link_when_both_spoke_the_quote_and_can_be_undone(editor_client, barbaric, modi):
    barbaric.quote_speakers.create(speaker=modi, position=1)
    putin = Speaker.objects.get(name="Vladimir Putin")
    correct(editor_client, modi, "merge", speaker="Vladimir Putin")
    assert list(barbaric.speakers.all()) == [putin]
    merge = putin.correction_log().get()
    response = editor_client.post(reverse("correction_revert", args=[merge.pk]))
    assert response.status_code == HTTPStatus.FOUND
    modi.refresh_from_db()
    assert modi.merged_into is None
    assert set(barbaric.speakers.values_list("name", flat=True)) == {"Vladimir Putin", "Modi"}
    assert Quote.objects.get(text="a milestone for both nations").speakers.get() == modi
    assert SpeakerAlias.objects.get(normalized="modi").speaker == modi
    assert editor_client.get(modi.get_absolute_url()).status_code == HTTPStatus.OK


def test_a_speaker_cannot_be_merged_into_itself(editor_client, modi):
    response = correct(editor_client, modi, "merge", speaker="Modi")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    modi.refresh_from_db()
    assert modi.merged_into is None


def test_a_wrongly_merged_alias_is_split_off_with_its_quotes(editor_client, article, modi):
    putin = Speaker.objects.get(name="Vladimir Putin")
    correct(editor_client, modi, "merge", speaker="Vladimir Putin")  # the mistake
    alias = SpeakerAlias.objects.get(normalized="modi")
    response = correct(editor_client, putin, "split-alias", alias=alias.pk, reason="two people")
    assert response.status_code == HTTPStatus.FOUND
    split_off = Speaker.objects.get(name="Modi", merged_into=None)
    assert split_off != modi and SpeakerAlias.objects.get(normalized="modi").speaker == split_off
    assert Quote.objects.get(text="a milestone for both nations").speakers.get() == split_off
    assert Quote.objects.get(text="barbaric").speakers.get() == putin
    # and the split, too, can be undone
    split = putin.correction_log().filter(action="split").get()
    editor_client.post(reverse("correction_revert", args=[split.pk]))
    split_off.refresh_from_db()
    assert split_off.merged_into == putin
    assert Quote.objects.get(text="a milestone for both nations").speakers.get() == putin


def test_quote_links_follow_the_speaker_counts(editor_client, modi):
    putin = Speaker.objects.get(name="Vladimir Putin")
    correct(editor_client, modi, "merge", speaker="Vladimir Putin")
    putin.refresh_from_db()
    assert putin.quote_count == QuoteSpeaker.objects.filter(speaker=putin).count() == 2


def test_the_speaker_page_lists_quotes_given_to_or_taken_from_them(editor_client, barbaric, modi):
    putin = Speaker.objects.get(name="Vladimir Putin")
    editor_client.post(reverse("quote_correct", args=[barbaric.pk, "speaker"]),
                       {"version": 1, "speaker": "Modi", "reason": "misread"})
    for speaker in (putin, modi):  # the one who lost it and the one who got it
        page = editor_client.get(reverse("speaker_history", args=[speaker.pk])).content.decode()
        assert "Vladimir Putin → Modi" in page and "misread" in page


def _editors_form(speaker):
    """What an editor's open form holds: the speaker's version when the page was loaded."""
    return Speaker.objects.get(pk=speaker.pk).version


def test_two_editors_saving_a_speaker_at_once_the_second_is_told_not_saved(editor_client, modi):
    seen = _editors_form(modi)  # both editors open the speaker page
    first = correct(editor_client, modi, "details", **details(modi, role="Prime Minister"), version=seen)
    assert first.status_code == HTTPStatus.FOUND
    second = correct(editor_client, modi, "details", **details(modi, role="Chief Minister"), version=seen)
    assert second.status_code == HTTPStatus.CONFLICT
    page = second.content.decode()
    assert "Someone else changed this speaker while you were editing it; your change was not saved." in page
    assert 'value="Prime Minister"' in page  # the form now shows the speaker as it is
    modi.refresh_from_db()
    assert modi.role == "Prime Minister"
    assert [c.new_display for c in modi.correction_log()] == ["Prime Minister"]


def test_alias_edits_and_merges_share_the_speakers_lock(editor_client, modi):
    seen = _editors_form(modi)
    assert correct(htmx(editor_client), modi, "add-alias", alias="NaMo", version=seen).status_code == HTTPStatus.OK
    stale = {"version": seen}
    for action, data in (("add-alias", {"alias": "Shri Modi"}), ("remove-alias", {"alias": modi.aliases.first().pk}),
                         ("details", details(modi, role="Someone")), ("merge", {"speaker": "Vladimir Putin"})):
        response = correct(htmx(editor_client), modi, action, **data, **stale)
        assert "your change was not saved" in response.content.decode(), action
    assert not SpeakerAlias.objects.filter(normalized="shri modi").exists()
    modi.refresh_from_db()
    assert modi.merged_into_id is None and modi.role == ""
    # an undo also moves the version on: a form opened before it is stale too
    seen = _editors_form(modi)
    change = modi.correction_log().first()
    editor_client.post(reverse("correction_revert", args=[change.pk]))
    response = correct(htmx(editor_client), modi, "add-alias", alias="Shri Modi", version=seen)
    assert "your change was not saved" in response.content.decode()
