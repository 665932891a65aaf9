"""Embeds: Quotation JSON-LD on permalinks (parsed back), the quote card other sites may frame,
oEmbed, rejected quotes never embeddable, and public reading as a setting (off by default)."""

import json
from html.parser import HTMLParser
from http import HTTPStatus

import pytest
from django.urls import reverse

from quotes.models import Quote
from tests.newsroom import newsroom  # noqa: F401


class Scripts(HTMLParser):
    """Every <script> with its type and text, and every <link>."""

    def __init__(self):
        super().__init__()
        self.scripts, self.links, self._open = [], [], None

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._open = {"attrs": dict(attrs), "text": ""}
        elif tag == "link":
            self.links.append(dict(attrs))

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag):
        if tag == "script" and self._open is not None:
            self.scripts.append(self._open)
            self._open = None


def parse(response) -> Scripts:
    parser = Scripts()
    parser.feed(response.content.decode())
    return parser


def jsonld(response) -> dict:
    blocks = [s for s in parse(response).scripts if s["attrs"].get("type") == "application/ld+json"]
    assert len(blocks) == 1
    return json.loads(blocks[0]["text"])


def test_a_permalink_carries_quotation_json_ld(journalist_client, newsroom):
    quote = newsroom["schedule"]
    data = jsonld(journalist_client.get(quote.get_absolute_url()))
    assert data["@context"] == "https://schema.org" and data["@type"] == "Quotation"
    assert data["text"] == "ahead of schedule"
    assert data["spokenByCharacter"] == [{"@type": "Person", "name": "Port authority"}]
    assert data["citation"]["@type"] == "NewsArticle" and data["citation"]["headline"] == "Quay opens before winter"
    assert data["citation"]["publisher"]["name"] == "Harbour Wire"
    assert data["datePublished"] == "2026-11-03" and data["url"].endswith(quote.get_absolute_url())


def test_json_ld_cannot_be_broken_out_of(journalist_client, newsroom):
    article = newsroom["article"]
    article.title = "</script><script>alert(1)</script> & more"
    article.save()
    response = journalist_client.get(newsroom["storms"].get_absolute_url())
    assert b"<script>alert(1)" not in response.content
    assert jsonld(response)["citation"]["headline"] == "</script><script>alert(1)</script> & more"
    inline = [s for s in parse(response).scripts if s["attrs"].get("type") != "application/ld+json" and s["text"].strip()]
    assert inline == []


def test_the_card_shows_the_attribution_and_may_be_framed_by_any_site(journalist_client, newsroom):
    quote = newsroom["schedule"]
    card = journalist_client.get(reverse("quote_card", args=[quote.pk]))
    assert card.status_code == HTTPStatus.OK
    text = card.content.decode()
    for part in ("ahead of schedule", "Port authority", "via Port authority statement", "Harbour Wire", "3 November 2026",
                 f'href="http://testserver{quote.get_absolute_url()}"'):
        assert part in text
    assert "X-Frame-Options" not in card and "frame-ancestors *" in card["Content-Security-Policy"]
    assert jsonld(card)["text"] == "ahead of schedule"
    assert journalist_client.get(quote.get_absolute_url())["X-Frame-Options"] == "DENY"  # every other page


def test_oembed_hands_out_the_card(journalist_client, newsroom):
    quote = newsroom["storms"]
    page = parse(journalist_client.get(quote.get_absolute_url()))
    discovery = next(link for link in page.links if link.get("type") == "application/json+oembed")
    response = journalist_client.get(discovery["href"].replace("http://testserver", ""))
    assert response.status_code == HTTPStatus.OK
    data = response.json()
    assert data["version"] == "1.0" and data["type"] == "rich" and data["author_name"] == "Mara Lindqvist"
    frame = HTMLParser()
    seen = []
    frame.handle_starttag = lambda tag, attrs: seen.append((tag, dict(attrs)))
    frame.feed(data["html"])
    assert seen[0][0] == "iframe" and seen[0][1]["src"] == f"http://testserver{reverse('quote_card', args=[quote.pk])}"
    narrow = journalist_client.get(reverse("oembed"), {"url": f"http://testserver{quote.get_absolute_url()}", "maxwidth": "300"})
    assert narrow.json()["width"] == 300
    assert journalist_client.get(reverse("oembed"), {"url": "http://elsewhere.example/quotes/1/"}).status_code == 404
    assert journalist_client.get(reverse("oembed"), {"url": "/speakers/1/"}).status_code == 404
    assert journalist_client.get(reverse("oembed"), {"url": quote.get_absolute_url(), "format": "xml"}).status_code == 501


def test_rejected_quotes_are_not_embeddable(editor_client, newsroom):
    quote = newsroom["wage"]
    quote.status = Quote.Status.REJECTED
    quote.save()
    page = editor_client.get(quote.get_absolute_url())  # editors still open it, to undo the rejection
    assert page.status_code == HTTPStatus.OK and not [s for s in parse(page).scripts if "ld+json" in s["attrs"].get("type", "")]
    assert b"json+oembed" not in page.content
    assert editor_client.get(reverse("quote_card", args=[quote.pk])).status_code == HTTPStatus.NOT_FOUND
    assert editor_client.get(reverse("oembed"), {"url": quote.get_absolute_url()}).status_code == HTTPStatus.NOT_FOUND


def test_anonymous_visitors_log_in_unless_quotes_are_public(client, newsroom, settings):
    quote = newsroom["storms"]
    for url in (quote.get_absolute_url(), reverse("quote_card", args=[quote.pk]),
                f"{reverse('oembed')}?url={quote.get_absolute_url()}"):
        assert client.get(url)["Location"].startswith(reverse("login"))
    settings.PUBLIC_QUOTES = True
    assert client.get(quote.get_absolute_url()).status_code == HTTPStatus.OK
    assert client.get(reverse("quote_card", args=[quote.pk])).status_code == HTTPStatus.OK
    assert client.get(reverse("oembed"), {"url": quote.get_absolute_url()}).status_code == HTTPStatus.OK
    for url in (newsroom["lindqvist"].get_absolute_url(), newsroom["article"].get_absolute_url(), reverse("quote_list"),
                reverse("quote_feed")):
        assert client.get(url)["Location"].startswith(reverse("login"))  # everything else stays behind the login
    newsroom["wage"].status = Quote.Status.REJECTED
    newsroom["wage"].save()
    withdrawn = client.get(newsroom["wage"].get_absolute_url())  # permalinks never die: it says it was withdrawn
    assert withdrawn.status_code == HTTPStatus.GONE and "a fair wage at last" not in withdrawn.content.decode()


@pytest.mark.parametrize("name", ["quote_card"])
def test_the_card_has_no_inline_script(journalist_client, newsroom, name):
    card = parse(journalist_client.get(reverse(name, args=[newsroom["storms"].pk])))
    assert all(s["attrs"].get("type") == "application/ld+json" or s["attrs"].get("src") for s in card.scripts)
