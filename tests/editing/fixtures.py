"""Shared data for the editing tests: an article whose quotes were stored by the extraction step."""

import pytest
from django.contrib.auth.models import Group

from quotes.extraction.types import ArticleExtraction, ExtractedQuote, SourceRef, Span, SpeakerRef
from quotes.models import Article, Quote, Speaker
from quotes.roles import EDITORS
from quotes.store.extractions import store_extraction

BODY = ('Putin said the attack was "barbaric". The Kremlin said in a statement that talks were "useful". '
        'Modi told reporters the visit was "a milestone for both nations".')


def found(text, speaker="Vladimir Putin", aliases=("Putin",), mention="Putin", source=None, confidence=0.9):
    start = BODY.index(text)
    at = BODY.index(mention) if mention in BODY else 0
    return ExtractedQuote(
        text=text, start=start, end=start + len(text), kind="partial",
        speakers=(SpeakerRef(name=speaker, aliases=aliases, mention=Span(mention, at, at + len(mention))),),
        source=source, cue=Span("said", 6, 10), confidence=confidence,
    )


@pytest.fixture
def article(db):
    article = Article.objects.create(title="Leaders meet", body=BODY)
    statement = SourceRef(label="Kremlin statement", kind="statement", issuer="Kremlin")
    store_extraction(article=article, extraction=ArticleExtraction(quotes=(
        found("barbaric", confidence=0.4),
        found("useful", speaker="Kremlin", aliases=(), mention="Kremlin", source=statement),
        found("a milestone for both nations", speaker="Modi", aliases=(), mention="Modi"),
    )))
    return article


@pytest.fixture
def barbaric(article):
    return Quote.objects.get(text="barbaric")


@pytest.fixture
def modi(article):
    return Speaker.objects.get(name="Modi")


class htmx:  # noqa: N801 - reads as a verb in tests: htmx(client).post(...)
    """The same client (same login), sending its next requests as htmx does."""

    def __init__(self, client):
        self.client = client

    def get(self, *args, **kwargs):
        return self.client.get(*args, HTTP_HX_REQUEST="true", **kwargs)

    def post(self, *args, **kwargs):
        return self.client.post(*args, HTTP_HX_REQUEST="true", **kwargs)


@pytest.fixture
def ana(db, django_user_model):
    """A second editor, for the review queue's claims."""
    user = django_user_model.objects.create_user("ana.k", password="password", first_name="Ana")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user
