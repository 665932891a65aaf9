from django import forms
from django.conf import settings

from quotes.ingest.limits import SUPPORTED_EXTENSIONS, extension_of


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
