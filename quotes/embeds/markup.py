"""What an embedded quote says about itself: schema.org Quotation data and the oEmbed answer."""

from django.template.loader import render_to_string
from django.urls import reverse

from quotes.models import Quote, Speaker

CARD_WIDTH, CARD_HEIGHT = 560, 260
_SCHEMA_TYPES = {Speaker.Kind.PERSON: "Person", Speaker.Kind.ORGANIZATION: "Organization"}


def quotation(quote: Quote, request) -> dict:
    """schema.org/Quotation: text, spokenByCharacter, citation (the article), datePublished."""
    article = quote.article
    cited = {"@type": "NewsArticle", "headline": article.title,
             "url": article.url or request.build_absolute_uri(article.get_absolute_url())}
    if article.outlet_id:
        cited["publisher"] = {"@type": "Organization", "name": article.outlet.name}
    if article.published:
        cited["datePublished"] = article.published.isoformat()
    data = {
        "@context": "https://schema.org", "@type": "Quotation", "text": quote.text,
        "url": request.build_absolute_uri(quote.get_absolute_url()),
        "spokenByCharacter": [{"@type": _SCHEMA_TYPES.get(link.speaker.kind, "Person"), "name": link.speaker.name}
                              for link in quote.quote_speakers.all()],
        "citation": cited, "datePublished": (article.published or quote.dated).isoformat(),
    }
    if quote.source_id:
        data["isBasedOn"] = {"@type": "CreativeWork", "name": quote.source.full_label}
    return data


def oembed(quote: Quote, request, *, maxwidth: int | None = None, maxheight: int | None = None) -> dict:
    """The oEmbed 1.0 "rich" answer: an iframe of the quote card."""
    width = min(CARD_WIDTH, maxwidth) if maxwidth else CARD_WIDTH
    height = min(CARD_HEIGHT, maxheight) if maxheight else CARD_HEIGHT
    card = request.build_absolute_uri(reverse("quote_card", args=[quote.pk]))
    html = render_to_string("quotes/embeds/_iframe.html", {"src": card, "width": width, "height": height,
                                                           "title": quote.citation()}).strip()
    return {
        "version": "1.0", "type": "rich", "provider_name": "Quote tracker",
        "provider_url": request.build_absolute_uri("/"), "title": quote.citation(),
        "author_name": quote.speaker_names(), "html": html, "width": width, "height": height,
    }
