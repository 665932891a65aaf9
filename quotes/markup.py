"""Markup built in Python for the busiest pages (quote rows, filter widgets)."""

import html


def escape_text(value) -> str:
    """conditional_escape(), for the plain strings and numbers a quote row or a filter option
    prints: the same output, without the checks for lazy strings its wrapper makes on every call
    (a page of results escapes some 300 values)."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))
