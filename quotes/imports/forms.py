"""The two ways in: an archive uploaded as files, and one article pasted by hand."""

from django import forms
from django.conf import settings
from django.db import transaction
from django.db.models import Q

from quotes.imports.batches import story_of
from quotes.imports.dedupe import Relation
from quotes.imports.limits import SUPPORTED_EXTENSIONS, extension_of
from quotes.models import Article, NearDuplicateKey, Outlet, content_hash


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ",".join(SUPPORTED_EXTENSIONS)}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data] if data else []
        if not files:
            raise forms.ValidationError("Choose at least one file.", code="required")
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class ImportUploadForm(forms.Form):
    files = MultipleFileField(
        help_text="CSV (title, url, outlet, published, text), JSON Lines, .txt, .html, or a ZIP of any of these.",
    )
    outlet = forms.CharField(
        required=False, max_length=200, label="Default outlet",
        help_text="Used for records that do not name their outlet.",
    )

    def clean_files(self):
        files = self.cleaned_data["files"]
        limit = min(settings.IMPORT_MAX_FILES, settings.DATA_UPLOAD_MAX_NUMBER_FILES or settings.IMPORT_MAX_FILES)
        if len(files) > limit:
            raise forms.ValidationError(f"{len(files)} files chosen; at most {limit} per upload — put more in a ZIP.")
        unsupported = [f.name for f in files if extension_of(f.name) not in SUPPORTED_EXTENSIONS]
        if unsupported:
            raise forms.ValidationError(
                f"Unsupported file type: {', '.join(unsupported[:5])}. Expected {', '.join(SUPPORTED_EXTENSIONS)}."
            )
        return files


class ArticleForm(forms.ModelForm):
    """An article pasted in by hand. The outlet is typed by name and created when new."""

    outlet_name = forms.CharField(label="Outlet", max_length=200, required=False)
    duplicate = None  # the article this one repeats, once clean() found it
    near_duplicate_keys = ()

    class Meta:
        model = Article
        fields = ["title", "outlet_name", "published", "url", "body"]
        widgets = {
            "published": forms.DateInput(attrs={"type": "date"}),
            "body": forms.Textarea(attrs={"rows": 14}),
        }
        labels = {"url": "URL", "body": "Article text"}

    def clean_body(self):
        body = self.cleaned_data["body"].replace("\r\n", "\n").strip()
        if len(body) > settings.ARTICLE_MAX_CHARS:
            raise forms.ValidationError(
                f"The text is {len(body):,} characters long; the limit is {settings.ARTICLE_MAX_CHARS:,}."
            )
        return body

    def clean(self):
        cleaned = super().clean()
        body, url = cleaned.get("body"), cleaned.get("url")
        if body:
            existing = Article.objects.filter(Q(content_hash=content_hash(body)) | (Q(url=url) if url else Q(pk=None)))
            if existing := existing.first():
                self.duplicate = existing  # the form links to it
                raise forms.ValidationError(f"This article is already in the tracker as “{existing.title}”.")
            # Filed in its story as an upload files it: a new version of an article stored before
            # is extracted and linked to it; a syndicated copy is linked, its quotes are the original's.
            relation, related, self.near_duplicate_keys = story_of(body)
            if relation == Relation.COPY:
                self.instance.duplicate_of_id = related
                self.instance.extraction_status = Article.ExtractionStatus.SKIPPED
            elif relation == Relation.VERSION:
                self.instance.previous_version_id = related
        return cleaned

    @transaction.atomic
    def save(self, commit=True):
        name = self.cleaned_data.get("outlet_name", "").strip()
        if name:
            self.instance.outlet, _ = Outlet.objects.get_or_create(name=name)
        article = super().save(commit=commit)
        if commit:  # its keys, so that a later version or copy finds it
            NearDuplicateKey.objects.bulk_create(NearDuplicateKey(article=article, key=key) for key in self.near_duplicate_keys)
        return article
