"""Template helpers for checks, shown on pages whose views don't know them (the quote page)."""

from django import template

from quotes.checking import coverage
from quotes.models import Quote, QuoteCheck

register = template.Library()


@register.simple_tag
def quote_checking(quote) -> dict:
    """The quote's verdicts against primary documents and its relay chain, for the quote page."""
    checks = coverage.quote_checks(quote)
    return {"checks": checks, "chain": coverage.relay_chain(quote, checks)}


@register.simple_tag
def speaker_faithfulness(speaker) -> list[dict]:
    """Per outlet, how often it quotes this speaker verbatim (of the quotes found in a document)."""
    return QuoteCheck.objects.filter(quote__quote_speakers__speaker=speaker).exclude(
        quote__status=Quote.Status.REJECTED).faithfulness_by_outlet()
