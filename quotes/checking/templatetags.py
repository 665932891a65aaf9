"""Template helpers for checks, shown on pages whose views don't know them (the quote page)."""

from django import template

from quotes.checking import coverage
from quotes.models import Quote, QuoteCheck

register = template.Library()


@register.simple_tag
def quote_checks(quote) -> list:
    return coverage.quote_checks(quote)


@register.simple_tag
def relay_chain(quote) -> list:
    return coverage.relay_chain(quote)


@register.simple_tag
def speaker_faithfulness(speaker) -> list[dict]:
    """Per outlet, how often it quotes this speaker verbatim (of the quotes found in a document)."""
    return QuoteCheck.objects.filter(quote__quote_speakers__speaker=speaker).exclude(
        quote__status=Quote.Status.REJECTED).faithfulness_by_outlet()
