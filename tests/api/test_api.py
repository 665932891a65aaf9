"""The API's behaviour: tokens, sessions and CSRF, filters and cursors, corrections with
optimistic locking, articles and imports, JSON errors, throttling, the schema and its docs page."""

from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from quotes.api.throttles import TokenRateThrottle
from quotes.models import ApiToken, Article, Correction, ImportBatch, Quote, Source
from tests.newsroom import bearer, newsroom, store_article  # noqa: F401


def test_a_token_is_shown_once_stored_hashed_and_revocable(journalist_client, charlie, newsroom):
    page = journalist_client.post(reverse("tokens"), {"name": "CMS"})
    raw = page.context["new_token"]
    assert raw.encode() in page.content and page["Cache-Control"] == "no-store"
    token = ApiToken.objects.get(user=charlie)
    assert token.name == "CMS" and raw not in (token.key_hash, token.prefix) and len(token.key_hash) == 64
    assert raw.encode() not in journalist_client.get(reverse("tokens")).content  # never shown again

    api = Client()
    assert api.get(reverse("api:quote-list"), HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == HTTPStatus.OK
    journalist_client.post(reverse("token_revoke", args=[token.pk]))
    response = api.get(reverse("api:quote-list"), HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == HTTPStatus.UNAUTHORIZED
    assert response.json()["error"] == "not_authenticated"


def test_nobody_revokes_someone_elses_token(editor_client, charlie):
    token, _ = ApiToken.issue(user=charlie, name="mine")
    assert editor_client.post(reverse("token_revoke", args=[token.pk])).status_code == HTTPStatus.NOT_FOUND
    token.refresh_from_db()
    assert token.revoked_at is None


def test_a_session_reads_but_must_send_the_csrf_token_to_write(bob, newsroom):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(bob)
    url = reverse("api:quote-corrections", args=[newsroom["storms"].pk])
    assert browser.get(reverse("api:quote-detail", args=[newsroom["storms"].pk])).status_code == HTTPStatus.OK
    refused = browser.post(url, {"action": "kind", "kind": "indirect", "version": 1}, content_type="application/json")
    assert refused.status_code == HTTPStatus.FORBIDDEN and "CSRF" in refused.json()["detail"]
    browser.get(reverse("home"))  # sets the CSRF cookie, as any page does
    accepted = browser.post(url, {"action": "kind", "kind": "indirect", "version": 1}, content_type="application/json",
                            HTTP_X_CSRFTOKEN=browser.cookies["csrftoken"].value)
    assert accepted.status_code == HTTPStatus.CREATED


def test_quotes_filter_and_search_as_the_web_list_does(client, charlie, newsroom):
    headers = bearer(charlie)
    newsroom["schedule"].status = Quote.Status.REJECTED
    newsroom["schedule"].save()
    everything = client.get(reverse("api:quote-list"), **headers).json()["results"]
    assert {q["text"] for q in everything} == {"ready for the winter storms", "a fair wage at last"}  # no rejected
    by_speaker = client.get(reverse("api:quote-list"), {"speaker": newsroom["okafor"].pk}, **headers).json()
    assert [q["text"] for q in by_speaker["results"]] == ["a fair wage at last"]
    assert by_speaker["results"][0]["speakers"] == [{"id": newsroom["okafor"].pk, "name": "Tomas Okafor"}]
    searched = client.get(reverse("api:quote-list"), {"q": "storms"}, **headers).json()
    assert [q["text"] for q in searched["results"]] == ["ready for the winter storms"]
    assert client.get(reverse("api:quote-list"), {"q": "storms", "kind": "partial"}, **headers).json()["results"] == []
    bad = client.get(reverse("api:quote-list"), {"date_from": "someday", "outlet": "x"}, **headers)
    assert bad.status_code == HTTPStatus.BAD_REQUEST
    assert set(bad.json()["fields"]) == {"date_from", "outlet"}


def test_cursor_pages_walk_every_quote_once_both_ways(client, charlie, newsroom):
    for n in range(3):
        store_article(title=f"Follow-up {n}", body=newsroom["article"].body + f" Update {n}.")
    headers = bearer(charlie)
    seen, url, pages = [], reverse("api:quote-list") + "?per=4", []
    while url:
        page = client.get(url, **headers).json()
        pages.append(page)
        seen += [q["id"] for q in page["results"]]
        url = page["next"]
    assert len(seen) == len(set(seen)) == Quote.objects.count() == 12 and len(pages) == 3
    back = client.get(pages[-1]["previous"], **headers).json()
    assert [q["id"] for q in back["results"]] == [q["id"] for q in pages[-2]["results"]]


def test_one_speakers_quotes_page_by_cursor_newest_first_both_ways(client, charlie, newsroom):
    # Read off the speaker's own links (their copy of each quote's date), not everyone's newest quotes.
    for n in range(4):
        store_article(title=f"Wage talks {n}", body=newsroom["article"].body + f" Update {n}.")
    headers, okafor = bearer(charlie), newsroom["okafor"]
    theirs = list(Quote.objects.filter(quote_speakers__speaker=okafor).order_by("-dated", "-id").values_list("id", flat=True))
    seen, url, pages = [], reverse("api:quote-list") + f"?speaker={okafor.pk}&per=2", []
    while url:
        page = client.get(url, **headers).json()
        pages.append(page)
        seen += [q["id"] for q in page["results"]]
        url = page["next"]
    assert seen == theirs and len(theirs) == 5 and len(pages) == 3
    back = client.get(pages[-1]["previous"], **headers).json()
    assert [q["id"] for q in back["results"]] == [q["id"] for q in pages[-2]["results"]]


def test_quote_detail_carries_attribution_citation_and_links(client, charlie, newsroom):
    quote = newsroom["schedule"]
    data = client.get(reverse("api:quote-detail", args=[quote.pk]), **bearer(charlie)).json()
    assert data["speakers"][0]["name"] == "Port authority" and data["speakers"][0]["mention"] == "port authority"
    assert data["source"]["label"] == "Port authority statement" and data["cue"] == "said"
    assert data["kind"] == "partial" and data["status"] == "auto" and data["review_status"] == "Automatic"
    assert data["article"]["title"] == "Quay opens before winter" and data["article"]["outlet"] == "Harbour Wire"
    assert data["permalink"].endswith(quote.get_absolute_url()) and data["citation"] == quote.citation()
    assert data["version"] == quote.version


def test_journalists_do_not_see_rejected_quotes_editors_do(client, charlie, bob, newsroom):
    quote = newsroom["wage"]
    quote.status = Quote.Status.REJECTED
    quote.save()
    url = reverse("api:quote-detail", args=[quote.pk])
    missing = client.get(url, **bearer(charlie))
    assert missing.status_code == HTTPStatus.NOT_FOUND and missing.json()["error"] == "not_found"
    assert client.get(url, **bearer(bob)).status_code == HTTPStatus.OK


def test_a_correction_with_a_stale_version_is_a_409_with_the_current_quote(client, bob, alice, newsroom):
    quote, url = newsroom["storms"], reverse("api:quote-corrections", args=[newsroom["storms"].pk])
    first = client.post(url, {"action": "kind", "kind": "indirect", "version": quote.version, "reason": "paraphrase"},
                        content_type="application/json", **bearer(alice))
    assert first.status_code == HTTPStatus.CREATED
    assert first.json()["quote"]["kind"] == "indirect" and first.json()["correction"]["reason"] == "paraphrase"
    late = client.post(url, {"action": "kind", "kind": "partial", "version": quote.version},
                       content_type="application/json", **bearer(bob))
    assert late.status_code == HTTPStatus.CONFLICT
    assert late.json()["error"] == "conflict" and late.json()["current"]["kind"] == "indirect"
    assert Quote.objects.get(pk=quote.pk).kind == "indirect"
    history = client.get(url, **bearer(bob)).json()
    assert [(c["action"], c["user"], c["reason"]) for c in history] == [("kind", "alice", "paraphrase")]


def test_a_correction_reports_its_field_errors(client, bob, newsroom):
    url = reverse("api:quote-corrections", args=[newsroom["storms"].pk])
    unknown = client.post(url, {"action": "rename"}, content_type="application/json", **bearer(bob))
    assert unknown.status_code == HTTPStatus.BAD_REQUEST and "action" in unknown.json()["fields"]
    bad = client.post(url, {"action": "speaker", "speaker": "Nobody Atall"}, content_type="application/json", **bearer(bob))
    assert bad.status_code == HTTPStatus.BAD_REQUEST
    assert "version" in bad.json()["fields"] and "No speaker is called" in bad.json()["fields"]["speaker"][0]  # beside its field
    assert not Correction.objects.exists()


def test_editors_reattribute_and_undo_through_the_api(client, bob, newsroom):
    quote, headers = newsroom["wage"], bearer(bob)
    response = client.post(reverse("api:quote-corrections", args=[quote.pk]),
                           {"action": "speaker", "speaker": "Mara Lindqvist", "version": quote.version},
                           content_type="application/json", **headers)
    assert response.status_code == HTTPStatus.CREATED
    assert [s["name"] for s in response.json()["quote"]["speakers"]] == ["Mara Lindqvist"]
    undo = client.post(response.json()["correction"]["undo"], content_type="application/json", **headers)
    assert undo.status_code == HTTPStatus.CREATED
    assert list(Quote.objects.get(pk=quote.pk).speakers.values_list("name", flat=True)) == ["Tomas Okafor"]
    again = client.post(response.json()["correction"]["undo"], content_type="application/json", **headers)
    assert again.status_code == HTTPStatus.CONFLICT


def test_speakers_search_names_and_aliases_with_counts(client, charlie, bob, newsroom):
    client.post(reverse("api:speaker-corrections", args=[newsroom["okafor"].pk]), {"action": "add-alias", "alias": "T. Okafor", "version": newsroom["okafor"].version},
                content_type="application/json", **bearer(bob))
    found = client.get(reverse("api:speaker-list"), {"q": "t. oka"}, **bearer(charlie)).json()
    assert [s["name"] for s in found["results"]] == ["Tomas Okafor"]
    detail = client.get(found["results"][0]["url"], **bearer(charlie)).json()
    assert "T. Okafor" in [a["name"] for a in detail["aliases"]] and detail["quote_count"] == 1
    assert detail["quotes"].endswith(f"?speaker={newsroom['okafor'].pk}") and detail["feed"].endswith("/feed/")


# The matches read by id; or (too many) name by name in the list's order; or, deep in such a list, all of them.
@pytest.mark.parametrize(("read_first", "in_order_pages"), [(1_000, 3), (1, 3), (1, 0)])
def test_a_name_search_finds_names_and_aliases_every_way(client, charlie, bob, newsroom, monkeypatch, read_first, in_order_pages):
    monkeypatch.setattr("quotes.models.speakers.NAMED_LIKE_LISTED", read_first)
    monkeypatch.setattr("quotes.browse.filters.NAMED_LIKE_IN_ORDER_PAGES", in_order_pages)
    client.post(reverse("api:speaker-corrections", args=[newsroom["okafor"].pk]),
                {"action": "add-alias", "alias": "Tom Okafor-Lind", "version": newsroom["okafor"].version},
                content_type="application/json", **bearer(bob))
    found = client.get(reverse("api:speaker-list"), {"q": "lind"}, **bearer(charlie)).json()
    assert sorted(s["name"] for s in found["results"]) == ["Mara Lindqvist", "Tomas Okafor"]
    one_by_one = client.get(reverse("api:speaker-list"), {"q": "lind", "per": 1, "page": 2}, **bearer(charlie)).json()
    assert [s["name"] for s in one_by_one["results"]] == [found["results"][1]["name"]]


def test_sources_found_by_part_of_their_label_in_label_order_page_by_page(client, charlie, newsroom):
    for label in ["Harbour board statement", "Statement to the council", "Joint STATEMENT", "Press release"]:
        Source.objects.create(label=label, kind=Source.Kind.STATEMENT)
    expected = sorted(Source.objects.filter(label__icontains="statement").values_list("label", flat=True))
    assert len(expected) >= 3
    seen, url = [], reverse("api:source-list") + "?q=statement&per=2"
    while url:
        page = client.get(url, **bearer(charlie)).json()
        seen += [source["label"] for source in page["results"]]
        url = page["next"]
    assert seen == expected and "Press release" not in seen


def test_an_article_is_accepted_then_extracted_behind_its_status_url(client, bob, django_capture_on_commit_callbacks):
    body = 'Ferry captain Ines Duarte said the new timetable was "finally sensible for the islands".'
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("api:article-list"), {"title": "Ferries", "body": body, "outlet": "Island Post"},
                               content_type="application/json", **bearer(bob))
    assert response.status_code == HTTPStatus.ACCEPTED
    status = client.get(response["Location"], **bearer(bob)).json()
    assert status["extraction_status"] == "done" and status["quote_count"] >= 1
    article = client.get(status["article"], **bearer(bob)).json()
    assert article["outlet"] == "Island Post" and "finally sensible for the islands" in [q["text"] for q in article["quotes"]]
    duplicate = client.post(reverse("api:article-list"), {"title": "Again", "body": body}, content_type="application/json",
                            **bearer(bob))
    assert duplicate.status_code == HTTPStatus.BAD_REQUEST and Article.objects.count() == 1


def test_admins_upload_an_archive_and_follow_the_batch(client, alice, settings, tmp_path, django_capture_on_commit_callbacks):
    settings.IMPORT_DIR = tmp_path / "imports"
    archive = tmp_path / "archive.csv"
    archive.write_text('title,text\nQuay,"Harbour master Ola Berg said the quay was ""built to last""."\n')
    with archive.open("rb") as upload, django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("api:import-list"), {"files": [upload], "outlet": "Harbour Wire"}, **bearer(alice))
    assert response.status_code == HTTPStatus.ACCEPTED
    batch = client.get(response["Location"], **bearer(alice)).json()
    assert batch["status"] == ImportBatch.Status.DONE and batch["progress"]["created"] == 1
    wrong = client.post(reverse("api:import-list"), {"outlet": "x"}, **bearer(alice))
    assert wrong.status_code == HTTPStatus.BAD_REQUEST and "files" in wrong.json()["fields"]


def test_each_token_has_its_own_budget(client, charlie, monkeypatch, newsroom):
    monkeypatch.setattr(TokenRateThrottle, "THROTTLE_RATES", {"token": "3/min"})
    first, second = bearer(charlie), bearer(charlie)
    codes = [client.get(reverse("api:speaker-list"), **first).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    limited = client.get(reverse("api:speaker-list"), **first)
    assert limited.json()["error"] == "throttled" and int(limited["Retry-After"]) > 0
    assert client.get(reverse("api:speaker-list"), **second).status_code == HTTPStatus.OK


def test_the_schema_and_its_docs_page_are_served_by_the_project(client, charlie):
    assert client.get(reverse("api:schema")).status_code == HTTPStatus.UNAUTHORIZED
    schema = client.get(reverse("api:schema"), {"format": "json"}, **bearer(charlie)).json()
    assert schema["openapi"].startswith("3.") and "/api/v1/quotes/" in schema["paths"]
    assert {"get", "post"} <= set(schema["paths"]["/api/v1/quotes/{id}/corrections/"])
    client.force_login(charlie)
    page = client.get(reverse("api:docs")).content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "https://" not in page.split("<body")[1].split("</body>")[0].replace("https://schema", "")
    assert "<script>" not in page  # the page's own script is a file too (Content-Security-Policy)


def test_list_rows_carry_exactly_the_fields_the_schema_declares(client, charlie, newsroom):
    from quotes.api.serializers import QuoteListSerializer

    headers = bearer(charlie)
    rows = client.get(reverse("api:quote-list"), **headers).json()["results"]
    schema = client.get(reverse("api:schema"), {"format": "json"}, **headers).json()["components"]["schemas"]
    assert all(set(row) == set(QuoteListSerializer().fields) == set(schema["QuoteList"]["properties"]) for row in rows)
    with_source = next(row for row in rows if row["source"])
    assert with_source["source"] == {"id": newsroom["schedule"].source_id, "label": "Port authority statement"}
