from functools import lru_cache

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import dateformat
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from quotes.markup import escape_text
from quotes.models import Quote

register = template.Library()

PALETTE_SIZE = 8
ROW_TOOLS_TEMPLATE = "quotes/editing/_quote_row_tools.html"
_PK = 987654321  # stands for a primary key in a reversed URL, replaced per row
_KINDS = dict(Quote.Kind.choices)
_STATUSES = dict(Quote.Status.choices)


@register.filter
def speaker_colour(quote) -> str:
    """A stable colour class per first speaker, so one person's quotes share a colour on a page."""
    links = list(quote.quote_speakers.all())
    if not links:
        return "speaker-none"
    return f"speaker-{links[0].speaker_id % PALETTE_SIZE}"


@register.filter
def speaker_names(quote) -> str:
    names = [link.speaker.name for link in quote.quote_speakers.all()]
    return " and ".join(names) if names else "Unknown speaker"


@lru_cache(maxsize=64)
def _url_patterns(prefix, urlconf) -> tuple[str, str, str]:
    """Quote, speaker and article URLs with {pk} for the key: reverse() once, not three times a row."""
    return tuple(reverse(name, args=[_PK]).replace(str(_PK), "{pk}")
                 for name in ("quote_detail", "speaker_detail", "article_detail"))


@register.filter
def speaker_url(pk) -> str:
    """{% url 'speaker_detail' pk %} for lists of speakers: reverse() once, not once a link."""
    return _url_patterns(get_script_prefix(), get_urlconf())[1].format(pk=int(pk))


@receiver(setting_changed)
def _forget_url_patterns(setting, **kwargs):
    if setting in ("ROOT_URLCONF", "FORCE_SCRIPT_NAME"):
        _url_patterns.cache_clear()


@lru_cache(maxsize=4096)
def _day(day, language) -> str:
    return dateformat.format(day, "j M Y")


@lru_cache(maxsize=64)
def _badge(kind: str, value: str) -> str:
    """The badge of a quote's kind ("kind") or review status ("status"): a handful of values,
    escaped once rather than twice a row."""
    label = (_KINDS if kind == "kind" else _STATUSES).get(value, value)
    return f'<span class="badge {kind}-{escape_text(value)}">{escape_text(label)}</span>'


def _row_head(quote, show_article, urls, language, esc=escape_text) -> str:
    quote_url, speaker_url, article_url = urls
    links = getattr(quote, "speaker_links", None)
    if links is not None:  # QuoteQuerySet.for_list()
        title, outlet, source = quote.article_title, quote.outlet_name, quote.source_label
    else:
        links = [(link.speaker_id, link.speaker.name) for link in quote.quote_speakers.all()]
        title = quote.article.title if show_article else None
        outlet = str(quote.article.outlet) if show_article and quote.article.outlet_id else None
        source = quote.source.label if quote.source_id else None
    colour = f"speaker-{links[0][0] % PALETTE_SIZE}" if links else "speaker-none"
    snippet = getattr(quote, "snippet", None)
    speakers = " and ".join(
        f'<a href="{speaker_url.format(pk=pk)}">{esc(name)}</a>' for pk, name in links
    ) or '<span class="muted">unknown speaker</span>'
    source = f', via <span class="source">{esc(source)}</span>' if quote.source_id else ""
    article = ""
    if show_article:
        outlet = f", {esc(outlet)}" if outlet is not None else ""
        article = (f'<span class="muted">in <a href="{article_url.format(pk=quote.article_id)}#q{quote.pk}">'
                   f'{esc(title)}</a>{outlet}, <time datetime="{quote.dated.isoformat()}">'
                   f'{_day(quote.dated, language)}</time></span>')
    status = _badge("status", quote.status) if quote.status != "auto" else ""
    return (
        f'<li class="quote-row {colour}">\n'
        f'  <blockquote><a href="{quote_url.format(pk=quote.pk)}">“{esc(snippet) if snippet else esc(quote.text)}”</a></blockquote>\n'
        f'  <p class="attribution">\n'
        f'    — {speakers}{source}\n'
        f'    {article}\n'
        f'    {_badge("kind", quote.kind)}\n'
        f'    {status}\n'
        f'  </p>\n  '
    )


@register.simple_tag(takes_context=True)
def quote_rows(context, quotes, show_article=False):
    """The <li> of each quote in a list: the markup of a quote row, built in Python (a template
    per row cost more than the queries of the page); editors' row tools still come from their
    template."""
    urls = _url_patterns(get_script_prefix(), get_urlconf())
    request = context.get("request")
    tools = None
    if request is not None and request.user.has_perm("quotes.change_quote"):
        tools = context.template.engine.get_template(ROW_TOOLS_TEMPLATE)
    rows, language = [], get_language()
    for quote in quotes:
        rows.append(_row_head(quote, show_article, urls, language))
        if tools is not None:
            with context.push(quote=quote, show_article=show_article):
                rows.append(tools.render(context))
        rows.append("\n</li>\n")
    return mark_safe("".join(rows))


@register.simple_tag
def timeline_bars(timeline):
    """The <rect> of each bar of a TimelineChart (quotes.search.timeline_chart), with its tooltip."""
    numbers = {}
    # Where the active format prints numbers as Python does (no grouping, a decimal point), skip
    # localize(): it costs more than the rest of a bar.
    plain = localize(1234) == "1234" and localize(1234.5) == "1234.5"

    def num(value):
        if plain:
            return str(value)
        key = (type(value), value)  # 116 and 116.0 print differently
        if key not in numbers:
            numbers[key] = conditional_escape(localize(value))
        return numbers[key]

    return mark_safe("".join(
        f'<rect x="{num(bar.x)}" y="{num(bar.y)}" width="{num(bar.width)}" height="{num(bar.height)}">'
        f'<title>{escape_text(bar.label)}: {num(bar.count)}</title></rect>'
        for bar in timeline.bars
    ))
