"""Template helpers for the editing panels, which are included by pages whose views don't know them."""

from django import template

from quotes.editing.forms import quote_panel_forms
from quotes.models import Speaker

register = template.Library()


@register.simple_tag
def quote_choices() -> dict:
    """The choices the speaker panel offers, for templates rendered with only a speaker."""
    return {"speaker_kinds": Speaker.Kind.choices}


@register.simple_tag
def quote_forms(quote, sent=None) -> dict:
    """The quote panel's forms (forms.quote_panel_forms), `sent` the one that came back with an error."""
    return quote_panel_forms(quote, sent if getattr(sent, "quote", None) is not None else None)
