from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from quotes.models import (
    Article, Correction, ImportBatch, Outlet, PrimaryDocument, Quote, QuoteCheck, QuoteSpeaker, Source, Speaker, SpeakerAlias,
)


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain"]
    search_fields = ["name", "domain"]


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = ["id", "original_name", "status", "created_by", "created_at", "created_count", "error_count"]
    list_filter = ["status", "format", "created_at"]
    search_fields = ["original_name"]
    readonly_fields = ["created_at", "started_at", "finished_at"]


class QuoteInline(admin.TabularInline):
    model = Quote
    fields = ["text", "kind", "status", "source", "confidence"]
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published", "extraction_status", "extractor_version"]
    list_filter = ["extraction_status", "outlet", "published"]
    search_fields = ["title", "url", "body"]
    date_hierarchy = "published"
    raw_id_fields = ["import_batch", "duplicate_of", "created_by"]
    readonly_fields = ["content_hash", "extracted_at", "created_at"]
    inlines = [QuoteInline]


class AliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1


@admin.register(Speaker)
class SpeakerAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "role", "affiliation", "needs_review"]
    list_filter = ["kind", "needs_review"]
    search_fields = ["name", "role", "affiliation", "aliases__name"]
    raw_id_fields = ["merged_into"]
    inlines = [AliasInline]


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(SimpleHistoryAdmin):
    list_display = ["name", "speaker", "confirmed"]
    list_filter = ["confirmed"]
    search_fields = ["name", "speaker__name"]
    raw_id_fields = ["speaker"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["label", "kind", "issuer"]
    list_filter = ["kind"]
    search_fields = ["label", "issuer__name"]
    raw_id_fields = ["issuer", "document"]


@admin.register(PrimaryDocument)
class PrimaryDocumentAdmin(admin.ModelAdmin):
    """Attached at /documents/add/ (which starts the check); here to correct a title or a date."""

    list_display = ["title", "kind", "issuer", "issued", "check_status", "check_done", "check_total"]
    list_filter = ["kind", "check_status"]
    search_fields = ["title", "issuer__name", "url"]
    raw_id_fields = ["issuer", "participants", "created_by"]
    readonly_fields = ["check_status", "check_total", "check_done", "check_error", "checked_at", "created_at"]


@admin.register(QuoteCheck)
class QuoteCheckAdmin(admin.ModelAdmin):
    """Verdicts are the aligner's: read-only here, recomputed by checking the document again."""

    list_display = ["quote", "document", "result", "negation_changed", "score"]
    list_filter = ["result", "negation_changed"]
    raw_id_fields = ["quote", "document"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


class QuoteSpeakerInline(admin.TabularInline):
    model = QuoteSpeaker
    raw_id_fields = ["speaker"]
    extra = 0


@admin.register(Quote)
class QuoteAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "kind", "status", "source", "confidence", "article"]
    list_filter = ["kind", "status", "source__kind", "extractor_version"]
    search_fields = ["text", "speakers__name", "article__title"]
    raw_id_fields = ["article", "source"]
    readonly_fields = ["created_at", "updated_at", "version"]
    inlines = [QuoteSpeakerInline]


@admin.register(QuoteSpeaker)
class QuoteSpeakerAdmin(admin.ModelAdmin):
    list_display = ["speaker", "quote", "mention"]
    search_fields = ["speaker__name", "mention", "quote__text"]
    raw_id_fields = ["speaker", "quote"]


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    """Editors' change log, read-only: changes are made and undone on the quote and speaker pages."""

    list_display = ["created_at", "user", "action", "quote", "speaker", "old_display", "new_display", "reason"]
    list_filter = ["action", "created_at"]
    search_fields = ["old_display", "new_display", "reason", "user__username"]
    raw_id_fields = ["quote", "speaker", "other_speaker", "user", "reverted_by"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
