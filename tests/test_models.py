import pytest
from django.db import IntegrityError, transaction

from quotes.models import Article, Outlet, Quote, Source, Speaker, SpeakerAlias

BODY = 'The mayor said the plan was "bold and overdue" on Tuesday.'


@pytest.fixture
def article(db):
    return Article.objects.create(title="Plan", body=BODY)


def quote_at(article, start, end, text=None):
    return Quote(article=article, start=start, end=end, text=BODY[start:end] if text is None else text)


def test_it_stores_a_quote_whose_offsets_match_its_text(article):
    start = BODY.index("bold")
    quote = quote_at(article, start, start + len("bold and overdue"))
    quote.save()
    assert quote.span_is_valid()
    assert article.body[quote.start : quote.end] == "bold and overdue"


@pytest.mark.parametrize(
    "start,end,text",
    [
        (10, 10, ""),  # empty span
        (20, 12, "backwards"),  # end before start
        (0, 5, "The mayor"),  # text longer than the span it claims
    ],
)
def test_it_rejects_bad_offsets(article, start, end, text):
    with pytest.raises(IntegrityError), transaction.atomic():
        quote_at(article, start, end, text).save()


def test_it_rejects_the_same_span_twice_in_one_article(article):
    quote_at(article, 0, 3).save()
    with pytest.raises(IntegrityError), transaction.atomic():
        quote_at(article, 0, 3).save()


def test_it_rejects_a_second_article_with_the_same_body(article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(title="Copy", body=BODY + "\n")


def test_it_allows_many_articles_without_url_but_not_two_with_the_same(db):
    Article.objects.create(title="a", body="one", url="")
    Article.objects.create(title="b", body="two", url="")
    Article.objects.create(title="c", body="three", url="https://example.org/x")
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(title="d", body="four", url="https://example.org/x")


def test_it_rejects_an_alias_that_differs_only_in_case_and_accents(db):
    speaker = Speaker.objects.create(name="José Álvarez")
    SpeakerAlias.objects.create(speaker=speaker, name="José Álvarez")
    with pytest.raises(IntegrityError), transaction.atomic():
        SpeakerAlias.objects.create(speaker=speaker, name="jose  alvarez")


def test_highlighted_segments_cover_the_body_in_order(article):
    start = BODY.index("bold")
    quote = quote_at(article, start, start + len("bold and overdue"))
    quote.save()
    segments = article.highlighted_segments([quote])
    assert "".join(text for text, _ in segments) == BODY
    assert [q for _, q in segments if q] == [quote]


def test_list_rows_name_their_article_outlet_and_source_and_leave_blank_what_is_missing(article, django_assert_num_queries):
    """What a row of a quote list prints beside the quote (QuoteQuerySet.for_list)."""
    wire = Outlet.objects.create(name="Harbour Wire")
    carried = Article.objects.create(title="Port strike ends", body='"We are back," the union said.', outlet=wire)
    readout = Source.objects.create(label="union statement", kind=Source.Kind.STATEMENT)
    sourced = Quote.objects.create(article=carried, start=1, end=12, text="We are back", source=readout)
    start = BODY.index("bold")
    bare = Quote.objects.create(article=article, start=start, end=start + 16, text="bold and overdue")

    def shown(quote):
        return (quote.article.title, quote.article.outlet.name if quote.article.outlet_id else None,
                quote.source.label if quote.source_id else None, [link.speaker.name for link in quote.quote_speakers.all()])

    with django_assert_num_queries(2):  # the rows, and their speakers
        rows = {quote.pk: shown(quote) for quote in Quote.objects.for_list()}
    assert rows[sourced.pk] == ("Port strike ends", "Harbour Wire", "union statement", [])
    assert rows[bare.pk] == ("Plan", None, None, [])

    # Combined with a filter that joins the same tables, and counted (the rows inside a subquery).
    by_outlet = Quote.objects.for_list().filter(article__outlet__name="Harbour Wire")
    assert [quote.article.outlet.name for quote in by_outlet] == ["Harbour Wire"]
    assert by_outlet.count() == 1
    assert list(Quote.objects.filter(pk__in=by_outlet.values("pk")).values_list("pk", flat=True)) == [sourced.pk]
