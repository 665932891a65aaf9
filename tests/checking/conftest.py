"""A readout attached by an editor and three reports of it (tests/checking/texts.py), stored the
way the extraction step stores quotes."""

import datetime

import pytest

from quotes.extraction.types import ArticleExtraction, ExtractedQuote, SourceRef, Span, SpeakerRef
from quotes.models import Article, Outlet, PrimaryDocument, Quote, Speaker
from quotes.store.extractions import store_extraction
from tests.checking import texts

READOUT_SOURCE = SourceRef(label="presidency readout", kind="readout", issuer="Corvalian presidency")
MARCH_3 = datetime.date(2026, 3, 3)


def quoted(body: str, text: str, source=READOUT_SOURCE) -> ExtractedQuote:
    start = body.index(text)
    at = body.index("Marsh")
    return ExtractedQuote(
        text=text, start=start, end=start + len(text), kind="direct",
        speakers=(SpeakerRef(name="Elena Marsh", aliases=("Marsh",), mention=Span("Marsh", at, at + 5)),),
        source=source, cue=None, confidence=0.9,
    )


def report(title, outlet, body, quotes, day=MARCH_3, source=READOUT_SOURCE) -> Article:
    article = Article.objects.create(title=title, body=body, outlet=Outlet.objects.get_or_create(name=outlet)[0],
                                     published=day)
    store_extraction(article=article, extraction=ArticleExtraction(quotes=tuple(quoted(body, q, source) for q in quotes)))
    return article


@pytest.fixture
def reports(db):
    """The three reports: word for word (first, on the day), a changed word, a dropped "not" and a splice."""
    return {
        "verbatim": report("Corvalia rules out partition", "Harbour Wire", texts.REPORT_VERBATIM, [
            "will not accept any partition of the river valley",
            "We have honored every commitment we made in the spring, and we expect our neighbors to do the same,",
        ]),
        "changed": report("Marsh condemns shelling", "Daily Ledger", texts.REPORT_CHANGED,
                          ["a brutal act that the whole region condemns"], day=MARCH_3 + datetime.timedelta(days=1)),
        "spliced": report("Marsh softens on valley", "Evening Post", texts.REPORT_SPLICED,
                          ["will accept any partition of the river valley. The leaders agreed to keep the humanitarian corridor open"],
                          day=MARCH_3 + datetime.timedelta(days=1)),
    }


def attach(client, **fields):
    data = {"title": "Readout of the Marsh-Reyve call", "kind": "readout", "issuer_name": "Elena Marsh",
            "issued": "2026-03-03", "url": "https://presidency.example/readouts/3-march", "text": texts.READOUT,
            "participant_names": "", "source_labels": "presidency readout"}
    data.update(fields)
    return client.post("/documents/add/", data)


@pytest.fixture
def readout(reports, editor_client, django_capture_on_commit_callbacks) -> PrimaryDocument:
    with django_capture_on_commit_callbacks(execute=True):
        response = attach(editor_client)
    assert response.status_code == 302, response.content.decode()[:2000]
    return PrimaryDocument.objects.get()


def quote_of(article: Article, start_of_text: str) -> Quote:
    return article.quotes.get(text__startswith=start_of_text)


@pytest.fixture
def marsh(reports):
    return Speaker.objects.get(name="Elena Marsh")
