"""quotes.store.bulk: the import workers' inserts and updates, on whichever database the tests run."""

from datetime import date

import pytest

from quotes.models import Article, Quote, QuoteSpeaker, Speaker
from quotes.store.bulk import insert_rows


@pytest.fixture
def story(db):
    return Article.objects.create(title="Harbour", body="The mayor said: \u201cWe open on Monday.\u201d And: \u201cBring boats.\u201d",
                                  published=date(2026, 3, 2))


def test_inserted_rows_come_back_as_ids_in_row_order_with_defaults_filled_in(story):
    texts = ["We open on Monday.", "Bring boats."]
    rows = [{"article_id": story.pk, "text": text, "start": story.body.index(text), "end": story.body.index(text) + len(text),
             "dated": story.published} for text in texts]
    ids = insert_rows(Quote, rows)
    quotes = {quote.pk: quote for quote in Quote.objects.filter(article=story)}
    assert [quotes[pk].text for pk in ids] == texts
    for quote in quotes.values():
        assert (quote.status, quote.version, quote.kind, quote.confidence) == (Quote.Status.AUTO, 1, Quote.Kind.DIRECT, 0.5)
        assert quote.created_at is not None and quote.updated_at is not None


def test_a_row_the_database_refuses_stops_the_whole_insert(story):
    from django.db import IntegrityError, transaction

    good = {"article_id": story.pk, "text": "Bring boats.", "start": story.body.index("Bring"), "end": story.body.index("Bring") + 12,
            "dated": story.published}
    bad = dict(good, end=good["start"])  # a quote must end after it starts
    with pytest.raises(IntegrityError), transaction.atomic():
        insert_rows(Quote, [good, bad])
    assert not Quote.objects.exists()


def test_links_insert_and_nothing_to_insert_is_fine(story):
    speaker = Speaker.objects.create(name="Ada Mayor")
    quote = Quote.objects.create(article=story, text="Bring boats.", start=story.body.index("Bring"),
                                 end=story.body.index("Bring") + 12)
    assert insert_rows(QuoteSpeaker, []) == []
    insert_rows(QuoteSpeaker, [{"quote_id": quote.pk, "speaker_id": speaker.pk, "mention": "The mayor", "mention_start": 0,
                                "mention_end": 9, "dated": quote.dated}])
    link = QuoteSpeaker.objects.get()
    assert (link.quote, link.speaker, link.mention, link.position) == (quote, speaker, "The mayor", 0)
