"""One search box finds people and topics: speakers' names and aliases, article titles, stemmed
words, on PostgreSQL and SQLite alike (migration 0014_newsroom keeps the search documents)."""

from datetime import date
from http import HTTPStatus

import pytest
from django.urls import reverse

from quotes.models import Article, Quote, QuoteSpeaker, Speaker, SpeakerAlias
from tests.browse.test_pages import make_article


@pytest.fixture
def desk(db):
    leclerc = Speaker.objects.create(name="Odile Leclerc", role="Mayor")
    SpeakerAlias.objects.create(speaker=leclerc, name="Mayor Leclerc", confirmed=True)
    brandt = Speaker.objects.create(name="Jonas Brandt", role="Minister")
    make_article([(leclerc, "We will keep the ferries running all winter", {}),
                  (brandt, "The port talks went well", {})],
                 title="Harbour housing plan unveiled", published=date(2025, 6, 2))
    make_article([(brandt, "Business owners are worried about new tariff rules", {}),
                  (leclerc, "The council is building two schools", {})], title="Chamber meets", published=date(2025, 6, 3))
    make_article([(brandt, "Take the bus to the fair", {})], title="Fair opens", published=date(2025, 6, 4))
    Speaker.objects.all().refresh_quote_stats()
    return {"leclerc": leclerc, "brandt": brandt}


def found(client, q, **params):
    response = client.get(reverse("quote_list"), {"q": q, **params})
    assert response.status_code == HTTPStatus.OK
    return response, sorted(quote.text for quote in response.context["page"])


def test_a_speakers_name_finds_their_quotes_and_offers_them_first(journalist_client, desk):
    response, texts = found(journalist_client, "Leclerc")
    assert texts == ["The council is building two schools", "We will keep the ferries running all winter"]
    assert [person.name for person in response.context["people"]] == ["Odile Leclerc"]
    html = response.content.decode()
    assert html.index("Odile Leclerc") < html.index("ferries running")  # people come first
    assert f"?speaker={desk['leclerc'].pk}" in html


def test_an_alias_finds_the_speaker(journalist_client, desk):
    response, _ = found(journalist_client, "mayor")
    assert [person.name for person in response.context["people"]] == ["Odile Leclerc"]


def test_a_person_and_a_topic_offers_their_quotes_on_the_topic(journalist_client, desk):
    response, texts = found(journalist_client, "Leclerc schools")
    assert texts == ["The council is building two schools"]
    assert "q=schools" in response.content.decode()


def test_a_word_of_the_articles_title_finds_its_quotes(journalist_client, desk):
    _, texts = found(journalist_client, "housing")
    assert texts == ["The port talks went well", "We will keep the ferries running all winter"]


def test_words_are_stemmed_and_never_matched_inside_other_words(journalist_client, desk):
    assert found(journalist_client, "talk")[1] == ["The port talks went well"]
    assert found(journalist_client, "talks")[1] == ["The port talks went well"]
    assert found(journalist_client, "build")[1] == ["The council is building two schools"]
    assert found(journalist_client, "bus")[1] == ["Take the bus to the fair"]  # not "Business"
    assert found(journalist_client, "tariffs")[1] == ["Business owners are worried about new tariff rules"]


def test_the_quote_text_ranks_above_a_title_or_name_match(journalist_client, desk):
    article, _ = make_article([(desk["brandt"], "Nothing about it here", {})], title="Ferries", published=date(2025, 6, 9))
    response, _ = found(journalist_client, "ferries")
    assert [q.text for q in response.context["page"]][0] == "We will keep the ferries running all winter"


def test_matches_are_highlighted_with_stemming(journalist_client, desk):
    html = found(journalist_client, "talk")[0].content.decode()
    assert "<mark>talks</mark>" in html


def test_renames_and_retitles_are_found_at_once(journalist_client, desk):
    brandt = desk["brandt"]
    brandt.name = "Jonas Oberlin"
    brandt.save()
    assert len(found(journalist_client, "Oberlin")[1]) == 3
    assert found(journalist_client, "Brandt")[1] == []
    SpeakerAlias.objects.create(speaker=brandt, name="Harbourmaster")
    assert len(found(journalist_client, "harbourmaster")[1]) == 3
    Article.objects.filter(title="Fair opens").update(title="County fair opens")  # a bulk update too
    article = Article.objects.get(title="County fair opens")
    article.title = "Carnival opens"
    article.save()
    assert found(journalist_client, "carnival")[1] == ["Take the bus to the fair"]
    # a speaker added to a quote
    quote = Quote.objects.get(text="Take the bus to the fair")
    QuoteSpeaker.objects.create(quote=quote, speaker=desk["leclerc"], position=1, dated=quote.dated)
    assert "Take the bus to the fair" in found(journalist_client, "Odile")[1]


def test_the_speaker_filter_is_a_removable_chip(journalist_client, desk):
    response = journalist_client.get(reverse("quote_list"), {"speaker": desk["leclerc"].pk, "q": "schools"})
    html = response.content.decode()
    assert 'class="chip"' in html and "Odile Leclerc" in html
    assert 'href="?q=schools"' in html  # the chip's ×: the same search, everyone's quotes
    assert [q.text for q in response.context["page"]] == ["The council is building two schools"]


def test_the_speaker_page_has_its_own_search_box(journalist_client, desk):
    url = desk["brandt"].get_absolute_url()
    html = journalist_client.get(url).content.decode()
    assert 'name="q"' in html and "Search quotes" in html
    response = journalist_client.get(url, {"q": "tariffs"})
    assert [q.text for q in response.context["page"]] == ["Business owners are worried about new tariff rules"]
    assert response.context["count"] == 1


def test_a_phrase_on_a_speaker_page_finds_their_quotes_with_the_words_side_by_side(journalist_client, desk):
    """A phrase or a rare word in one speaker's quotes is looked up with the speaker's name
    (quotes.browse.search.rare_search): the same quotes as testing each of theirs."""
    leclerc, brandt = desk["leclerc"], desk["brandt"]
    make_article([(leclerc, "The ferry talks resume on Monday", {}), (leclerc, "Talks about the ferry stalled", {}),
                  (brandt, "The ferry talks are his idea", {})], title="Crossings", published=date(2025, 6, 5))
    for query, expected in (('"ferry talks"', ["The ferry talks resume on Monday"]),
                            ("ferry talks", ["Talks about the ferry stalled", "The ferry talks resume on Monday"])):
        response = journalist_client.get(leclerc.get_absolute_url(), {"q": query})
        assert sorted(q.text for q in response.context["page"]) == expected
        _, texts = found(journalist_client, query, speaker=leclerc.pk)
        assert texts == expected
