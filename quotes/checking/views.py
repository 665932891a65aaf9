"""Primary documents: the list, attaching one (editors), a document's page with its coverage map
and the progress of its check, and checking it again."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from quotes.checking import coverage, tasks
from quotes.checking.forms import DocumentForm
from quotes.models import PrimaryDocument
from quotes.roles import permission_required


@login_required
def document_list(request):
    documents = PrimaryDocument.objects.select_related("issuer")
    page = Paginator(documents, 30).get_page(request.GET.get("page"))
    return render(request, "quotes/checking/document_list.html", {"page": page})


@login_required
@permission_required("quotes.add_primarydocument")
def document_add(request):
    form = DocumentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        form.instance.created_by = request.user
        with transaction.atomic():
            document = form.save()
            tasks.start_document_check(document.pk)
        return redirect(document)
    return render(request, "quotes/checking/document_form.html", {"form": form},
                  status=400 if form.is_bound else 200)


@login_required
def document_detail(request, pk):
    document = get_object_or_404(PrimaryDocument.objects.select_related("issuer"), pk=pk)
    if request.htmx and request.GET.get("progress"):
        return render(request, "quotes/checking/document_detail.html#progress", {"document": document})
    found = coverage.passages(document)
    context = {"document": document, "passages": found, "segments": coverage.segments(document.text, found),
               "results": document.checks.order_by("result").values("result").annotate(n=Count("id"))}
    return render(request, "quotes/checking/document_detail.html", context)


@login_required
@permission_required("quotes.change_primarydocument")
@require_POST
def document_recheck(request, pk):
    document = get_object_or_404(PrimaryDocument, pk=pk)
    with transaction.atomic():
        tasks.start_document_check(document.pk)
    return redirect(document)
