"""Invented newsroom data for the API, alerts and embeds tests: an article stored the way the
extraction step stores it (so it can be extracted again), and tokens for the cast."""

from datetime import date

import pytest

from quotes.extraction.types import ArticleExtraction, ExtractedQuote, SourceRef, Span, SpeakerRef
from quotes.models import ApiToken, Article, Outlet, Quote, Speaker
from quotes.store.extractions import store_extraction

BODY = ('Harbour minister Mara Lindqvist said the new quay was "ready for the winter storms". '
        'The port authority said in a statement that repairs were "ahead of schedule". '
        'Union leader Tomas Okafor told reporters the deal was "a fair wage at last".')


def found(text, speaker, mention, source=None, kind="direct"):
    start = BODY.index(text)
    at = BODY.index(mention)
    return ExtractedQuote(
        text=text, start=start, end=start + len(text), kind=kind,
        speakers=(SpeakerRef(name=speaker, aliases=(), mention=Span(mention, at, at + len(mention))),),
        source=source, cue=Span("said", at + len(mention) + 1, at + len(mention) + 5), confidence=0.9,
    )


def extraction() -> ArticleExtraction:
    statement = SourceRef(label="Port authority statement", kind="statement", issuer="Port authority")
    return ArticleExtraction(quotes=(
        found("ready for the winter storms", "Mara Lindqvist", "Mara Lindqvist"),
        found("ahead of schedule", "Port authority", "port authority", source=statement, kind="partial"),
        found("a fair wage at last", "Tomas Okafor", "Tomas Okafor"),
    ))


def store_article(title="Quay opens before winter", body=BODY, published=date(2026, 11, 3)):
    article = Article.objects.create(title=title, body=body, published=published, url=None,
                                     outlet=Outlet.objects.get_or_create(name="Harbour Wire")[0])
    store_extraction(article=article, extraction=extraction())
    Speaker.objects.all().refresh_quote_stats()
    return article


@pytest.fixture
def newsroom(db):
    article = store_article()
    quotes = {q.text: q for q in Quote.objects.filter(article=article)}
    return {"article": article, "storms": quotes["ready for the winter storms"],
            "schedule": quotes["ahead of schedule"], "wage": quotes["a fair wage at last"],
            "lindqvist": Speaker.objects.get(name="Mara Lindqvist"), "okafor": Speaker.objects.get(name="Tomas Okafor")}


def bearer(user) -> dict:
    """Headers for the test client carrying a fresh token of `user`."""
    _, raw = ApiToken.issue(user=user, name="tests")
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
