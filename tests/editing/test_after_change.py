"""What an htmx correction answers: the panel, and every other place on the editor's page that
shows the quote, again out of band (hx-swap-oob); a refused form keeps what was typed."""

import json
from http import HTTPStatus

from django.urls import reverse

from quotes.models import Speaker
from tests.editing.fixtures import article, barbaric, htmx, modi  # noqa: F401


def correct_from(client, page_url, quote, action, **data):
    data.setdefault("version", quote.version)
    return htmx(client).post(reverse("quote_correct", args=[quote.pk, action]), data,
                             HTTP_HX_CURRENT_URL=f"http://testserver{page_url}")


def test_on_the_quote_page_the_words_facts_citation_and_context_follow(editor_client, barbaric):
    Speaker.objects.create(name='<Ana & "Bo">')
    html = correct_from(editor_client, barbaric.get_absolute_url(), barbaric, "speaker", speaker='<Ana & "Bo">').content.decode()
    assert 'id="quote-tools-' in html  # the panel itself, then the rest of the page out of band
    for oob in ('<blockquote class="big" id="quote-text" hx-swap-oob="true">', '<dl class="facts" id="quote-facts" hx-swap-oob="true">',
                '<textarea id="citation-text" readonly rows="3" hx-swap-oob="true">', '<p class="context" id="quote-context" hx-swap-oob="true">'):
        assert html.count(oob) == 1, oob
    facts = html.split('id="quote-facts"')[1].split("</dl>")[0]
    assert "&lt;Ana &amp; &quot;Bo&quot;&gt;" in facts and "<Ana" not in html
    citation = html.split('id="citation-text"')[1].split("</textarea>")[0]
    assert "— &lt;Ana &amp; &quot;Bo&quot;&gt;, in “Leaders meet”" in citation
    assert "<title>“barbaric” · Quote tracker</title>" in html
    assert "row-said-" not in html  # no rows on the quote page


def test_the_structured_data_citation_tools_read_follows_a_correction(editor_client, barbaric):
    """Citation managers read the page's JSON-LD as it stands: a new speaker reaches it, a rejection takes it out."""
    page = editor_client.get(barbaric.get_absolute_url()).content.decode()
    assert '<script type="application/ld+json" id="quote-jsonld">' in page
    html = correct_from(editor_client, barbaric.get_absolute_url(), barbaric, "add-speaker", speaker="Modi").content.decode()
    data = json.loads(html.split('<script type="application/ld+json" id="quote-jsonld" hx-swap-oob="true">')[1].split("</script>")[0])
    assert [person["name"] for person in data["spokenByCharacter"]] == ["Vladimir Putin", "Modi"]
    barbaric.refresh_from_db()
    html = correct_from(editor_client, barbaric.get_absolute_url(), barbaric, "review", status="rejected").content.decode()
    assert '<template id="quote-jsonld" hx-swap-oob="true"></template>' in html and "ld+json" not in html


def test_new_boundaries_reach_the_words_and_their_context(editor_client, barbaric):
    html = correct_from(editor_client, barbaric.get_absolute_url(), barbaric, "span", text='attack was "barbaric"').content.decode()
    assert '<blockquote class="big" id="quote-text" hx-swap-oob="true">“attack was &quot;barbaric&quot;”</blockquote>' in html
    assert '<mark class="q">attack was &quot;barbaric&quot;</mark>' in html


def test_on_a_list_the_quotes_row_follows(editor_client, barbaric, modi):
    page = Speaker.objects.get(name="Vladimir Putin").get_absolute_url()
    html = correct_from(editor_client, page, barbaric, "add-speaker", speaker="Modi").content.decode()
    said = html.split(f'hx-swap-oob="outerHTML:.row-said-{barbaric.pk}"')[1].split("</span>")[0]
    assert "Vladimir Putin</a> and <a" in said and f'class="speaker-name-{modi.pk}">Modi</a>' in said
    assert f'hx-swap-oob="outerHTML:.row-words-{barbaric.pk}"' in html
    assert f'hx-swap-oob="outerHTML:.row-badges-{barbaric.pk}"' in html
    assert 'id="quote-facts"' not in html
    # a verdict from the row's own tools too: the row's status badge follows
    barbaric.refresh_from_db()
    html = correct_from(editor_client, page, barbaric, "review", status="verified", panel="row").content.decode()
    assert 'id="row-tools-' in html
    badges = html.split(f'hx-swap-oob="outerHTML:.row-badges-{barbaric.pk}"')[1].split("</span></span>")[0]
    assert "status-verified" in badges


def test_a_refused_change_keeps_what_was_typed_beside_its_error_and_sends_nothing_else(editor_client, barbaric):
    response = correct_from(editor_client, barbaric.get_absolute_url(), barbaric, "source",
                            source="Nobody's <newsletter>", reason="a reason typed", new_kind="letter")
    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK  # htmx swaps only 2xx answers in
    field = html.split(f'id="source-source-{barbaric.pk}"')[0].rsplit("<input", 1)[1]
    assert 'value="Nobody&#x27;s &lt;newsletter&gt;"' in field and 'aria-invalid="true"' in field and "autofocus" in field
    assert f'aria-describedby="source-source-{barbaric.pk}_error"' in field
    error = html.split(f'<ul class="errorlist" id="source-source-{barbaric.pk}_error">')[1].split("</ul>")[0]
    assert "No source is called “Nobody&#x27;s &lt;newsletter&gt;”" in error
    source_form = html.split("<h3>Source</h3>")[1].split("</form>")[0]
    assert 'value="a reason typed"' in source_form and '<option value="letter" selected>' in source_form
    assert "hx-swap-oob" not in html  # nothing changed
    # the other forms start from the quote as it is
    assert html.count('value="a reason typed"') == 1


def test_without_javascript_a_refusal_shows_the_form_again_with_what_was_typed(editor_client, barbaric):
    response = editor_client.post(reverse("quote_correct", args=[barbaric.pk, "span"]),
                                  {"version": barbaric.version, "text": "words nobody wrote"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    html = response.content.decode()
    assert ">\nwords nobody wrote</textarea>" in html and "does not appear in the article" in html


def test_the_answer_sits_in_the_form_that_was_sent(editor_client, barbaric):
    html = correct_from(editor_client, barbaric.get_absolute_url(), barbaric, "kind", kind="direct").content.decode()
    kind_form = html.split("<h3>Kind</h3>")[1].split("</form>")[0]
    assert '<p class="notice" role="status" tabindex="-1" autofocus>Saved: kind now Direct.</p>' in kind_form
    assert html.count('class="notice"') == 1


def test_a_renamed_speaker_is_renamed_at_the_top_of_its_page_and_on_every_row(editor_client, modi):
    response = htmx(editor_client).post(
        reverse("speaker_correct", args=[modi.pk, "details"]),
        {"version": modi.version, "name": "Narendra <Modi>", "kind": "person", "role": "Prime Minister"},
        HTTP_HX_CURRENT_URL=f"http://testserver{modi.get_absolute_url()}")
    html = response.content.decode()
    assert 'id="speaker-tools-' in html
    facts = html.split('<div class="speaker-facts" id="speaker-facts" hx-swap-oob="true">')[1].split("</div>")[0]
    assert f'<h1 id="speaker-name" class="speaker-name-{modi.pk}">Narendra &lt;Modi&gt;</h1>' in facts
    assert "Prime Minister" in facts
    assert f'<span hx-swap-oob="innerHTML:.speaker-name-{modi.pk}">Narendra &lt;Modi&gt;</span>' in html
    assert "<title>Narendra &lt;Modi&gt; · Quote tracker</title>" in html
    details = html.split("<h3>Name and details</h3>")[1].split("</form>")[0]
    assert '<p class="notice" role="status" tabindex="-1" autofocus>Saved.</p>' in details


def test_a_refused_rename_keeps_the_name_typed(editor_client, modi):
    Speaker.objects.filter(pk=modi.pk).update(version=modi.version + 1)  # someone else saved first
    html = htmx(editor_client).post(
        reverse("speaker_correct", args=[modi.pk, "details"]), {"version": modi.version, "name": "", "kind": "person"},
        HTTP_HX_CURRENT_URL=f"http://testserver{modi.get_absolute_url()}").content.decode()
    assert f'id="details-name-{modi.pk}_error"' in html and "hx-swap-oob" not in html
    html = htmx(editor_client).post(
        reverse("speaker_correct", args=[modi.pk, "add-alias"]), {"version": modi.version + 1, "alias": "!!!"},
        HTTP_HX_CURRENT_URL=f"http://testserver{modi.get_absolute_url()}").content.decode()
    alias_form = html.split(f'id="add-alias-alias-{modi.pk}"')[0].rsplit("<input", 1)[1]
    assert 'value="!!!"' in alias_form and "An alias needs at least one letter or digit." in html
