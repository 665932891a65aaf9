from django import template
from django.utils.safestring import mark_safe

from quotes.markup import escape_text

register = template.Library()


@register.simple_tag
def filter_field(field, check=False):
    """One field of a filter form as <p class="field">: its label, its widget and its errors (a
    checkbox inside its label). One tag rather than a dozen template lookups per field, on every
    quote list and speaker page."""
    label, widget = escape_text(field.label), str(field)
    if check:
        return mark_safe(f'<p class="field check"><label for="{escape_text(field.id_for_label)}">{widget} {label}</label></p>')
    errors = "".join(f'<span class="error">{escape_text(error)}</span>' for error in field.errors)
    return mark_safe(f'<p class="field"><label for="{escape_text(field.id_for_label)}">{label}</label>{widget}{errors}</p>')
