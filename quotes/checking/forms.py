"""Attaching a primary document: its text pasted or uploaded, what it is, who issued it, when."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.urls import reverse_lazy

from quotes.checking.reading import EXTENSIONS, read_upload
from quotes.editing.forms import find_speakers
from quotes.models import PrimaryDocument, Source, normalize_name


def _one_speaker(name: str):
    matches = list(find_speakers(name)[:5])
    if not matches:
        raise forms.ValidationError(f"No speaker is called “{name}”.")
    if len(matches) > 1:
        raise forms.ValidationError(f"Several speakers go by “{name}”: " + ", ".join(str(s) for s in matches) + ".")
    return matches[0]


class DocumentForm(forms.ModelForm):
    issuer_name = forms.CharField(label="Issued by", max_length=200, help_text="A speaker's name or alias.",
                                  widget=forms.TextInput(attrs={
                                      "autocomplete": "off", "list": "speaker-options", "hx-get": reverse_lazy("speaker_autocomplete"),
                                      "hx-trigger": "input changed delay:200ms", "hx-target": "#speaker-options",
                                      "hx-swap": "innerHTML", "hx-sync": "this:replace"}))
    participant_names = forms.CharField(
        label="Also speaking in it", required=False, widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One speaker per line: the other side of a call, an interviewee. Their quotes are checked too.",
    )
    source_labels = forms.CharField(
        label="Sources that are this document", required=False, widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One source label per line, as articles name it (e.g. “presidency readout”).",
    )
    text = forms.CharField(label="Text (paste it)", required=False, widget=forms.Textarea(attrs={"rows": 12}))
    upload = forms.FileField(label="…or upload it", required=False,
                             help_text=f"{', '.join(EXTENSIONS)}, up to {filesizeformat(settings.DOCUMENT_MAX_UPLOAD_BYTES)}.",
                             widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}))

    class Meta:
        model = PrimaryDocument
        fields = ["title", "kind", "issued", "url", "text"]
        widgets = {"issued": forms.DateInput(attrs={"type": "date"})}
        labels = {"issued": "Date", "url": "URL"}

    def clean_issuer_name(self):
        return _one_speaker(self.cleaned_data["issuer_name"].strip())

    def clean_participant_names(self):
        names = [line.strip() for line in self.cleaned_data["participant_names"].splitlines() if line.strip()]
        return [_one_speaker(name) for name in names[:20]]

    def clean_source_labels(self):
        labels = [line.strip() for line in self.cleaned_data["source_labels"].splitlines() if line.strip()][:20]
        sources = []
        for label in labels:
            found = list(Source.objects.filter(normalized=normalize_name(label)))
            if not found:
                raise forms.ValidationError(f"No source is labelled “{label}”.")
            sources += found
        return sources

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("upload")
        if upload:
            if upload.size > settings.DOCUMENT_MAX_UPLOAD_BYTES:
                self.add_error("upload", f"The file is larger than {filesizeformat(settings.DOCUMENT_MAX_UPLOAD_BYTES)}.")
                return cleaned
            text, error = read_upload(upload.name, upload.read())
            if error:
                self.add_error("upload", f"{upload.name}: {error}.")
                return cleaned
            cleaned["text"] = text
        if not (cleaned.get("text") or "").strip() and not self.has_error("upload"):
            self.add_error("text", "Paste the document's text or upload a file.")
        elif len(cleaned.get("text") or "") > settings.ARTICLE_MAX_CHARS * 5:
            self.add_error("text", "The document is too long.")
        return cleaned

    def save(self, commit=True):
        document = super().save(commit=False)
        document.text = self.cleaned_data["text"].strip()
        document.issuer = self.cleaned_data["issuer_name"]
        if commit:
            document.save()
            document.participants.set(self.cleaned_data["participant_names"])
            Source.objects.filter(pk__in=[source.pk for source in self.cleaned_data["source_labels"]]).update(document=document)
        return document
