from django.contrib.auth.decorators import login_required, permission_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from quotes.forms import ArticleForm
from quotes.models import Outlet
from quotes.services import extract_article
from quotes.views.browse import article_context


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
            response = render(request, "quotes/article_detail.html#article", article_context(article))
            response["HX-Push-Url"] = article.get_absolute_url()
            return response
        return redirect(article)
    template = "quotes/article_form.html#form" if request.htmx else "quotes/article_form.html"
    return render(request, template, {"form": form, "outlets": Outlet.objects.all()})
