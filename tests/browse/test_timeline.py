"""The speaker page's timeline: bars per day, week or month as the span asks, and labels a reader
can read at any width."""

from datetime import date, timedelta

import pytest

from quotes.browse.search import period_for, per_period, timeline_chart
from quotes.models import Speaker
from tests.browse.test_pages import make_article


@pytest.mark.parametrize("first, last, period", [
    (date(2025, 3, 1), date(2025, 3, 1), "day"),
    (date(2025, 3, 1), date(2025, 3, 31), "day"),
    (date(2025, 3, 1), date(2025, 4, 25), "day"),  # a few weeks
    (date(2025, 3, 1), date(2025, 6, 30), "week"),
    (date(2024, 3, 1), date(2025, 3, 1), "month"),
])
def test_the_bar_follows_the_span(first, last, period):
    assert period_for(first, last) == period


def test_a_month_per_day_has_a_bar_a_day_and_a_few_weekly_labels():
    days = [date(2025, 3, 3), date(2025, 3, 3), date(2025, 3, 14), date(2025, 3, 31)]
    chart = timeline_chart(per_period(days, "day"), "day", start=date(2025, 3, 1), end=date(2025, 3, 31))
    assert len(chart.bars) == 31 and chart.peak == 2
    assert [bar.count for bar in chart.bars if bar.count] == [2, 1, 1]
    assert chart.bars[2].label == "Mon 3 Mar 2025"
    assert [tick.label for tick in chart.ticks] == ["1 Mar 2025", "8 Mar", "15 Mar", "22 Mar", "29 Mar"]
    assert chart.ticks[0].anchor == "start" and chart.ticks[2].anchor == "middle"
    # Bars side by side across the whole width, in percent.
    assert chart.bars[0].x < 1 and 99 < chart.bars[-1].x + chart.bars[-1].width <= 100


def test_labels_never_crowd_however_many_bars():
    weeks = [date(2024, 1, 1) + timedelta(weeks=n) for n in range(26)]
    chart = timeline_chart(per_period(weeks, "week"), "week")
    assert len(chart.bars) == 26 and len(chart.ticks) <= 5
    assert chart.ticks[0].label == "1 Jan 2024" and chart.ticks[-1].anchor in {"middle", "end"}
    months = [date(2023, 11, 1) + timedelta(days=31 * n) for n in range(20)]
    chart = timeline_chart(per_period(months, "month"), "month")
    assert len(chart.ticks) <= 5
    assert [tick.label for tick in chart.ticks] == ["Nov 2023", "Mar 2024", "Jul", "Nov", "Mar 2025"]


def test_one_quote_is_one_bar_in_the_middle():
    chart = timeline_chart([(date(2025, 3, 3), 1)], "day")
    assert len(chart.bars) == 1 and [(tick.label, tick.anchor, tick.x) for tick in chart.ticks] == [("3 Mar 2025", "middle", 50)]


@pytest.fixture
def ines(db):
    speaker = Speaker.objects.create(name="Ines Duarte")
    for day in (2, 3, 3, 17, 28):
        make_article([(speaker, f"ferries on day {day}", {})], published=date(2025, 3, day))
    Speaker.objects.all().refresh_quote_stats()
    return speaker


def bars(response):
    return [(bar.label, bar.count) for bar in response.context["timeline"].bars]


def test_a_speaker_quoted_over_one_month_gets_a_bar_a_day(journalist_client, ines):
    response = journalist_client.get(ines.get_absolute_url())
    assert response.context["per"] == "day"
    assert len(bars(response)) == 27 and bars(response)[1] == ("Mon 3 Mar 2025", 2)
    html = response.content.decode()
    assert "Quotes per day" in html and '<text x="1.852%" y="135" text-anchor="start">2 Mar 2025</text>' in html
    assert 'href="?per=week"' in html and 'href="?per=month"' in html


def test_stored_and_live_counts_draw_the_same_days(journalist_client, ines):
    stored = journalist_client.get(ines.get_absolute_url())
    live = journalist_client.get(ines.get_absolute_url(), {"date_from": "2000-01-01"})  # a filter: counted live
    assert bars(stored) == bars(live)


def test_a_one_month_filter_charts_every_day_of_that_month(journalist_client, ines):
    response = journalist_client.get(ines.get_absolute_url(), {"date_from": "2025-03-01", "date_to": "2025-03-31"})
    assert len(bars(response)) == 31 and bars(response)[0] == ("Sat 1 Mar 2025", 0)
    assert sum(count for _, count in bars(response)) == 5


def test_a_reader_may_still_ask_for_weeks_or_months(journalist_client, ines):
    weeks = journalist_client.get(ines.get_absolute_url(), {"per": "week"})
    assert bars(weeks) == [("week of 24 Feb 2025", 1), ("week of 3 Mar 2025", 2), ("week of 10 Mar 2025", 0),
                           ("week of 17 Mar 2025", 1), ("week of 24 Mar 2025", 1)]
    assert bars(journalist_client.get(ines.get_absolute_url(), {"per": "month"})) == [("March 2025", 5)]


def test_days_are_not_offered_over_years(journalist_client, ines):
    make_article([(ines, "long ago", {})], published=date(2022, 3, 1))
    Speaker.objects.all().refresh_quote_stats()
    response = journalist_client.get(ines.get_absolute_url(), {"per": "day"})
    assert response.context["per"] == "month" and "per=day" not in response.content.decode()
