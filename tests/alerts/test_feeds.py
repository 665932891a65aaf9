"""Atom feeds of any quote list and of every speaker, parsed back with a real feed parser."""

from http import HTTPStatus

import feedparser
from django.urls import reverse

from quotes.models import Quote
from tests.newsroom import bearer, newsroom, store_article  # noqa: F401


def parse(response):
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    return feed


def test_a_search_feed_lists_what_the_search_lists(journalist_client, newsroom):
    newsroom["wage"].status = Quote.Status.REJECTED
    newsroom["wage"].save()
    feed = parse(journalist_client.get(reverse("quote_feed"), {"q": "storms"}))
    assert feed.feed.title == "Quotes matching “storms”"
    assert [entry.summary for entry in feed.entries] == ["ready for the winter storms"]
    assert feed.entries[0].link.endswith(newsroom["storms"].get_absolute_url())
    assert feed.entries[0].author == "Mara Lindqvist"
    everything = parse(journalist_client.get(reverse("quote_feed")))
    assert "a fair wage at last" not in [entry.summary for entry in everything.entries]  # rejected: never


def test_every_speaker_has_a_feed(journalist_client, newsroom):
    store_article(title="Second story", body=newsroom["article"].body + " More later.")
    feed = parse(journalist_client.get(reverse("speaker_feed", args=[newsroom["okafor"].pk])))
    assert feed.feed.title == "Quotes by Tomas Okafor"
    assert [entry.summary for entry in feed.entries] == ["a fair wage at last"] * 2


def test_pages_link_their_feeds(journalist_client, newsroom):
    listing = journalist_client.get(reverse("quote_list"), {"q": "storms"}).content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in listing
    assert f'href="{reverse("quote_feed")}?q=storms"' in listing
    speaker = journalist_client.get(newsroom["okafor"].get_absolute_url()).content.decode()
    assert f'href="{reverse("speaker_feed", args=[newsroom["okafor"].pk])}"' in speaker
    assert ">Atom feed</a>" in speaker


def test_feeds_need_a_login_or_a_token(client, charlie, newsroom):
    assert client.get(reverse("quote_feed"))["Location"].startswith(reverse("login"))
    parse(client.get(reverse("quote_feed"), **bearer(charlie)))
    assert client.get(reverse("quote_feed"), HTTP_AUTHORIZATION="Bearer wrong").status_code == HTTPStatus.UNAUTHORIZED
