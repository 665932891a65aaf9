"""What the API answers with. Reads only: writes go through the web's forms and workflows
(quotes/editing/forms.py, quotes/imports/forms.py), so the API and the pages validate alike."""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from quotes.models import Article, Correction, ImportBatch, Outlet, Source, Speaker


def _absolute(request, path: str) -> str:
    return request.build_absolute_uri(path) if request is not None else path


@extend_schema_field(OpenApiTypes.URI)
class Link(serializers.Field):
    """An absolute link made from the object: Link(lambda quote: quote.get_absolute_url())."""

    def __init__(self, path, **kwargs):
        self.path = path
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, obj):
        return _absolute(self.context.get("request"), self.path(obj))


def _api(name):
    return lambda obj: reverse(f"api:{name}", args=[obj.pk])


def _permalink(obj):
    return obj.get_absolute_url()


class OutletSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name"]


class SourceSerializer(serializers.ModelSerializer):
    label = serializers.CharField(source="full_label", help_text="The label with who issued it: “Jane Doe, statement”.")
    issuer = serializers.SerializerMethodField()

    class Meta:
        model = Source
        fields = ["id", "label", "kind", "issuer"]

    @extend_schema_field({"type": "object", "nullable": True, "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}})
    def get_issuer(self, source):
        return {"id": source.issuer_id, "name": source.issuer.name} if source.issuer_id else None


class SourceRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    label = serializers.CharField()


class SpeakerRefSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="speaker_id")
    name = serializers.CharField(source="speaker.name")


class QuoteSpeakerSerializer(SpeakerRefSerializer):
    """A speaker of one quote, with the words that named them there (the mention)."""

    mention = serializers.CharField()
    mention_start = serializers.IntegerField(allow_null=True)
    mention_end = serializers.IntegerField(allow_null=True)


class ArticleRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    outlet = serializers.CharField(source="outlet.name", default=None)


class QuoteFieldsSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    text = serializers.CharField()
    kind = serializers.CharField()
    status = serializers.CharField()
    dated = serializers.DateField()
    speakers = SpeakerRefSerializer(source="quote_speakers.all", many=True)
    source = serializers.SerializerMethodField()
    article = ArticleRefSerializer()
    url = Link(_api("quote-detail"))
    permalink = Link(_permalink)

    @extend_schema_field(SourceRefSerializer(allow_null=True))
    def get_source(self, quote):
        return {"id": quote.source_id, "label": quote.source.full_label} if quote.source_id else None


class QuoteListSerializer(QuoteFieldsSerializer):
    """A row of a quote list (QuoteQuerySet.for_list() reads exactly these columns)."""

    def to_representation(self, quote):
        """The declared fields, read directly: DRF's generic machinery for the nested speakers and
        article took most of a list request's time (bench/api.py); the fields above stay the schema."""
        article, build = quote.article, self.context["request"].build_absolute_uri
        return {
            "id": quote.pk, "text": quote.text, "kind": quote.kind, "status": quote.status,
            "dated": quote.dated.isoformat(),
            "speakers": [{"id": link.speaker_id, "name": link.speaker.name} for link in quote.quote_speakers.all()],
            "source": {"id": quote.source_id, "label": quote.source.full_label} if quote.source_id else None,
            "article": {"id": article.pk, "title": article.title,
                        "outlet": article.outlet.name if article.outlet_id else None},
            "url": build(reverse("api:quote-detail", args=[quote.pk])), "permalink": build(quote.get_absolute_url()),
        }


class ArticleSummarySerializer(serializers.ModelSerializer):
    outlet = serializers.CharField(source="outlet.name", default=None)

    class Meta:
        model = Article
        fields = ["id", "title", "outlet", "published", "url", "extraction_status"]


class QuoteDetailSerializer(QuoteFieldsSerializer):
    speakers = QuoteSpeakerSerializer(source="quote_speakers.all", many=True)
    source = SourceSerializer(allow_null=True)
    article = ArticleSummarySerializer()
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    cue = serializers.CharField()
    confidence = serializers.FloatField()
    version = serializers.IntegerField(help_text="Send it back with a correction: a stale version answers 409.")
    review_status = serializers.CharField(source="get_status_display")
    citation = serializers.CharField()
    corrections = Link(_api("quote-corrections"))


class AliasSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    confirmed = serializers.BooleanField()


class SpeakerListSerializer(serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)
    url = Link(_api("speaker-detail"))

    class Meta:
        model = Speaker
        fields = ["id", "name", "kind", "role", "affiliation", "aliases", "quote_count", "last_quoted_at", "url"]


class SpeakerDetailSerializer(SpeakerListSerializer):
    aliases = AliasSerializer(many=True)
    permalink = Link(_permalink)
    quotes = Link(lambda speaker: f"{reverse('api:quote-list')}?speaker={speaker.pk}")
    feed = Link(lambda speaker: reverse("speaker_feed", args=[speaker.pk]))

    class Meta(SpeakerListSerializer.Meta):
        fields = [*SpeakerListSerializer.Meta.fields, "version", "needs_review", "permalink", "quotes", "feed"]


class ArticleDetailSerializer(ArticleSummarySerializer):
    quotes = serializers.SerializerMethodField()
    permalink = Link(_permalink)

    class Meta(ArticleSummarySerializer.Meta):
        fields = [*ArticleSummarySerializer.Meta.fields, "dateline", "body", "permalink", "quotes"]

    @extend_schema_field(QuoteDetailSerializer(many=True))
    def get_quotes(self, article):
        quotes = article.quotes.visible().with_people().order_by("start")
        return QuoteDetailSerializer(quotes, many=True, context=self.context).data


class ArticleStatusSerializer(serializers.ModelSerializer):
    quote_count = serializers.SerializerMethodField()
    article = Link(_api("article-detail"))

    class Meta:
        model = Article
        fields = ["id", "extraction_status", "extraction_error", "quote_count", "article"]

    def get_quote_count(self, article) -> int:
        return article.quotes.visible().count()


class ArticleInputSerializer(serializers.Serializer):
    """For the schema only: the view validates with quotes.imports.forms.ArticleForm."""

    title = serializers.CharField(max_length=500)
    body = serializers.CharField()
    outlet = serializers.CharField(max_length=200, required=False)
    published = serializers.DateField(required=False)
    url = serializers.URLField(required=False)


class CorrectionSerializer(serializers.ModelSerializer):
    user = serializers.CharField(source="user.get_username", default=None)
    action_display = serializers.CharField(source="get_action_display")
    reverted = serializers.SerializerMethodField()
    undo = Link(_api("correction-undo"))

    class Meta:
        model = Correction
        fields = ["id", "action", "action_display", "old_display", "new_display", "reason", "user", "created_at",
                  "quote", "speaker", "reverted", "undo"]

    def get_reverted(self, correction) -> bool:
        return correction.reverted_by_id is not None


class CorrectionInputSerializer(serializers.Serializer):
    """For the schema only: the fields of the web's correction form for `action` (the view validates
    with quotes.editing.forms.QUOTE_FORMS / SPEAKER_FORMS)."""

    action = serializers.CharField(help_text="Quotes: speaker, add-speaker, remove-speaker, source, kind, span, review. "
                                             "Speakers: details, add-alias, remove-alias, split-alias, merge.")
    version = serializers.IntegerField(required=False, help_text="Quotes: the version you read.")
    reason = serializers.CharField(required=False)


class ImportBatchSerializer(serializers.ModelSerializer):
    progress = serializers.SerializerMethodField()
    status_url = Link(_api("import-detail"))
    page = Link(_permalink)

    class Meta:
        model = ImportBatch
        fields = ["id", "status", "original_name", "format", "created_at", "started_at", "finished_at", "progress",
                  "status_url", "page"]

    @extend_schema_field(OpenApiTypes.OBJECT)
    def get_progress(self, batch):
        progress = batch.progress()
        return {name: getattr(progress, name) for name in (
            "parsed", "created", "duplicates", "near_duplicates", "errors", "pending", "running", "extracted", "failed",
            "percent")}


class ImportInputSerializer(serializers.Serializer):
    files = serializers.ListField(child=serializers.FileField())
    outlet = serializers.CharField(required=False)
