"""Template filters of the read pages ({% load browse_tags %})."""

from django import template

register = template.Library()

PALETTE_SIZE = 8


@register.filter
def speaker_colour(links) -> str:
    """A stable colour class per first speaker (given a quote's speaker links), so one person's
    quotes share a colour on a page."""
    links = list(links)
    if not links:
        return "speaker-none"
    return f"speaker-{links[0].speaker_id % PALETTE_SIZE}"


@register.filter
def speaker_names(quote) -> str:
    names = [link.speaker.name for link in quote.quote_speakers.all()]
    return " and ".join(names) if names else "Unknown speaker"
