"""Template helpers for the editing panels, which are included by pages whose views don't know them."""

from django import template

from quotes.editing import workflows
from quotes.models import Quote, Source, Speaker

register = template.Library()


@register.simple_tag
def quote_choices() -> dict:
    """The choices the correction forms offer, for templates rendered with only a quote or speaker."""
    return {"speaker_kinds": Speaker.Kind.choices, "source_kinds": Source.Kind.choices, "quote_kinds": Quote.Kind.choices}


@register.simple_tag
def teachable_mention(quote) -> str:
    return workflows.teachable_mention(quote)
