"""seedcorpus fills the database with a consistent synthetic corpus (tiny here; 1M for bench/web.py)."""

import io

from django.core.management import call_command

from quotes.models import Article, Quote, QuoteSpeaker, Speaker


def test_it_seeds_a_small_consistent_corpus(db):
    call_command("seedcorpus", quotes=400, articles=40, speakers=30, stdout=io.StringIO())
    assert Quote.objects.count() == 400 and Article.objects.count() == 40
    assert Speaker.objects.count() == 30
    for quote in Quote.objects.select_related("article"):
        assert quote.span_is_valid() and quote.dated == quote.article.published
    assert not Quote.objects.filter(quote_speakers__isnull=True).exists()
    counts = sorted(Speaker.objects.values_list("quote_count", flat=True), reverse=True)
    assert counts[0] > 4 * counts[len(counts) // 2]  # skewed: a few speakers dominate
    top = Speaker.objects.order_by("-quote_count").first()
    assert top.quote_count == Quote.objects.visible().filter(quote_speakers__speaker=top).count()
    assert top.aliases.exists()


def test_it_appends_to_existing_data_and_new_rows_still_save(db):
    call_command("seedcorpus", quotes=50, articles=10, speakers=5, stdout=io.StringIO())
    call_command("seedcorpus", quotes=50, articles=10, speakers=5, seed=9, stdout=io.StringIO())
    assert Quote.objects.count() == 100
    article = Article.objects.create(title="After seeding", body="Someone said \u201chello\u201d.")
    quote = Quote.objects.create(article=article, text="hello", start=14, end=19)  # sequences were reset
    QuoteSpeaker.objects.create(quote=quote, speaker=Speaker.objects.first())
