"""{% quote_jsonld quote %}: the quote as schema.org Quotation JSON-LD, in a
<script type="application/ld+json"> escaped as json_script escapes (no "</script>" can end it early)."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import mark_safe

from quotes.embeds.markup import quotation

register = template.Library()


@register.simple_tag(takes_context=True)
def quote_jsonld(context, quote):
    data = json.dumps(quotation(quote, context["request"]), cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data.translate(_json_script_escapes)))
