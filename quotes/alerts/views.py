"""Feeds, saved searches and their alerts: the pages of a user's own saved searches, and the
one-click unsubscribe link of the e-mails (signed: it needs no login)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from quotes.alerts.feeds import QuoteFeed, SpeakerFeed
from quotes.alerts.forms import SavedSearchForm
from quotes.alerts.matching import newest_quote_id, search_for_token
from quotes.api.auth import login_or_token_required
from quotes.models import SavedSearch
from quotes.models.alerts import clean_query


@login_or_token_required
def quote_feed(request):
    return QuoteFeed()(request)


@login_or_token_required
def speaker_feed(request, pk):
    return SpeakerFeed()(request, pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def saved_search_list(request):
    """The user's saved searches; POST saves a new one (the quote list's "Save this search" form)."""
    form = SavedSearchForm(request.POST or None, initial={"query": clean_query(request.GET.urlencode())})
    if request.method == "POST" and form.is_valid():
        form.instance.user = request.user
        form.instance.checked_through = newest_quote_id()  # alerts start from now, not the whole archive
        search = form.save()
        messages.success(request, f"Saved “{search.name}”.")
        return redirect(search)
    searches = request.user.saved_searches.all()
    status = 400 if form.errors else 200
    return render(request, "quotes/alerts/saved_search_list.html", {"form": form, "searches": searches}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def saved_search_detail(request, pk):
    search = get_object_or_404(SavedSearch, pk=pk, user=request.user)
    form = SavedSearchForm(request.POST or None, instance=search)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect(search)
    context = {"search": search, "form": form, "deliveries": search.deliveries.all()[:50]}
    return render(request, "quotes/alerts/saved_search_detail.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def saved_search_delete(request, pk):
    search = get_object_or_404(SavedSearch, pk=pk, user=request.user)
    search.delete()
    messages.success(request, f"Deleted “{search.name}”.")
    return redirect("saved_search_list")


@csrf_exempt  # the signed token is the credential; mail clients POST here for one-click unsubscribe (RFC 8058)
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """One click from the e-mail: e-mail alerts for this search stop (webhooks, if any, go on)."""
    search = search_for_token(token)
    if search is None:
        return render(request, "quotes/alerts/unsubscribed.html", {"search": None}, status=404)
    search.email = SavedSearch.Email.OFF
    search.save(update_fields=["email"])
    return render(request, "quotes/alerts/unsubscribed.html", {"search": search})
