"""Read pages for journalists: home, speakers, speaker, quotes and search, quote, article, export.

Each page is one template; the region htmx swaps is a named partial, rendered alone for htmx
requests (but not for history restores, which need the whole page).
"""

from datetime import timedelta
from http import HTTPStatus
from functools import partial

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from quotes.browse import export
from quotes.browse.filters import ArticleFilter, QuoteFilter, SpeakerFilter
from quotes.browse.search import (
    PERIODS,
    WEEK_SPAN,
    full_text_available,
    keyset_page,
    per_period,
    period_for,
    rank_window,
    rare_search,
    snippets,
    timeline_chart,
    with_headlines,
)
from quotes.embeds.access import login_required_unless_public
from quotes.models import Article, Quote, Speaker, SpeakerDay
from quotes.paging import CountCachedPaginator, page_number

PAGE_SIZE = 25
SPEAKER_MATCHES_COUNTED, SPEAKER_RECENT_LINKS = 100, 5000


def _render(request, template, partial_name, context):
    if request.htmx and not request.htmx.history_restore_request:
        template = f"{template}#{partial_name}"
    return render(request, template, context)


def _page_number(request) -> int:
    return page_number(request.GET.get("page"), cap=1_000_000)


@login_required
def home(request):
    today = timezone.localdate()
    visible = Quote.objects.visible()
    context = {
        "latest": visible.for_list().order_by("-dated", "-id")[:12],
        # Summed from the speakers' daily counts (kept as quotes are stored and corrected), cached.
        "top_week": partial(SpeakerDay.objects.top_speakers, after=today - timedelta(days=7), limit=8),
        "top_month": partial(SpeakerDay.objects.top_speakers, after=today - timedelta(days=30), limit=8),
        "articles": Article.objects.select_related("outlet").defer("body")[:8],
    }
    return render(request, "quotes/browse/home.html", context)


@login_required
def speaker_list(request):
    speakers = Speaker.objects.current().prefetch_related("aliases")
    if request.GET.get("kind") != Speaker.Kind.ANONYMOUS:
        speakers = speakers.named()  # anonymous sources are listed only when asked for
    speakers = SpeakerFilter(request.GET, queryset=speakers)
    query = request.GET.copy()
    query.pop("page", None)
    page = CountCachedPaginator(speakers.qs, 30, key=("speakers", query.urlencode())).get_page(request.GET.get("page"))
    return _render(request, "quotes/browse/speaker_list.html", "results",
                   {"filter": speakers, "page": page, "speaker_query": query.urlencode()})


@login_required
def speaker_detail(request, pk):
    speaker = get_object_or_404(Speaker.objects.select_related("counted"), pk=pk)
    if speaker.merged_into_id:
        # Not permanent: an editor may undo a merge.
        return redirect(speaker.merged_into)
    quotes = Quote.objects.visible().by_speaker_newest_first(speaker)
    filters = QuoteFilter(request.GET, queryset=quotes, speaker=speaker)
    # Unfiltered, the counts stored by refresh_quote_stats answer at once. Filtered, the matches
    # are read newest first among the speaker's SPEAKER_RECENT_LINKS newest quotes, and among all
    # of them only when those hold too few: a word or an outlet in a prolific speaker's quotes
    # matches tens of thousands, so the newest SPEAKER_MATCHES_COUNTED are counted and charted.
    # A rare word or a phrase is looked up among all of them at once, with the speaker's name
    # (search.rare_search, QuoteFilter.quotes_of): the newest would hold too few.
    stored = speaker.has_quote_stats and not any(request.GET.get(name) for name in filters.filters)
    first_page = not (request.GET.get("after") or request.GET.get("before"))
    recent_first = first_page and not stored and not rare_search(quotes, filters.search_text)
    since = speaker.day_of_newest(SPEAKER_RECENT_LINKS) if recent_first else None
    candidates = [filters.qs.filter(listed_on__gte=since), filters.qs] if since else [filters.qs]
    for matches in candidates:
        page = keyset_page(matches.for_list(), after=request.GET.get("after"), before=request.GET.get("before"),
                           number=_page_number(request), size=PAGE_SIZE, key=("listed_on", "id"))
        if page.has_next or matches is filters.qs:
            break
    if stored:
        count, capped = speaker.quote_count, False
        weeks = speaker.stats_timeline("week")
        span = (weeks[0][0], speaker.last_quoted_at) if weeks and speaker.last_quoted_at else (None, None)
    else:
        for matches in candidates:
            days = matches.newest_days(SPEAKER_MATCHES_COUNTED + 1, day="listed_on")
            if len(days) > SPEAKER_MATCHES_COUNTED:
                break
        count, capped = min(len(days), SPEAKER_MATCHES_COUNTED), len(days) > SPEAKER_MATCHES_COUNTED
        days = days[:SPEAKER_MATCHES_COUNTED]
        span = (min(days), max(days)) if days else (None, None)
    # A reader who filtered on a few weeks or months sees all of them, empty days or weeks included.
    period = filters.form.cleaned_data if filters.is_valid() else {}
    start, end = period.get("date_from"), period.get("date_to")
    if start and end and start <= end and end - start <= WEEK_SPAN:
        span = (start, end)
    else:
        start = end = None
    # Per day only over spans of half a year at most: more bars than that would not read.
    offered = [per for per in PERIODS if per != "day" or period_for(*span) != "month"]
    per = request.GET.get("per") if request.GET.get("per") in offered else period_for(*span)
    if stored:
        timeline = speaker.quotes_per_day() if per == "day" else speaker.stats_timeline(per)
    else:
        timeline = per_period(days, per)
    context = {
        "speaker": speaker,
        "filter": filters,
        "page": page,
        "count": count,
        "count_capped": capped,
        "per": per,
        "per_chosen": request.GET.get("per") if request.GET.get("per") in offered else "",
        "periods": offered,
        "timeline": timeline_chart(timeline, per, start=start, end=end),
        # Callables: only the full page renders them, htmx updates of the list skip the work.
        "alongside": speaker.stats_alongside if speaker.has_quote_stats else partial(quotes.quoted_alongside, speaker, 8),
        "sources": speaker.stats_sources if speaker.has_quote_stats else partial(quotes.top_sources, 8),
    }
    return _render(request, "quotes/browse/speaker_detail.html", "results", context)


@login_required
def speaker_history(request, pk):
    """The corrections made to a speaker: the body of the speaker page's History section, fetched
    by htmx when a reader opens it, or (without JavaScript) a page of its own."""
    speaker = get_object_or_404(Speaker, pk=pk)
    if speaker.merged_into_id:
        return redirect("speaker_history", speaker.merged_into_id)
    if request.htmx and not request.htmx.history_restore_request:
        return render(request, "quotes/editing/_speaker_tools.html#history", {"speaker": speaker})
    return render(request, "quotes/browse/speaker_history.html", {"speaker": speaker})


@login_required
def quote_list(request):
    filters = QuoteFilter(request.GET, queryset=Quote.objects.visible())
    text = filters.search_text
    page, ranked = filters.listing(sort=request.GET.get("sort"), page=request.GET.get("page"),
                                   after=request.GET.get("after"), before=request.GET.get("before"),
                                   number=_page_number(request), size=PAGE_SIZE,
                                   rows=lambda quotes: with_headlines(quotes.for_list(), text))
    highlighted = snippets(list(page), text)
    for quote in page:
        quote.snippet = highlighted.get(quote.pk)
    speaker = filters.form.cleaned_data.get("speaker") if filters.is_valid() else None
    batch = filters.form.cleaned_data.get("batch") if filters.is_valid() else None
    context = {"filter": filters, "page": page, "ranked": ranked, "text": text, "speaker": speaker, "batch": batch,
               # People first: speakers the words name, to open or to filter by.
               "people": _people_in_search(text) if text and not speaker else [],
               # More matches than were ranked: the list says so, and where to see them all.
               "window_full": ranked and full_text_available() and page.paginator.count >= rank_window(),
               "rank_window": rank_window()}
    return _render(request, "quotes/browse/quote_list.html", "results", context)


def _people_in_search(text):
    """The speakers a search names, each with the rest of the search (the words not in their name)
    to filter their quotes by: "Leclerc housing" offers Leclerc's quotes about housing."""
    people = list(Speaker.objects.named_in_search(text).prefetch_related("aliases"))
    for person in people:
        names = " ".join([person.name, *(alias.name for alias in person.aliases.all())]).lower()
        person.search_rest = " ".join(word for word in text.split() if word.strip('"').lower() not in names)
    return people


@login_required
def quote_export(request, fmt):
    filters = QuoteFilter(request.GET, queryset=Quote.objects.visible())
    quotes = filters.qs.order_by("-dated", "-id")
    if fmt == "csv":
        return export.csv_response(quotes, request)
    if fmt == "json":
        return export.json_response(quotes, request)
    raise Http404("Unknown export format")


@login_required_unless_public
def quote_detail(request, pk):
    quote = get_object_or_404(Quote.objects.with_people(), pk=pk)
    if quote.status == Quote.Status.REJECTED and not request.user.has_perm("quotes.change_quote"):
        # Permalinks never die: a withdrawn quote says so, when and why (410 Gone).
        return render(request, "quotes/browse/quote_withdrawn.html",
                      {"quote": quote, "withdrawal": quote.withdrawal()}, status=HTTPStatus.GONE)
    elsewhere = list(Quote.objects.visible().same_words_as(quote).select_related("article__outlet")[:20])
    context = {
        "quote": quote,
        "paragraph": quote.paragraph(),
        "card_url": request.build_absolute_uri(reverse("quote_card", args=[quote.pk])),
        "elsewhere": elsewhere,
        # Earliest first: another article's, when it carried the words before this one did.
        "first_report": elsewhere[0] if elsewhere and (elsewhere[0].dated, elsewhere[0].pk) < (quote.dated, quote.pk) else None,
    }
    return render(request, "quotes/browse/quote_detail.html", context)


@login_required
def article_list(request):
    articles = ArticleFilter(request.GET, queryset=Article.objects.select_related(
        "outlet", "duplicate_of", "previous_version").order_by("-id"))
    page = Paginator(articles.qs, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    batch = articles.form.cleaned_data.get("batch") if articles.is_valid() else None
    return _render(request, "quotes/browse/article_list.html", "results",
                   {"filter": articles, "page": page, "query": query.urlencode(), "batch": batch})


@login_required
def article_detail(request, pk):
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    # htmx: the article region alone, which polls itself while its quotes are being extracted
    template = "quotes/browse/article_detail.html#article" if request.htmx else "quotes/browse/article_detail.html"
    return render(request, template, article.page_context())
