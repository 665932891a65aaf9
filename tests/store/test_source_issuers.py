"""A source reads with who issued it ("Ministry of Ports, statement"), and two issuers' statements are
two sources: on rows, the quote page, the citation and the API."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from quotes.editing import workflows
from quotes.extraction.types import ArticleExtraction, ExtractedQuote, SourceRef, SpeakerRef
from quotes.models import Article, Quote, Source, Speaker
from quotes.store.extractions import store_extraction

BODY = ('The Ministry of Ports said in a statement that berths were "fully booked". The port authority '
        'said in a statement the cranes were "back at work". Jane Doe wrote in a post that it was "a relief".')


def found(text, speaker, source):
    start = BODY.index(text)
    return ExtractedQuote(text=text, start=start, end=start + len(text), kind="partial",
                          speakers=(SpeakerRef(name=speaker, kind="organization"),), source=source, confidence=0.9)


@pytest.fixture
def harbour(db):
    article = Article.objects.create(title="Harbour reopens", body=BODY)
    statement = dict(label="statement", kind="statement")
    store_extraction(article=article, extraction=ArticleExtraction(quotes=(
        # the ministry's words relayed through the port authority's statement, and the reverse
        found("fully booked", "Ministry of Ports", SourceRef(issuer="Port authority", **statement)),
        found("back at work", "Port authority", SourceRef(issuer="Ministry of Ports", **statement)),
        found("a relief", "Harbour union", SourceRef(label="social media post", kind="social_media_post", issuer="Jane Doe")),
    )))
    return {quote.text: quote for quote in Quote.objects.with_people()}


def test_the_label_names_its_issuer_unless_it_already_does(db):
    jane, embassy = Speaker.objects.create(name="Jane Doe"), Speaker.objects.create(name="Russian embassy")
    assert Source(label="social media post", issuer=jane).full_label == "Jane Doe, social media post"
    assert Source(label="Russian embassy readout", issuer=embassy).full_label == "Russian embassy readout"
    assert Source(label="statement").full_label == "statement"


def test_two_issuers_statements_are_two_sources(harbour):
    booked, back = harbour["fully booked"], harbour["back at work"]
    assert booked.source_id != back.source_id
    assert booked.source.full_label == "Port authority, statement"
    assert back.source.full_label == "Ministry of Ports, statement"
    assert Source.objects.filter(normalized="statement").count() == 2


def test_rows_citations_and_the_quote_page_name_the_issuer(harbour, journalist_client):
    relief = harbour["a relief"]
    assert "— Harbour union, via Jane Doe, social media post, in “Harbour reopens”" in relief.citation()
    html = journalist_client.get(reverse("quote_list")).content.decode()
    assert "via <span class=\"source\">Jane Doe, social media post</span>" in html
    assert "via <span class=\"source\">Port authority, statement</span>" in html
    page = journalist_client.get(relief.get_absolute_url()).content.decode()
    assert '<span class="source">Jane Doe, social media post</span>' in page


def test_a_speaker_relaying_their_own_words_is_not_named_twice(harbour):
    relief = harbour["a relief"]
    Quote.objects.filter(pk=relief.pk).update(source=Source.objects.create(
        label="post", kind="social_media_post", issuer=relief.speakers.get()))
    relief = Quote.objects.with_people().get(pk=relief.pk)
    assert relief.source.full_label == "Harbour union, post"
    assert relief.source_label == "post" and "— Harbour union, via post, in" in relief.citation()


def test_the_api_labels_sources_with_their_issuer(harbour, journalist_client):
    relief = harbour["a relief"]
    body = journalist_client.get(reverse("api:quote-detail", args=[relief.pk])).json()
    assert body["source"]["label"] == "Jane Doe, social media post"
    source = journalist_client.get(reverse("api:source-detail", args=[relief.source_id]))
    assert source.status_code == HTTPStatus.OK
    assert source.json()["label"] == "Jane Doe, social media post" and source.json()["issuer"]["name"] == "Jane Doe"


def test_merging_two_issuers_of_a_statement_keeps_both_sources(harbour):
    ministry, authority = Speaker.objects.get(name="Ministry of Ports"), Speaker.objects.get(name="Port authority")
    workflows.merge_speakers(source=authority, target=ministry)
    booked = Quote.objects.with_people().get(pk=harbour["fully booked"].pk)
    assert booked.source.issuer == authority  # kept: the ministry has a statement of its own
    assert Source.objects.filter(normalized="statement").count() == 2


def test_an_editor_picks_one_of_two_statements_by_its_issuer(harbour, editor_client):
    relief = harbour["a relief"]
    url = reverse("quote_correct", args=[relief.pk, "source"])
    ambiguous = editor_client.post(url, {"version": relief.version, "source": "statement"})
    assert ambiguous.status_code == HTTPStatus.BAD_REQUEST
    assert "Several sources go by that label" in ambiguous.content.decode()
    editor_client.post(url, {"version": relief.version, "source": "Ministry of Ports, statement"})
    assert Quote.objects.get(pk=relief.pk).source.issuer.name == "Ministry of Ports"
