"""Template helpers for the editing panels, which are included by pages whose views don't know them."""

from django import template

from quotes.editing.forms import QuoteForm, SpeakerForm, quote_panel_forms, speaker_panel_forms

register = template.Library()


@register.simple_tag
def quote_forms(quote, sent=None) -> dict:
    """The quote panel's forms (forms.quote_panel_forms), `sent` the one that came back with an error."""
    return quote_panel_forms(quote, sent if isinstance(sent, QuoteForm) else None)


@register.simple_tag
def speaker_forms(speaker, sent=None) -> dict:
    """The speaker panel's forms (forms.speaker_panel_forms), `sent` the one that came back with an error."""
    return speaker_panel_forms(speaker, sent if isinstance(sent, SpeakerForm) else None)
