"""Forms behind the editors' corrections. Each form validates one change and applies it through
quotes/editing/workflows.py; every one carries an optional reason, and the quote forms the version seen."""

import re

from django import forms
from django.db.models import Q

from quotes.editing import workflows
from quotes.models import Quote, Source, Speaker, SpeakerAlias, normalize_name
from quotes.models.speakers import validate_normalized_length

REASON = forms.CharField(label="Reason (optional)", max_length=500, required=False)
_ID_SUFFIX = re.compile(r"\s*#(\d+)\s*$")


def find_speakers(text: str):
    """Speakers a typed name means: "Name #12" picks one; else exact name or alias, merges followed."""
    if match := _ID_SUFFIX.search(text):
        return Speaker.objects.filter(pk=int(match.group(1)), merged_into=None)
    key = normalize_name(text)
    if not key:
        return Speaker.objects.none()
    ids = {s.pk for s in Speaker.objects.filter(merged_into=None, name__iexact=text.strip())}
    for alias in SpeakerAlias.objects.select_related("speaker").filter(normalized=key):
        speaker = alias.speaker
        for _ in range(10):  # a chain of merges; bounded so a cycle cannot hang a request
            if not speaker.merged_into_id:
                break
            speaker = speaker.merged_into
        ids.add(speaker.pk)
    return Speaker.objects.filter(pk__in=ids, merged_into=None)


def speaker_suggestions(text: str, limit: int = 10):
    text = text.strip()[:200]
    if len(text) < 2:
        return Speaker.objects.none()
    return (Speaker.objects.filter(merged_into=None)
            .filter(Q(name__icontains=text) | Q(aliases__name__icontains=text)).distinct().order_by("name")[:limit])


def source_suggestions(text: str, limit: int = 10):
    text = text.strip()[:300]
    if len(text) < 2:
        return Source.objects.none()
    return Source.objects.filter(label__icontains=text).order_by("label")[:limit]


class SpeakerNameMixin(forms.Form):
    """A speaker typed by name (autocompleted), or created on the spot when new."""

    speaker = forms.CharField(label="Speaker", max_length=200, validators=[validate_normalized_length])
    create = forms.BooleanField(label="Create a new speaker with this name", required=False)
    new_kind = forms.ChoiceField(label="Kind, if new", choices=Speaker.Kind.choices, required=False)

    def clean(self):
        cleaned = super().clean()
        name = (cleaned.get("speaker") or "").strip()
        if not name:
            return cleaned
        if cleaned.get("create"):
            self.chosen = Speaker(name=_ID_SUFFIX.sub("", name), kind=cleaned.get("new_kind") or Speaker.Kind.PERSON)
            return cleaned
        matches = list(find_speakers(name)[:5])
        if not matches:
            raise forms.ValidationError(f"No speaker is called “{name}”. Pick one from the list, or tick "
                                        f"“Create a new speaker” to add them.")
        if len(matches) > 1:
            raise forms.ValidationError("Several speakers go by that name: " + ", ".join(
                f"{s.name} #{s.pk}" + (f" ({s.role})" if s.role else "") for s in matches) + ". Type one with its #number.")
        self.chosen = matches[0]
        return cleaned

    @property
    def creates_speaker(self) -> bool:
        return self.chosen.pk is None

    def speaker_to_use(self) -> Speaker:
        if self.chosen.pk is None:
            self.chosen.save()
        return self.chosen


class QuoteForm(forms.Form):
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    reason = REASON
    creates_speaker = creates_source = False

    def __init__(self, *args, quote: Quote, **kwargs):
        super().__init__(*args, **kwargs)
        self.quote = quote

    def permitted(self, user) -> bool:
        """Whether `user` may also create what the change creates (a new speaker or source)."""
        return (not self.creates_speaker or user.has_perm("quotes.add_speaker")) and (
            not self.creates_source or user.has_perm("quotes.add_source"))

    def common(self, user):
        return {"quote": self.quote, "version": self.cleaned_data["version"], "user": user,
                "reason": self.cleaned_data["reason"]}


class ReplaceSpeakerForm(SpeakerNameMixin, QuoteForm):
    remember = forms.BooleanField(label="Remember the name as written for this speaker in future articles",
                                  required=False)

    def apply(self, user):
        return workflows.replace_speaker(speaker=self.speaker_to_use(), remember_mention=self.cleaned_data["remember"],
                                       **self.common(user))


class AddSpeakerForm(SpeakerNameMixin, QuoteForm):
    def apply(self, user):
        return workflows.add_speaker(speaker=self.speaker_to_use(), **self.common(user))


class RemoveSpeakerForm(QuoteForm):
    speaker = forms.IntegerField()

    def clean_speaker(self):
        link = self.quote.quote_speakers.filter(speaker_id=self.cleaned_data["speaker"]).select_related("speaker").first()
        if link is None:
            raise forms.ValidationError("That speaker is not (or no longer) a speaker of this quote.")
        return link.speaker

    def apply(self, user):
        return workflows.remove_speaker(speaker=self.cleaned_data["speaker"], **self.common(user))


class SourceForm(QuoteForm):
    source = forms.CharField(label="Source", max_length=300, required=False, validators=[validate_normalized_length],
                             help_text="Leave empty for “no named source”.")
    create = forms.BooleanField(label="Create a new source with this label", required=False)
    new_kind = forms.ChoiceField(label="Kind, if new", choices=Source.Kind.choices, required=False)

    def clean(self):
        cleaned = super().clean()
        label = (cleaned.get("source") or "").strip()
        self.chosen = None
        if not label:
            return cleaned
        kind = cleaned.get("new_kind") or Source.Kind.OTHER
        existing = Source.objects.filter(normalized=normalize_name(label))
        if cleaned.get("create"):
            self.chosen = existing.filter(kind=kind).first() or Source(label=label, kind=kind)
            self.creates_source = self.chosen.pk is None
            return cleaned
        matches = list(existing[:5])
        if not matches:
            raise forms.ValidationError(f"No source is called “{label}”. Pick one from the list, or tick "
                                        f"“Create a new source” to add it.")
        self.chosen = next((s for s in matches if s.kind == cleaned.get("new_kind")), matches[0])
        return cleaned

    def apply(self, user):
        if self.chosen is not None and self.chosen.pk is None:
            self.chosen.save()
        return workflows.change_source(source=self.chosen, **self.common(user))


class KindForm(QuoteForm):
    kind = forms.ChoiceField(label="Kind", choices=Quote.Kind.choices)

    def apply(self, user):
        return workflows.change_kind(kind=self.cleaned_data["kind"], **self.common(user))


class SpanForm(QuoteForm):
    text = forms.CharField(label="Quote text", max_length=workflows.SPAN_MAX_CHARS, strip=False,
                           widget=forms.Textarea(attrs={"rows": 3}),
                           help_text="Copy the exact words from the article; the nearest place they occur is used.")

    def clean_text(self):
        try:
            self.span = workflows.locate_span(self.quote, self.cleaned_data["text"].replace("\r\n", "\n"))
            workflows.check_span(self.quote, *self.span)
        except workflows.EditRefused as refused:
            raise forms.ValidationError(str(refused)) from None
        return self.cleaned_data["text"]

    def apply(self, user):
        start, end = self.span
        return workflows.change_span(start=start, end=end, **self.common(user))


class ReviewForm(QuoteForm):
    status = forms.ChoiceField(choices=[(s, s.label) for s in (Quote.Status.VERIFIED, Quote.Status.REJECTED)])

    def apply(self, user):
        return workflows.set_status(status=self.cleaned_data["status"], **self.common(user))


QUOTE_FORMS = {
    "speaker": ReplaceSpeakerForm,
    "add-speaker": AddSpeakerForm,
    "remove-speaker": RemoveSpeakerForm,
    "source": SourceForm,
    "kind": KindForm,
    "span": SpanForm,
    "review": ReviewForm,
}


class SpeakerForm(forms.Form):
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    reason = REASON
    creates_speaker = False

    def __init__(self, *args, speaker: Speaker, **kwargs):
        super().__init__(*args, **kwargs)
        self.speaker = speaker

    def common(self, user):
        return {"version": self.cleaned_data["version"], "user": user, "reason": self.cleaned_data["reason"]}


class SpeakerDetailsForm(SpeakerForm):
    name = forms.CharField(max_length=200, validators=[validate_normalized_length])
    kind = forms.ChoiceField(choices=Speaker.Kind.choices)
    role = forms.CharField(label="Role or title", max_length=200, required=False)
    affiliation = forms.CharField(max_length=200, required=False)

    def apply(self, user):
        values = {field: self.cleaned_data[field].strip() for field in ("name", "kind", "role", "affiliation")}
        return workflows.update_speaker(speaker=self.speaker, **self.common(user), **values)


class AddAliasForm(SpeakerForm):
    alias = forms.CharField(label="New alias", max_length=200, validators=[validate_normalized_length])

    def apply(self, user):
        return workflows.add_alias(speaker=self.speaker, name=self.cleaned_data["alias"].strip(), **self.common(user))


class AliasForm(SpeakerForm):
    alias = forms.IntegerField()

    def clean_alias(self):
        alias = self.speaker.aliases.filter(pk=self.cleaned_data["alias"]).first()
        if alias is None:
            raise forms.ValidationError("That alias is not (or no longer) an alias of this speaker.")
        return alias


class RemoveAliasForm(AliasForm):
    def apply(self, user):
        return workflows.remove_alias(alias=self.cleaned_data["alias"], **self.common(user))


class SplitAliasForm(AliasForm):
    creates_speaker = True

    def apply(self, user):
        return workflows.split_alias(alias=self.cleaned_data["alias"], **self.common(user))


class MergeForm(SpeakerNameMixin, SpeakerForm):
    speaker = forms.CharField(label="Merge this speaker into", max_length=200, validators=[validate_normalized_length])
    create = None
    new_kind = None

    def clean(self):
        cleaned = super().clean()
        if getattr(self, "chosen", None) is not None and self.chosen.pk == self.speaker.pk:
            raise forms.ValidationError("Pick another speaker: a speaker cannot be merged into itself.")
        return cleaned

    def apply(self, user):
        return workflows.merge_speakers(source=self.speaker, target=self.chosen, **self.common(user))


SPEAKER_FORMS = {
    "details": SpeakerDetailsForm,
    "add-alias": AddAliasForm,
    "remove-alias": RemoveAliasForm,
    "split-alias": SplitAliasForm,
    "merge": MergeForm,
}
