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
def source_kind(value) -> str:
    """A source kind as words: "press_conference" -> "press conference"."""
    from quotes.models import Source

    try:
        return Source.Kind(value).label.lower()
    except ValueError:
        return str(value).replace("_", " ")


@register.filter
def other_aliases(speaker) -> list[str]:
    """The speaker's aliases other than their name (prefetched aliases)."""
    return [alias.name for alias in speaker.aliases.all() if alias.name.casefold() != speaker.name.casefold()]


@register.filter
def page_numbers(page) -> list:
    """The first, the last and the page numbers around this page, "…" for the ones between."""
    return list(page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))


@register.filter
def speaker_names(quote) -> str:
    names = [link.speaker.name for link in quote.quote_speakers.all()]
    return " and ".join(names) if names else "Unknown speaker"
