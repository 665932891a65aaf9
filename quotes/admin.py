from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from quotes.models import (
    Article, Correction, ImportBatch, Outlet, PrimaryDocument, Quote, QuoteCheck, QuoteSpeaker, Source, Speaker, SpeakerAlias,
)
from quotes.roles import ROLE_PERMISSIONS, within_roles


class VersionCheckedForm(forms.ModelForm):
    """The admin's form for a versioned row (quote, speaker): it carries the version the admin
    loaded, and saving over someone else's newer change is refused, as on the editing pages.

    The admin validates and saves in one transaction, so the row is locked from the check to the save.
    """

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            current = type(self.instance).objects.select_for_update().filter(pk=self.instance.pk)
            current = current.values_list("version", flat=True).first()
            loaded = cleaned.get("loaded_version")
            if loaded is not None and current != loaded:
                raise forms.ValidationError(
                    "Someone else changed this %(what)s since you opened it; your change was not saved. "
                    "Reload the page to see their change, then make yours again.",
                    code="edit_conflict", params={"what": self.instance._meta.verbose_name})
            # The same bump as an edit on the editing pages, so their open forms see this change too.
            self.instance.version = (current or 0) + 1
        return cleaned


class VersionedAdmin(SimpleHistoryAdmin):
    form = VersionCheckedForm
    readonly_fields = ["version"]


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
    raw_id_fields = ["import_batch", "duplicate_of", "previous_version", "created_by"]
    readonly_fields = ["content_hash", "extracted_at", "created_at"]
    inlines = [QuoteInline]


class AliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1


@admin.register(Speaker)
class SpeakerAdmin(VersionedAdmin):
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
class QuoteAdmin(VersionedAdmin):
    list_display = ["__str__", "kind", "status", "source", "confidence", "article"]
    list_filter = ["kind", "status", "source__kind", "extractor_version"]
    search_fields = ["text", "speakers__name", "article__title"]
    raw_id_fields = ["article", "source", "first_seen"]
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


# --- users: Admins assign the three roles; everything that grants more is for superusers ----------

User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class RoleUserAdmin(UserAdmin):
    """Django's UserAdmin, as a non-superuser Admin may use it: the account's name, e-mail, whether
    it is active, its password, and which of the three roles it has (quotes/roles.py). The staff,
    superuser and permission fields are for superusers only, and so is every account with more
    power than an Admin (a superuser, individual permissions, a group outside the roles): Admins
    see those read-only, and cannot reset their passwords. No one deletes users here except a
    superuser (the people behind past corrections stay on record)."""

    restricted_fieldsets = (
        (None, {"fields": ("username", "password")}),
        (_("Personal info"), {"fields": ("first_name", "last_name", "email")}),
        (_("Role"), {"fields": ("is_active", "groups"),
                     "description": "Journalists read and export; Editors also correct; Admins also upload and manage users."}),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )

    def get_fieldsets(self, request, obj=None):
        if obj is None or request.user.is_superuser:
            return super().get_fieldsets(request, obj)
        return self.restricted_fieldsets

    def get_readonly_fields(self, request, obj=None):
        if request.user.is_superuser:
            return super().get_readonly_fields(request, obj)
        return ("last_login", "date_joined")

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups" and not request.user.is_superuser:
            kwargs["queryset"] = Group.objects.filter(name__in=ROLE_PERMISSIONS).order_by("name")
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_list_filter(self, request):
        return super().get_list_filter(request) if request.user.is_superuser else ("is_active", "groups")

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if not allowed or obj is None or request.user.is_superuser:
            return allowed
        return within_roles(User.objects.filter(pk=obj.pk)).exists()

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser and super().has_delete_permission(request, obj)
