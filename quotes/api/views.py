"""/api/v1/: short views over the same filters, forms and workflows as the web pages.

Each view names the permission each method needs (`required_perms`, checked by RolePermission
before any lookup); a form's errors answer 400 with the fields, a stale version 409.
"""

from http import HTTPStatus

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.http import urlencode
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import exceptions, generics, serializers
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param
from rest_framework.views import APIView

from quotes.api import serializers as out
from quotes.api.errors import Conflict
from quotes.browse.filters import QuoteFilter, SpeakerFilter
from quotes.editing import workflows
from quotes.editing.forms import QUOTE_FORMS, SPEAKER_FORMS
from quotes.imports.forms import ArticleForm, ImportUploadForm
from quotes.imports.tasks import request_article_extraction, start_batch
from quotes.imports.uploads import create_batch
from quotes.models import Article, Correction, ImportBatch, Quote, Source, Speaker

VIEW_QUOTES = {"GET": "quotes.view_quote"}


class Pages(BasePagination):
    """Numbered pages (`page`, `per` up to 100) with next/previous links and no COUNT(*): a page
    reads one row more than it shows to know whether another follows."""

    def paginate_queryset(self, queryset, request, view=None):
        self.request, self.size = request, _page_size(request)
        try:
            self.number = max(1, min(int(request.query_params.get("page", 1)), 100_000))
        except ValueError:
            raise exceptions.ValidationError({"page": ["A page number."]}) from None
        start = (self.number - 1) * self.size
        rows = list(queryset[start : start + self.size + 1])
        self.has_next = len(rows) > self.size
        return rows[: self.size]

    def get_paginated_response(self, data):
        def link(number):
            return replace_query_param(self.request.build_absolute_uri(), "page", number)

        return Response({"next": link(self.number + 1) if self.has_next else None,
                         "previous": link(self.number - 1) if self.number > 1 else None, "results": data})

    def get_paginated_response_schema(self, schema):
        return {"type": "object", "required": ["results"], "properties": {
            "next": {"type": "string", "format": "uri", "nullable": True},
            "previous": {"type": "string", "format": "uri", "nullable": True}, "results": schema}}


def _form_errors(form) -> exceptions.ValidationError:
    return exceptions.ValidationError({name: list(errors) for name, errors in form.errors.items()})


# --- quotes -----------------------------------------------------------------------------------

QUOTE_FILTERS = [
    OpenApiParameter("q", str, description='Search in websearch syntax: words, "a phrase", -excluded, or.'),
    OpenApiParameter("speaker", int), OpenApiParameter("outlet", int),
    OpenApiParameter("date_from", OpenApiTypes.DATE), OpenApiParameter("date_to", OpenApiTypes.DATE),
    OpenApiParameter("source_kind", str), OpenApiParameter("kind", str, enum=Quote.Kind.values),
    OpenApiParameter("verified", bool),
    OpenApiParameter("sort", str, enum=["relevance", "newest"],
                     description="A search is ranked best first among the most recent matches unless newest."),
    OpenApiParameter("cursor", str, description="From the previous answer's next/previous link."),
    OpenApiParameter("per", int, description="Quotes per page, at most 100."),
]


def _page_size(request) -> int:
    try:
        return max(1, min(int(request.query_params.get("per", settings.API_PAGE_SIZE)), 100))
    except ValueError:
        return settings.API_PAGE_SIZE


def _cursor_args(cursor: str) -> dict:
    """An opaque cursor: "a<date>_<id>" (after), "b<date>_<id>" (before) or "r<n>" (ranked page)."""
    kind, value = cursor[:1], cursor[1:]
    return {"after": value if kind == "a" else None, "before": value if kind == "b" else None,
            "page": value if kind == "r" else None}


class QuoteList(APIView):
    required_perms = VIEW_QUOTES

    @extend_schema(operation_id="v1_quotes_list", parameters=QUOTE_FILTERS, responses=inline_serializer("QuotePage", {
        "next": serializers.URLField(allow_null=True), "previous": serializers.URLField(allow_null=True),
        "ranked": serializers.BooleanField(), "results": out.QuoteListSerializer(many=True)}))
    def get(self, request):
        filters = QuoteFilter(request.query_params, queryset=Quote.objects.visible())
        if not filters.is_valid():
            raise _form_errors(filters.form)
        args = _cursor_args(request.query_params.get("cursor", ""))
        page, ranked = filters.listing(sort=request.query_params.get("sort"), page=args["page"], after=args["after"],
                                       before=args["before"], number=2 if args["after"] else 1,
                                       size=_page_size(request))
        if ranked:
            after = f"r{page.next_page_number()}" if page.has_next() else None
            before = f"r{page.previous_page_number()}" if page.has_previous() else None
        else:
            after = f"a{page.next_cursor}" if page.has_next else None
            before = f"b{page.previous_cursor}" if page.has_previous else None
        return Response({
            "next": self._link(request, after), "previous": self._link(request, before), "ranked": ranked,
            "results": out.QuoteListSerializer(list(page), many=True, context={"request": request}).data,
        })

    @staticmethod
    def _link(request, cursor):
        if cursor is None:
            return None
        params = {key: value for key, value in request.query_params.items() if key != "cursor"}
        return request.build_absolute_uri(f"{request.path}?{urlencode({**params, 'cursor': cursor})}")


class QuoteDetail(APIView):
    required_perms = VIEW_QUOTES

    @extend_schema(responses=out.QuoteDetailSerializer)
    def get(self, request, pk):
        quote = get_object_or_404(Quote.objects.readable_by(request.user).with_people(), pk=pk)
        return Response(out.QuoteDetailSerializer(quote, context={"request": request}).data)


def _quote_data(request, pk) -> dict:
    quote = Quote.objects.with_people().filter(pk=pk).first()
    return out.QuoteDetailSerializer(quote, context={"request": request}).data if quote else None


class QuoteCorrections(APIView):
    """A quote's history (GET), or one correction, as the web's forms make them (POST)."""

    required_perms = {"GET": "quotes.view_correction", "POST": "quotes.change_quote"}

    @extend_schema(responses=out.CorrectionSerializer(many=True))
    def get(self, request, pk):
        quote = get_object_or_404(Quote.objects.readable_by(request.user), pk=pk)
        return Response(out.CorrectionSerializer(quote.correction_log(), many=True, context={"request": request}).data)

    @extend_schema(request=out.CorrectionInputSerializer, responses={200: OpenApiTypes.OBJECT, 409: OpenApiTypes.OBJECT})
    def post(self, request, pk):
        form_class = QUOTE_FORMS.get(request.data.get("action", ""))
        if form_class is None:
            raise exceptions.ValidationError({"action": [f"Choose one of: {', '.join(QUOTE_FORMS)}."]})
        quote = get_object_or_404(Quote.objects.select_related("article"), pk=pk)
        form = form_class(request.data, quote=quote)
        if not form.is_valid():
            raise _form_errors(form)
        if not form.permitted(request.user):
            raise PermissionDenied
        try:
            correction = form.apply(request.user)
        except workflows.EditConflict as conflict:
            raise Conflict(str(conflict), current=_quote_data(request, pk)) from None
        except workflows.EditRefused as refused:
            raise exceptions.ValidationError({"non_field_errors": [str(refused)]}) from None
        return _corrected(request, correction, quote=_quote_data(request, pk))


def _corrected(request, correction, **current) -> Response:
    data = out.CorrectionSerializer(correction, context={"request": request}).data if correction else None
    return Response({"correction": data, **current},
                    status=HTTPStatus.CREATED if correction else HTTPStatus.OK)


class CorrectionUndo(APIView):
    required_perms = {"POST": "quotes.change_quote"}

    @extend_schema(request=None, responses={201: out.CorrectionSerializer, 409: OpenApiTypes.OBJECT})
    def post(self, request, pk):
        correction = get_object_or_404(Correction.objects.select_related("quote", "speaker"), pk=pk)
        if correction.speaker_id and not request.user.has_perm("quotes.change_speaker"):
            raise PermissionDenied
        try:
            undo = workflows.revert(correction=correction, user=request.user)
        except workflows.EditConflict as conflict:
            raise Conflict(str(conflict), current=_quote_data(request, correction.quote_id)) from None
        except workflows.EditRefused as refused:
            raise Conflict(str(refused)) from None
        return _corrected(request, undo)


# --- speakers and sources ---------------------------------------------------------------------

class SpeakerList(generics.ListAPIView):
    required_perms = {"GET": "quotes.view_speaker"}
    serializer_class = out.SpeakerListSerializer
    pagination_class = Pages

    @extend_schema(parameters=[OpenApiParameter("q", str, description="Part of a name or alias."),
                               OpenApiParameter("kind", str, enum=Speaker.Kind.values),
                               OpenApiParameter("role", str),
                               OpenApiParameter("sort", str, enum=list(SpeakerFilter.SORTS))])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        filters = SpeakerFilter(self.request.query_params,
                                queryset=Speaker.objects.current().prefetch_related("aliases"))
        if not filters.is_valid():
            raise _form_errors(filters.form)
        return filters.qs


class SpeakerDetail(generics.RetrieveAPIView):
    required_perms = {"GET": "quotes.view_speaker"}
    serializer_class = out.SpeakerDetailSerializer
    queryset = Speaker.objects.prefetch_related("aliases")


class SpeakerCorrections(APIView):
    required_perms = {"GET": "quotes.view_correction", "POST": "quotes.change_speaker"}

    @extend_schema(responses=out.CorrectionSerializer(many=True))
    def get(self, request, pk):
        speaker = get_object_or_404(Speaker, pk=pk)
        return Response(out.CorrectionSerializer(speaker.correction_log(), many=True, context={"request": request}).data)

    @extend_schema(request=out.CorrectionInputSerializer, responses={201: OpenApiTypes.OBJECT})
    def post(self, request, pk):
        form_class = SPEAKER_FORMS.get(request.data.get("action", ""))
        if form_class is None:
            raise exceptions.ValidationError({"action": [f"Choose one of: {', '.join(SPEAKER_FORMS)}."]})
        speaker = get_object_or_404(Speaker, pk=pk, merged_into=None)
        form = form_class(request.data, speaker=speaker)
        if not form.is_valid():
            raise _form_errors(form)
        if form.creates_speaker and not request.user.has_perm("quotes.add_speaker"):
            raise PermissionDenied
        try:
            corrections = form.apply(request.user)
        except workflows.EditConflict as conflict:  # speakers carry a version too once the forms send it
            raise Conflict(str(conflict)) from None
        except workflows.EditRefused as refused:
            raise exceptions.ValidationError({"non_field_errors": [str(refused)]}) from None
        first = corrections[0] if isinstance(corrections, list) and corrections else corrections or None
        speaker.refresh_from_db()
        return _corrected(request, first, speaker=out.SpeakerDetailSerializer(
            speaker.merged_into or speaker, context={"request": request}).data)


class SourceList(generics.ListAPIView):
    required_perms = {"GET": "quotes.view_source"}
    serializer_class = out.SourceSerializer
    pagination_class = Pages

    @extend_schema(parameters=[OpenApiParameter("q", str, description="Part of the label.")])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        sources = Source.objects.select_related("issuer").order_by("label", "id")
        text = self.request.query_params.get("q", "").strip()[:300]
        return sources.filter(label__icontains=text) if text else sources


class SourceDetail(generics.RetrieveAPIView):
    required_perms = {"GET": "quotes.view_source"}
    serializer_class = out.SourceSerializer
    queryset = Source.objects.select_related("issuer")


# --- articles and imports ---------------------------------------------------------------------

class ArticleCreate(APIView):
    required_perms = {"POST": "quotes.add_article"}

    @extend_schema(request=out.ArticleInputSerializer, responses={202: out.ArticleStatusSerializer})
    def post(self, request):
        data = {name: request.data.get(name, "") for name in ("title", "body", "published", "url")}
        data["outlet_name"] = request.data.get("outlet", "")
        form = ArticleForm(data)
        if not form.is_valid():
            raise _form_errors(form)
        with transaction.atomic():
            form.instance.created_by = request.user
            form.instance.extraction_status = Article.ExtractionStatus.PENDING
            article = form.save()
            transaction.on_commit(lambda: request_article_extraction(article.pk))
        status_url = request.build_absolute_uri(reverse("api:article-status", args=[article.pk]))
        return Response(out.ArticleStatusSerializer(article, context={"request": request}).data,
                        status=HTTPStatus.ACCEPTED, headers={"Location": status_url})


class ArticleDetail(generics.RetrieveAPIView):
    required_perms = {"GET": "quotes.view_article"}
    serializer_class = out.ArticleDetailSerializer
    queryset = Article.objects.select_related("outlet")


class ArticleStatus(generics.RetrieveAPIView):
    required_perms = {"GET": "quotes.view_article"}
    serializer_class = out.ArticleStatusSerializer
    queryset = Article.objects.all()


class ImportList(generics.ListCreateAPIView):
    required_perms = {"GET": "quotes.view_importbatch", "POST": "quotes.add_importbatch"}
    serializer_class = out.ImportBatchSerializer
    pagination_class = Pages
    queryset = ImportBatch.objects.order_by("-created_at", "-id")

    @extend_schema(request={"multipart/form-data": out.ImportInputSerializer}, responses={202: out.ImportBatchSerializer})
    def post(self, request):
        size = int(request.META.get("CONTENT_LENGTH") or 0)
        if size > settings.IMPORT_MAX_UPLOAD_BYTES + 64 * 1024:
            raise exceptions.ValidationError({"files": [
                f"The upload is {size} bytes; the limit is {settings.IMPORT_MAX_UPLOAD_BYTES} (IMPORT_MAX_UPLOAD_BYTES)."]})
        form = ImportUploadForm({"outlet": request.data.get("outlet", "")}, request.FILES)
        if not form.is_valid():
            raise _form_errors(form)
        batch = create_batch(files=form.cleaned_data["files"], outlet_name=form.cleaned_data["outlet"],
                             user=request.user, start=start_batch)
        data = out.ImportBatchSerializer(batch, context={"request": request}).data
        return Response(data, status=HTTPStatus.ACCEPTED, headers={"Location": data["status_url"]})


class ImportDetail(generics.RetrieveAPIView):
    required_perms = {"GET": "quotes.view_importbatch"}
    serializer_class = out.ImportBatchSerializer
    queryset = ImportBatch.objects.all()
