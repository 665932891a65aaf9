"""Editors' corrections: quote and speaker edits, reverts, autocomplete and the review queue.

Every write needs a permission (403 otherwise; anonymous users are sent to log in). With htmx a
write answers with the panel it came from, re-rendered; without JavaScript it redirects back to
the page the form was on, or shows the form's page again with the problem (400, or 409 for a
conflict with another editor's save).
"""

from collections import Counter
from functools import reduce
from http import HTTPStatus
from operator import or_

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from quotes.editing import workflows
from quotes.editing.filters import ReviewFilter
from quotes.editing.forms import QUOTE_FORMS, SPEAKER_FORMS, source_suggestions, speaker_suggestions
from quotes.models import Correction, Quote, Speaker
from quotes.paging import page_number
from quotes.roles import forbidden, permission_required

PANELS = {
    "page": "quotes/editing/_quote_tools.html#panel",
    "row": "quotes/editing/_quote_row_tools.html#tools",
    "queue": "quotes/editing/review_queue.html#row",
}


def _next_url(request, fallback: str) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback


def _fresh(quote) -> Quote:
    fresh = Quote.objects.with_people().filter(pk=quote.pk).first()
    if fresh is None:  # re-extraction replaced the automatic quote while the editor looked at it
        raise Http404("This quote no longer exists: its article was extracted again.")
    return fresh


def _shown_elsewhere(request, quote) -> dict:
    """What else on the editor's page shows this quote, to send again out of band after a change
    (quotes/editing/_after_change.html): the quote page's words, facts and citation, or the quote's row."""
    page = (request.htmx.current_url_abs_path or "").partition("?")[0]
    if page == quote.get_absolute_url():
        return {"oob": "page", "paragraph": quote.paragraph()}
    if page == reverse("quote_edit", args=[quote.pk]):  # the panel's own page shows nothing else of it
        return {}
    return {"oob": "rows"}


def _quote_response(request, quote, *, form=None, action="", conflict=None, notice=""):
    if request.htmx:
        panel = PANELS.get(request.POST.get("panel") or request.GET.get("panel"), PANELS["page"])
        quote = _fresh(quote)
        context = {"quote": quote, "form": form, "action": action, "conflict": conflict, "notice": notice,
                   "next": request.POST.get("next", "")}
        if panel == PANELS["queue"]:  # the queue's waiting count follows every verdict (out of band)
            context.update(waiting_oob=True, **_waiting())
        elif notice or conflict:  # the quote changed, here or by someone else: the page follows
            context.update(_shown_elsewhere(request, quote))
        return render(request, panel, context)
    if form is None and conflict is None:
        messages.success(request, notice)
        return redirect(_next_url(request, quote.get_absolute_url()))
    status = HTTPStatus.CONFLICT if conflict else HTTPStatus.BAD_REQUEST
    quote = _fresh(quote)
    return render(request, "quotes/editing/quote_edit.html",
                  {"quote": quote, "form": form, "action": action, "conflict": conflict}, status=status)


@login_required
@permission_required("quotes.change_quote")
@require_GET
def quote_edit(request, pk):
    """The correction panel: swapped into a quote row by htmx, or a page of its own."""
    quote = get_object_or_404(Quote.objects.with_people(), pk=pk)
    if request.htmx:
        return render(request, PANELS["page"], {"quote": quote, "next": request.GET.get("next", "")})
    return render(request, "quotes/editing/quote_edit.html", {"quote": quote})


@login_required
@permission_required("quotes.change_quote")
@require_POST
def quote_correct(request, pk, action):
    form_class = QUOTE_FORMS.get(action)
    if form_class is None:
        raise Http404("No such correction.")
    quote = get_object_or_404(Quote.objects.select_related("article"), pk=pk)
    form = form_class(request.POST, quote=quote)
    if not form.is_valid():
        return _quote_response(request, quote, form=form, action=action)
    if not form.permitted(request.user):
        raise forbidden("quotes.add_speaker" if form.creates_speaker else "quotes.add_source")
    try:
        correction = form.apply(request.user)
    except workflows.EditConflict as conflict:
        return _quote_response(request, conflict.current, form=None, action=action, conflict=conflict)
    except workflows.EditRefused as refused:
        form.add_error(None, str(refused))
        return _quote_response(request, quote, form=form, action=action)
    notice = f"Saved: {correction.get_action_display().lower()} now {correction.new_display}." if correction else "Nothing to change."
    return _quote_response(request, quote, action=action, notice=notice)


def _speaker_response(request, speaker, *, form=None, action="", error="", notice=""):
    speaker.refresh_from_db()
    problem = form is not None or bool(error)
    merged_away = speaker.merged_into_id is not None and not problem
    if request.htmx and not merged_away:
        # On the speaker's page, its name and details above the panel and on every row follow (out of band).
        on_its_page = (request.htmx.current_url_abs_path or "").partition("?")[0] == speaker.get_absolute_url()
        return render(request, "quotes/editing/_speaker_tools.html#panel",
                      {"speaker": speaker, "form": form, "action": action, "error": error, "notice": notice,
                       "oob": on_its_page and not problem})
    if problem:
        return render(request, "quotes/editing/speaker_edit.html",
                      {"speaker": speaker, "form": form, "action": action, "error": error},
                      status=HTTPStatus.CONFLICT if error else HTTPStatus.BAD_REQUEST)
    messages.success(request, notice)
    target = speaker.merged_into or speaker
    if request.htmx:  # after a merge this speaker's page redirects; show the speaker it became
        return HttpResponse(headers={"HX-Redirect": target.get_absolute_url()})
    return redirect(target)


@login_required
@permission_required("quotes.change_speaker")
@require_POST
def speaker_correct(request, pk, action):
    form_class = SPEAKER_FORMS.get(action)
    if form_class is None:
        raise Http404("No such correction.")
    speaker = get_object_or_404(Speaker, pk=pk, merged_into=None)
    form = form_class(request.POST, speaker=speaker)
    if not form.is_valid():
        return _speaker_response(request, speaker, form=form, action=action)
    if form.creates_speaker and not request.user.has_perm("quotes.add_speaker"):
        raise forbidden("quotes.add_speaker")
    try:
        corrections = form.apply(request.user)
    except workflows.EditConflict as conflict:  # the panel shows the speaker as it is now
        return _speaker_response(request, speaker, action=action, error=str(conflict))
    except workflows.EditRefused as refused:
        form.add_error(None, str(refused))
        return _speaker_response(request, speaker, form=form, action=action)
    if action == "split-alias":
        notice = f"“{corrections.other_speaker.name}” is now a speaker of their own."
    elif action == "merge":
        notice = f"{speaker.name} was merged into {corrections.speaker.name}."
    else:
        notice = "Saved." if corrections else "Nothing to change."
    return _speaker_response(request, speaker, action=action, notice=notice)


@login_required
@require_POST
def correction_revert(request, pk):
    # Permission before any lookup: whoever may not undo gets 403 whether the id exists or not, and
    # an editor of only quotes (or only speakers) cannot tell the other kind's ids from missing ones.
    kinds = [Q(quote__isnull=quotes) for perm, quotes in (("quotes.change_quote", False), ("quotes.change_speaker", True))
             if request.user.has_perm(perm)]
    if not kinds:
        raise forbidden("quotes.change_quote")
    correction = get_object_or_404(Correction.objects.select_related("quote", "speaker").filter(reduce(or_, kinds)), pk=pk)
    try:
        workflows.revert(correction=correction, user=request.user)
        notice, problem = "Undone.", None
    except (workflows.EditConflict, workflows.EditRefused) as refused:
        notice, problem = "", refused
    if correction.quote_id:
        if problem is not None:
            conflict = problem if isinstance(problem, workflows.EditConflict) else workflows.EditConflict(str(problem))
            conflict.current = conflict.current or Quote.objects.with_people().get(pk=correction.quote_id)
            return _quote_response(request, conflict.current, conflict=conflict)
        return _quote_response(request, correction.quote, notice=notice)
    return _speaker_response(request, correction.speaker, error=str(problem) if problem else "", notice=notice)


@login_required
@require_GET
def speaker_autocomplete(request):
    # The input sends its value under its own name ("speaker" in the correction forms, "issuer_name"
    # on the attach-a-document form).
    typed = request.GET.get("speaker") or request.GET.get("issuer_name") or request.GET.get("q", "")
    speakers = list(speaker_suggestions(typed))
    names = Counter(speaker.name for speaker in speakers)
    for speaker in speakers:  # two people with one name: the "#id" tells them apart (see find_speakers)
        speaker.choice = speaker.name if names[speaker.name] == 1 else f"{speaker.name} #{speaker.pk}"
    return render(request, "quotes/editing/_options.html", {"speakers": speakers})


@login_required
@require_GET
def source_autocomplete(request):
    typed = request.GET.get("source") or request.GET.get("q", "")
    return render(request, "quotes/editing/_options.html", {"sources": source_suggestions(typed)})


# Rows a page as on the quote list: an editor works through them with j/k and pages on. At 50 the rows
# alone took ~30 ms to draw and the queue's p95 passed 50 ms at a million quotes (bench/web.py).
REVIEW_PAGE_SIZE, REVIEW_COUNT_CAP = 25, 1000
REVIEW_CLAIMS_POLL_SECONDS = 15  # how often an open queue asks who is on its rows, and how many wait


def _waiting() -> dict:
    """How many quotes wait for review, counted up to a cap (past it the page says "more than")."""
    return {"waiting": Quote.objects.for_review()[: REVIEW_COUNT_CAP + 1].count(), "count_cap": REVIEW_COUNT_CAP}


def _review_rows(queryset):
    """What a queue row shows, its claimer included, in the rows' own query (and one for speakers)."""
    return (queryset.annotate(altered_against_source=Quote.objects.altered_against_source())
            .for_review_rows().select_related("claimed_by"))


@login_required
@permission_required("quotes.change_quote")
@require_GET
def review_queue(request):
    filters = ReviewFilter(request.GET, queryset=Quote.objects.for_review(), request=request)
    # No exact count: on a large archive COUNT(*) over the queue costs more than the page itself.
    number = page_number(request.GET.get("page"), cap=10_000)
    start = (number - 1) * REVIEW_PAGE_SIZE
    quotes = list(_review_rows(filters.qs.order_by("-created_at", "-id"))[start : start + REVIEW_PAGE_SIZE + 1])
    return render(request, "quotes/editing/review_queue.html", {
        "filter": filters, "quotes": quotes[:REVIEW_PAGE_SIZE], "number": number,
        "has_next": len(quotes) > REVIEW_PAGE_SIZE, "poll_seconds": REVIEW_CLAIMS_POLL_SECONDS,
        "others_on": not filters.form.cleaned_data.get("others") and Quote.objects.claimed_by_others(request.user).exists(),
        **_waiting(),
    })


@login_required
@permission_required("quotes.change_quote")
@require_POST
def review_claim(request, pk):
    """An editor starts on a queued quote: it is theirs for REVIEW_CLAIM_MINUTES, unless someone
    else is on it (then the row says who, and offers to take it over)."""
    take_over = request.POST.get("take_over") == "1"
    claimed = Quote.objects.claim(pk, request.user, take_over=take_over)
    quote = get_object_or_404(_review_rows(Quote.objects.all()), pk=pk)
    if request.htmx:
        return render(request, "quotes/editing/review_queue.html#row",
                      {"quote": quote, "expanded": claimed, "next": reverse("review_queue")})
    if claimed:
        return redirect(f"{quote.get_absolute_url()}#quote-tools-{quote.pk}")
    if quote.claim_is_live:
        messages.warning(request, f"{quote.claimed_by_name} is on this quote; take it over from the queue "
                                  f"(with quotes other editors are on).")
    else:
        messages.info(request, "This quote is no longer waiting for review.")
    return redirect(_next_url(request, reverse("review_queue")))


@login_required
@permission_required("quotes.change_quote")
@require_GET
def review_claims(request):
    """Who is on each row of an open queue now, and how many wait: polled, swapped out of band."""
    ids = [int(pk) for pk in request.GET.get("ids", "").split(",")
           if pk.isascii() and pk.isdigit() and len(pk) < 19][:REVIEW_PAGE_SIZE]  # a bigint at most
    # Rows decided meanwhile come too: their claim goes (an empty slot).
    quotes = Quote.objects.filter(pk__in=ids).select_related("claimed_by").only("id", "status", "claimed_by", "claimed_until")
    return render(request, "quotes/editing/review_queue.html#claims", {"quotes": quotes, **_waiting()})
