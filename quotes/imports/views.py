"""The ways in: an article pasted by hand; bulk upload, the batch page with live progress, its
problem report, retries."""

import csv
from http import HTTPStatus

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import TooManyFilesSent
from django.core.paginator import Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from quotes.imports.forms import ArticleForm, ImportUploadForm
from quotes.imports.limits import human_bytes
from quotes.imports.tasks import request_article_extraction, retry_article, retry_failed, start_batch
from quotes.imports.uploads import ImportUploadHandler, UploadCsrfCheck, create_batch, sweep_stale_uploads
from quotes.models import Article, ImportBatch, ImportProblem, Outlet
from quotes.roles import permission_required


# CSRF is checked in two steps (UploadCsrfCheck): what needs no body before the handler below may
# write anything, the token sent in the form after it, discarding the files if it fails.
@csrf_exempt
@login_required
@permission_required("quotes.add_importbatch")
@require_http_methods(["GET", "POST"])
def upload(request):
    if request.method == "POST":
        if (refused := _CSRF.before_body(request)) is not None:
            return refused
        sweep_stale_uploads()
        size = int(request.META.get("CONTENT_LENGTH") or 0)
        if size > settings.IMPORT_MAX_UPLOAD_BYTES + 64 * 1024:
            return _upload_page(request, ImportUploadForm(), HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                                too_large=f"The upload is {human_bytes(size)}; the limit is "
                                f"{human_bytes(settings.IMPORT_MAX_UPLOAD_BYTES)} (IMPORT_MAX_UPLOAD_BYTES).")
        request.upload_handlers = [ImportUploadHandler(request)]
    try:
        return _upload(request)
    except TooManyFilesSent:
        request.upload_handlers[0].discard()
        return _upload_page(request, ImportUploadForm(), HTTPStatus.BAD_REQUEST,
                            too_large=f"More than {settings.DATA_UPLOAD_MAX_NUMBER_FILES} files in one upload; "
                            "put them in a ZIP archive instead.")


def _upload(request):
    if request.method != "POST":
        return _upload_page(request, ImportUploadForm())
    files = request.FILES  # parse the body now, through the handler set above
    handler = request.upload_handlers[0]
    if (refused := _CSRF.after_body(request)) is not None:
        handler.discard()
        return refused
    if handler.too_large:
        return _upload_page(request, ImportUploadForm(), HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                            too_large=f"The upload is larger than {human_bytes(settings.IMPORT_MAX_UPLOAD_BYTES)} "
                            "(IMPORT_MAX_UPLOAD_BYTES); nothing was stored.")
    form = ImportUploadForm(request.POST, files)
    if not form.is_valid():
        handler.discard()
        return _upload_page(request, form, HTTPStatus.BAD_REQUEST)
    batch = create_batch(files=form.cleaned_data["files"], outlet_name=form.cleaned_data["outlet"], user=request.user,
                         start=start_batch)
    return redirect(batch)


_CSRF = UploadCsrfCheck()


def _upload_page(request, form, status=HTTPStatus.OK, too_large=""):
    past = Paginator(ImportBatch.objects.select_related("created_by"), 20).get_page(request.GET.get("page"))
    context = {"form": form, "past": past, "too_large": too_large,
               "max_upload": human_bytes(settings.IMPORT_MAX_UPLOAD_BYTES)}
    return render(request, "quotes/imports/upload.html", context, status=status)


@login_required
@permission_required("quotes.view_importbatch")
def batch_detail(request, pk):
    batch = get_object_or_404(ImportBatch, pk=pk)
    template = "quotes/imports/batch_detail.html#progress" if request.htmx else "quotes/imports/batch_detail.html"
    return render(request, template, _batch_context(batch))


@login_required
@permission_required("quotes.view_importbatch")
def batch_problems(request, pk, kind):
    """Every problem of one kind, page by page (the batch page shows the first few of each)."""
    batch = get_object_or_404(ImportBatch, pk=pk)
    kinds = PROBLEM_KINDS.get(kind)
    if kinds is None:
        raise Http404("No such kind of problem")
    page = Paginator(batch.problems.filter(kind__in=kinds), PROBLEMS_PAGE).get_page(request.GET.get("page"))
    template = "quotes/imports/batch_problems.html#results" if request.htmx else "quotes/imports/batch_problems.html"
    return render(request, template, {"batch": batch, "page": page, "kind": kind, "heading": PROBLEM_HEADINGS[kind]})


@login_required
@permission_required("quotes.view_importbatch")
def batch_problems_csv(request, pk):
    batch = get_object_or_404(ImportBatch, pk=pk)
    writer = csv.writer(_Echo())
    rows = batch.problems.values_list("file", "line", "kind", "message", "article_id").iterator(chunk_size=2000)
    lines = (writer.writerow([_spreadsheet_safe(cell) for cell in row]) for row in rows)
    header = writer.writerow(["file", "line", "kind", "message", "existing_article"])
    response = StreamingHttpResponse(_prepend(header, lines), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="import-{batch.pk}-problems.csv"'
    return response


@login_required
@permission_required("quotes.change_importbatch")
@require_POST
def batch_retry(request, pk, article_pk=None):
    batch = get_object_or_404(ImportBatch, pk=pk)
    retry_failed(batch, article_id=article_pk)
    if request.htmx:
        return render(request, "quotes/imports/batch_detail.html#progress", _batch_context(batch))
    return redirect(batch)


# The batch page's problem sections, each a kind or two of ImportProblem, with its own full list.
PROBLEM_KINDS = {
    "errors": [ImportProblem.Kind.ERROR],
    "duplicates": [ImportProblem.Kind.DUPLICATE, ImportProblem.Kind.NEAR_DUPLICATE],
    "warnings": [ImportProblem.Kind.WARNING],
}
PROBLEM_HEADINGS = {"errors": "Problems", "duplicates": "Duplicates and syndicated copies", "warnings": "Warnings"}
PROBLEMS_SHOWN, PROBLEMS_PAGE = 20, 100


def _batch_context(batch):
    batch.refresh_from_db()
    quotes, more_quotes = batch.quotes_so_far()
    sections = {}
    for kind, kinds in PROBLEM_KINDS.items():
        shown = list(batch.problems.filter(kind__in=kinds)[:PROBLEMS_SHOWN])
        total = batch.problems.filter(kind__in=kinds).count() if len(shown) == PROBLEMS_SHOWN else len(shown)
        sections[kind] = {"rows": shown, "total": total, "more": total - len(shown)}
    return {
        "batch": batch,
        "progress": batch.progress(),
        "quotes": quotes, "more_quotes": more_quotes,
        "problems": sections["errors"], "duplicates": sections["duplicates"], "warnings": sections["warnings"],
        "failed_articles": batch.articles.filter(extraction_status=Article.ExtractionStatus.FAILED).only(
            "pk", "title", "extraction_error")[:50],
    }


class _Echo:
    def write(self, value):
        return value


def _prepend(first, rest):
    yield first
    yield from rest


def _spreadsheet_safe(cell):
    """Cells a spreadsheet would run as a formula get a leading apostrophe (OWASP CSV injection)."""
    if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return cell


@login_required
@permission_required("quotes.add_article")
@require_http_methods(["GET", "POST"])
def article_create(request):
    form = ArticleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.instance.created_by = request.user
        article = form.save()
        if article.extraction_status == Article.ExtractionStatus.PENDING:  # not a copy, whose quotes are the original's
            request_article_extraction(article.pk)  # a worker extracts it; the page shows the progress
        if request.htmx:
            article.refresh_from_db()
            response = render(request, "quotes/browse/article_detail.html#article", article.page_context())
            response["HX-Push-Url"] = article.get_absolute_url()
            return response
        return redirect(article)
    template = "quotes/imports/article_form.html#form" if request.htmx else "quotes/imports/article_form.html"
    return render(request, template, {"form": form, "outlets": Outlet.objects.all()})


@login_required
@permission_required("quotes.change_article")
@require_POST
def article_retry(request, pk):
    """Extract a failed (or stuck) article again."""
    article = get_object_or_404(Article, pk=pk)
    retry_article(article)
    if request.htmx:
        article.refresh_from_db()
        return render(request, "quotes/browse/article_detail.html#article", article.page_context())
    return redirect(article)
