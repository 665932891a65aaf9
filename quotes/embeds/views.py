"""The quote card (the one page other sites may frame) and the oEmbed endpoint."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import Resolver404, resolve
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from quotes.embeds.access import login_required_unless_public
from quotes.embeds.markup import oembed
from quotes.models import Quote

CSP_MIDDLEWARE = "django.middleware.csp.ContentSecurityPolicyMiddleware"


def _embeddable(pk):
    """Rejected quotes are never embedded, whoever asks."""
    return get_object_or_404(Quote.objects.visible().with_people(), pk=pk)


def _frameable(response):
    """Any site may frame the card: X-Frame-Options off, CSP frame-ancestors * (merged into the
    project's policy when Django's CSP middleware sets one)."""
    if CSP_MIDDLEWARE in settings.MIDDLEWARE:
        policy = dict(getattr(settings, "SECURE_CSP", {}) or {})
        policy["frame-ancestors"] = ["*"]
        response._csp_config = policy
    else:
        response["Content-Security-Policy"] = "frame-ancestors *"
    return response


@xframe_options_exempt
@login_required_unless_public
@require_GET
def quote_card(request, pk):
    quote = _embeddable(pk)
    return _frameable(render(request, "quotes/embeds/card.html", {"quote": quote}))


def _int(value):
    return int(value) if value and value.isdigit() else None


@login_required_unless_public
@require_GET
def oembed_endpoint(request):
    if request.GET.get("format", "json") != "json":
        return HttpResponse("Only format=json is offered.", status=501, content_type="text/plain")
    parts = urlsplit(request.GET.get("url", ""))
    if parts.netloc and parts.netloc != request.get_host():
        raise Http404("Not a quote of this site.")
    try:
        match = resolve(parts.path or "/")
    except Resolver404:
        raise Http404("Not a quote of this site.") from None
    if match.url_name not in ("quote_detail", "quote_card"):
        raise Http404("Not a quote of this site.")
    quote = _embeddable(match.kwargs["pk"])
    data = oembed(quote, request, maxwidth=_int(request.GET.get("maxwidth")), maxheight=_int(request.GET.get("maxheight")))
    return JsonResponse(data)
