"""{% quote_jsonld quote %}: the quote as schema.org Quotation JSON-LD, in a
<script type="application/ld+json"> escaped as json_script escapes (no "</script>" can end it early);
{% quote_jsonld quote element_id="quote-jsonld" oob=oob %} gives it an id, sent out of band after a correction."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import mark_safe

from quotes.embeds.markup import quotation

register = template.Library()


@register.simple_tag(takes_context=True)
def quote_jsonld(context, quote, element_id="", oob=False):
    """element_id names the script so that a correction can send it again out of band (oob)."""
    data = json.dumps(quotation(quote, context["request"]), cls=DjangoJSONEncoder, ensure_ascii=False)
    attributes = format_html(' id="{}"', element_id) if element_id else ""
    if oob:
        attributes += mark_safe(' hx-swap-oob="true"')
    return format_html('<script type="application/ld+json"{}>{}</script>', attributes,
                       mark_safe(data.translate(_json_script_escapes)))
