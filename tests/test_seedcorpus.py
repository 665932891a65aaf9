"""seedcorpus fills the database with a consistent synthetic corpus (tiny here; 1M for bench/web.py)."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.utils import timezone

from quotes.models import Article, Quote, QuoteSpeaker, Speaker, SpeakerDay


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


def test_its_archive_is_skewed_like_a_real_one(db):
    """A busy last week whose most quoted speakers are not the archive's, and a few outlets publishing most."""
    call_command("seedcorpus", quotes=3000, articles=300, speakers=60, busy_week=0.2, stdout=io.StringIO())
    week = SpeakerDay.objects.top_speakers(after=timezone.localdate() - timedelta(days=7), limit=3)
    all_time = list(Speaker.objects.order_by("-quote_count").values_list("pk", flat=True)[:3])
    assert [row["speaker_id"] for row in week] != all_time
    recent = Quote.objects.filter(dated__gt=timezone.localdate() - timedelta(days=7)).count()
    assert recent > 0.15 * Quote.objects.count()  # a week of two years holds a sixth of the quotes
    per_outlet = sorted(Article.objects.values("outlet").annotate(n=Count("id")).values_list("n", flat=True))
    assert per_outlet[-1] > 3 * per_outlet[0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="copies are made in SQL on PostgreSQL")
def test_copies_multiply_the_articles_with_their_quotes(db):
    call_command("seedcorpus", quotes=400, articles=40, speakers=20, copies=4, stdout=io.StringIO())
    assert Article.objects.count() == 40 and Quote.objects.count() == 400
    assert Article.objects.values("url").distinct().count() == 40
    for quote in Quote.objects.select_related("article")[::37]:
        assert quote.span_is_valid() and quote.dated == quote.article.published
    top = Speaker.objects.order_by("-quote_count").first()
    assert top.quote_count == Quote.objects.visible().filter(quote_speakers__speaker=top).count()
