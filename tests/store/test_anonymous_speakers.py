"""Anonymous sources and unnamed descriptions ("a senior official", "the club") name nobody beyond
their article: one speaker per article, never pooled across stories, never "most quoted"."""

from datetime import date

import pytest
from django.urls import reverse

from quotes.extraction.types import ArticleExtraction, ExtractedQuote, SpeakerRef
from quotes.models import Article, Speaker, SpeakerAlias
from quotes.store.extractions import extract_article, store_extraction

BODY = 'A senior official said the harbour would "reopen by spring". The club said it was "not for sale".'


def quote(text, name, kind):
    start = BODY.index(text)
    return ExtractedQuote(text=text, start=start, end=start + len(text), kind="partial",
                          speakers=(SpeakerRef(name=name, kind=kind),), confidence=0.8)


def store(article):
    store_extraction(article=article, extraction=ArticleExtraction(quotes=(
        quote("reopen by spring", "a senior official", "anonymous"),
        quote("not for sale", "the club", "organization"))))
    Speaker.objects.all().refresh_quote_stats()


@pytest.fixture
def two_stories(db):
    today = date.today()
    return [Article.objects.create(title=f"Story {n}", body=f"{BODY} Story {n}.", published=today) for n in (1, 2)]


def test_each_article_has_its_own_anonymous_speakers(two_stories):
    for article in two_stories:
        store(article)
    officials = Speaker.objects.filter(name="a senior official")
    clubs = Speaker.objects.filter(name="the club")
    assert officials.count() == 2 and clubs.count() == 2  # two stories' "the club" are two speakers
    assert {speaker.kind for speaker in [*officials, *clubs]} == {Speaker.Kind.ANONYMOUS}
    assert not SpeakerAlias.objects.exists()  # nothing later can be glued to them by name


def test_a_named_speaker_never_absorbs_an_anonymous_one(two_stories):
    named = Speaker.objects.create(name="The club")  # say an editor once created a speaker called so
    SpeakerAlias.objects.create(speaker=named, name="the club")
    store(two_stories[0])
    club_quote = two_stories[0].quotes.get(text="not for sale")
    assert club_quote.speakers.get() != named


def test_extracting_again_leaves_no_orphaned_anonymous_speakers(two_stories):
    store(two_stories[0])
    store(two_stories[0])
    assert Speaker.objects.filter(kind=Speaker.Kind.ANONYMOUS).count() == 2


def test_anonymous_speakers_are_not_among_the_most_quoted(journalist_client, two_stories):
    for article in two_stories:
        store(article)
    named = Speaker.objects.create(name="Ines Duarte")
    store_extraction(article=Article.objects.create(title="Ferries", body='Ines Duarte said "fine".', published=date.today()),
                     extraction=ArticleExtraction(quotes=(ExtractedQuote(
                         text="fine", start=18, end=22, kind="partial", speakers=(SpeakerRef(name="Ines Duarte"),),
                         confidence=0.9),)))
    Speaker.objects.all().refresh_quote_stats()
    home = journalist_client.get(reverse("home")).context
    assert [row["speaker__name"] for row in home["top_week"]()] == [named.name]
    listed = journalist_client.get(reverse("speaker_list")).content.decode()
    assert "Ines Duarte" in listed and "a senior official" not in listed
    asked = journalist_client.get(reverse("speaker_list"), {"kind": "anonymous"}).content.decode()
    assert "a senior official" in asked


@pytest.mark.parametrize("indirect", [True, False])
def test_reported_speech_is_stored_unless_turned_off(db, settings, indirect):
    settings.EXTRACT_INDIRECT = indirect
    article = Article.objects.create(title="Budget", body="Finance minister Ada Brennan said that the budget would be balanced next year.")
    extract_article(article=article)
    assert article.quotes.filter(kind="indirect").exists() == indirect
