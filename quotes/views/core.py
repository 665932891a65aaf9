from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from quotes.forms import ArticleForm
from quotes.models import Article, Outlet, Quote, Speaker
from quotes.services import extract_article


@login_required
def home(request):
    latest = Quote.objects.visible().with_people().order_by("-created_at", "-id")[:20]
    articles = Article.objects.select_related("outlet")[:10]
    return render(request, "quotes/home.html", {"latest": latest, "articles": articles})


@login_required
@permission_required("quotes.add_article", raise_exception=True)
@require_http_methods(["GET", "POST"])
def article_create(request):
    form = ArticleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.instance.created_by = request.user
        article = form.save()
        extract_article(article=article)
        if request.htmx:
            response = render(request, "quotes/article_detail.html#article", _article_context(article))
            response["HX-Push-Url"] = article.get_absolute_url()
            return response
        return redirect(article)
    template = "quotes/article_form.html#form" if request.htmx else "quotes/article_form.html"
    return render(request, template, {"form": form, "outlets": Outlet.objects.all()})


@login_required
def article_detail(request, pk):
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    return render(request, "quotes/article_detail.html", _article_context(article))


@login_required
def speaker_detail(request, pk):
    speaker = get_object_or_404(Speaker, pk=pk)
    if speaker.merged_into_id:
        return redirect(speaker.merged_into, permanent=True)
    quotes = speaker.quotes.visible().with_people().order_by("-article__published", "-id")
    page = Paginator(quotes, 25).get_page(request.GET.get("page"))
    return render(request, "quotes/speaker_detail.html", {"speaker": speaker, "page": page})


@login_required
def quote_detail(request, pk):
    quote = get_object_or_404(Quote.objects.with_people(), pk=pk)
    return render(request, "quotes/quote_detail.html", {"quote": quote})


def _article_context(article):
    quotes = list(article.quotes.visible().with_people())
    return {"article": article, "quotes": quotes, "segments": article.highlighted_segments(quotes)}
