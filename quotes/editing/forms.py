"""Forms behind the editors' corrections. Each form validates one change and applies it through
quotes/editing/workflows.py; every one carries an optional reason, and the quote forms the version seen."""

import re

from django import forms
from django.db.models import Q
from django.forms.renderers import TemplatesSetting
from django.urls import reverse

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
    return (Source.objects.select_related("issuer").filter(Q(label__icontains=text) | Q(issuer__name__icontains=text))
            .order_by("label", "id")[:limit])


def find_sources(text: str):
    """Sources a typed label means: "… #12" picks one; else the label, or "Issuer, label" as
    Source.full_label shows it (one "statement" per issuer)."""
    if match := _ID_SUFFIX.search(text):
        return Source.objects.select_related("issuer").filter(pk=int(match.group(1)))
    wanted = Q(normalized=normalize_name(text))
    issuer, _, label = text.partition(",")
    if label.strip():
        wanted |= Q(normalized=normalize_name(label), issuer__in=find_speakers(issuer).values("pk"))
        wanted |= Q(normalized=normalize_name(label), issuer__name__iexact=issuer.strip())
    return Source.objects.select_related("issuer").filter(wanted).order_by("pk")


def autocompleted(field: forms.Field, url_name: str, options_id: str) -> None:
    """Suggest values as the editor types: the options come from `url_name` into a <datalist>."""
    field.widget.attrs.update({
        "autocomplete": "off", "list": options_id, "hx-get": reverse(url_name), "hx-trigger": "input changed delay:200ms",
        "hx-target": f"#{options_id}", "hx-swap": "innerHTML", "hx-sync": "this:replace",
    })


class EditFormRenderer(TemplatesSetting):
    """Each field of a correction form as <p class="field">: label, widget, help text and errors beside
    it (a checkbox inside its label); {{ field.as_field_group }} in the panels' templates."""

    field_template_name = "quotes/editing/_field.html"


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
        if not matches:  # beside the name typed, which stays in its box
            self.add_error("speaker", f"No speaker is called “{name}”. Pick one from the list, or tick "
                                      f"“Create a new speaker” to add them.")
        elif len(matches) > 1:
            self.add_error("speaker", "Several speakers go by that name: " + ", ".join(
                f"{s.name} #{s.pk}" + (f" ({s.role})" if s.role else "") for s in matches) + ". Type one with its #number.")
        else:
            self.chosen = matches[0]
        return cleaned

    @property
    def creates_speaker(self) -> bool:
        return self.chosen.pk is None

    def speaker_to_use(self) -> Speaker:
        if self.chosen.pk is None:
            self.chosen.save()
        return self.chosen


class EditForm(forms.Form):
    default_renderer = EditFormRenderer
    focused_field = ""

    def focus_first_problem(self) -> None:
        """Sent back with errors, the first field in error takes the focus (htmx and browsers honour
        autofocus), so the editor sees the error beside what they typed, and a screen reader reads it."""
        for name in self.errors:
            if name in self.fields and not self.fields[name].widget.is_hidden:
                self.fields[name].widget.attrs["autofocus"] = True
                self.focused_field = name
                return


class QuoteForm(EditForm):
    """A correction to one quote. Unbound, it starts from the quote's current values; sent back with
    an error, it shows what the editor typed, the error beside its field."""

    action = ""  # its URL's last part, and QUOTE_FORMS' key
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    reason = REASON
    creates_speaker = creates_source = False

    def __init__(self, *args, quote: Quote, **kwargs):
        # Several panels can share a page (rows of a list): the quote's id keeps the ids apart.
        kwargs.setdefault("auto_id", f"{self.action}-%s-{quote.pk}")
        kwargs.setdefault("initial", {"version": quote.version, **self.current(quote)})
        super().__init__(*args, **kwargs)
        self.quote = quote

    def current(self, quote: Quote) -> dict:
        """The quote's value as this form's initial data."""
        return {}

    def permitted(self, user) -> bool:
        """Whether `user` may also create what the change creates (a new speaker or source)."""
        return (not self.creates_speaker or user.has_perm("quotes.add_speaker")) and (
            not self.creates_source or user.has_perm("quotes.add_source"))

    def common(self, user):
        return {"quote": self.quote, "version": self.cleaned_data["version"], "user": user,
                "reason": self.cleaned_data["reason"]}


class QuoteSpeakerNameMixin(SpeakerNameMixin):
    def __init__(self, *args, quote: Quote, **kwargs):
        super().__init__(*args, quote=quote, **kwargs)
        autocompleted(self.fields["speaker"], "speaker_autocomplete", f"speaker-options-{quote.pk}")


class ReplaceSpeakerForm(QuoteSpeakerNameMixin, QuoteForm):
    action = "speaker"
    remember = forms.BooleanField(label="Remember the name as written for this speaker in future articles",
                                  required=False)

    def __init__(self, *args, quote: Quote, **kwargs):
        super().__init__(*args, quote=quote, **kwargs)
        self.fields["speaker"].label = "Change speaker to"
        # Offered only where the article named the speaker by a name an alias can be made of.
        self.mention = workflows.teachable_mention(quote)
        if self.mention:
            self.fields["remember"].label = (f"“{self.mention}” in this article names the new speaker: "
                                             f"remember it for future articles")

    def apply(self, user):
        return workflows.replace_speaker(speaker=self.speaker_to_use(), remember_mention=self.cleaned_data["remember"],
                                       **self.common(user))


class AddSpeakerForm(QuoteSpeakerNameMixin, QuoteForm):
    action = "add-speaker"

    def __init__(self, *args, quote: Quote, **kwargs):
        super().__init__(*args, quote=quote, **kwargs)
        self.fields["speaker"].label = "Add a co-speaker"

    def apply(self, user):
        return workflows.add_speaker(speaker=self.speaker_to_use(), **self.common(user))


class RemoveSpeakerForm(QuoteForm):
    """One per co-speaker: a button and a short reason box (the speaker's id is hidden)."""

    action = "remove-speaker"
    speaker = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, quote: Quote, link=None, **kwargs):
        if link is not None:
            kwargs.setdefault("initial", {"version": quote.version, "speaker": link.speaker_id})
            kwargs.setdefault("auto_id", f"{self.action}-{link.speaker_id}-%s-{quote.pk}")
        super().__init__(*args, quote=quote, **kwargs)
        self.link = link
        if link is not None:
            self.fields["reason"].widget.attrs.update({"aria-label": f"Reason for removing {link.speaker.name} (optional)",
                                                       "placeholder": "reason (optional)", "class": "short"})

    def clean_speaker(self):
        link = self.quote.quote_speakers.filter(speaker_id=self.cleaned_data["speaker"]).select_related("speaker").first()
        if link is None:
            raise forms.ValidationError("That speaker is not (or no longer) a speaker of this quote.")
        return link.speaker

    def apply(self, user):
        return workflows.remove_speaker(speaker=self.cleaned_data["speaker"], **self.common(user))


class SourceForm(QuoteForm):
    action = "source"
    source = forms.CharField(label="Source (empty for none)", max_length=300, required=False,
                             validators=[validate_normalized_length])
    create = forms.BooleanField(label="Create a new source with this label", required=False)
    new_kind = forms.ChoiceField(label="Kind of source", choices=Source.Kind.choices, required=False)

    def __init__(self, *args, quote: Quote, **kwargs):
        super().__init__(*args, quote=quote, **kwargs)
        autocompleted(self.fields["source"], "source_autocomplete", f"source-options-{quote.pk}")
        if not quote.source_id:  # no kind pre-selected when there is no source
            self.fields["new_kind"].choices = [("", "— choose —"), *Source.Kind.choices]

    def current(self, quote):
        source = quote.source if quote.source_id else None
        return {"source": source.full_label if source else "", "new_kind": source.kind if source else ""}

    def clean(self):
        cleaned = super().clean()
        label = (cleaned.get("source") or "").strip()
        self.chosen = None
        if not label:
            return cleaned
        kind = cleaned.get("new_kind") or Source.Kind.OTHER
        if cleaned.get("create"):
            label = _ID_SUFFIX.sub("", label)
            existing = Source.objects.filter(normalized=normalize_name(label), kind=kind, issuer=None)
            self.chosen = existing.first() or Source(label=label, kind=kind)
            self.creates_source = self.chosen.pk is None
            return cleaned
        matches = list(find_sources(label)[:6])
        of_kind = [s for s in matches if s.kind == cleaned.get("new_kind")]
        matches = of_kind or matches
        if len(matches) > 1:  # the same label from several issuers: the one typed in full, if any
            matches = [s for s in matches if normalize_name(s.full_label) == normalize_name(label)] or matches
        if not matches:
            self.add_error("source", f"No source is called “{label}”. Pick one from the list, or tick "
                                     f"“Create a new source” to add it.")
        elif len(matches) > 1:
            self.add_error("source", "Several sources go by that label: " + ", ".join(
                f"{s.full_label} ({s.get_kind_display().lower()}) #{s.pk}" for s in matches) + ". Type one with its #number.")
        else:
            self.chosen = matches[0]
        return cleaned

    def apply(self, user):
        if self.chosen is not None and self.chosen.pk is None:
            self.chosen.save()
        return workflows.change_source(source=self.chosen, **self.common(user))


class KindForm(QuoteForm):
    action = "kind"
    kind = forms.ChoiceField(label="Kind of quote", choices=Quote.Kind.choices)

    def current(self, quote):
        return {"kind": quote.kind}

    def apply(self, user):
        return workflows.change_kind(kind=self.cleaned_data["kind"], **self.common(user))


class SpanForm(QuoteForm):
    action = "span"
    text = forms.CharField(label="Quote text, exactly as in the article", max_length=workflows.SPAN_MAX_CHARS,
                           strip=False, widget=forms.Textarea(attrs={"rows": 3}),
                           help_text="Widen or narrow the words; they must appear in the article (the nearest place they occur is used).")

    def current(self, quote):
        return {"text": quote.text}

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
    """Verify or reject: the status comes from the button pressed."""

    action = "review"
    status = forms.ChoiceField(choices=[(s, s.label) for s in (Quote.Status.VERIFIED, Quote.Status.REJECTED)])

    def apply(self, user):
        return workflows.set_status(status=self.cleaned_data["status"], **self.common(user))


QUOTE_FORMS = {form.action: form for form in (
    ReplaceSpeakerForm, AddSpeakerForm, RemoveSpeakerForm, SourceForm, KindForm, SpanForm, ReviewForm)}


def quote_panel_forms(quote: Quote, sent: QuoteForm | None = None) -> dict:
    """The correction panel's forms for `quote`, by action (`add_speaker` for "add-speaker"): each
    with the quote's current values, except the one just `sent` back with an error, which keeps what
    the editor typed. `removals`: a remove form per co-speaker, none for a quote's only speaker;
    `removal_refused`: a removal sent back with an error."""
    if sent is not None:
        sent.focus_first_problem()
    panel = {action: sent if sent is not None and sent.action == action else form(quote=quote)
             for action, form in QUOTE_FORMS.items() if form is not RemoveSpeakerForm}
    links = list(quote.quote_speakers.all())
    panel["removals"] = [RemoveSpeakerForm(quote=quote, link=link) for link in links] if len(links) > 1 else []
    # A removal refused names a speaker no longer on the quote: its error shows above the list.
    panel["removal_refused"] = sent if isinstance(sent, RemoveSpeakerForm) else None
    return {action.replace("-", "_"): form for action, form in panel.items()}


class SpeakerForm(EditForm):
    """A correction to one speaker; like QuoteForm, unbound it starts from the speaker as it is."""

    action = ""
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    reason = REASON
    creates_speaker = False

    def __init__(self, *args, speaker: Speaker, **kwargs):
        kwargs.setdefault("auto_id", f"{self.action}-%s-{speaker.pk}")
        kwargs.setdefault("initial", {"version": speaker.version, **self.current(speaker)})
        super().__init__(*args, **kwargs)
        self.speaker = speaker

    def current(self, speaker: Speaker) -> dict:
        return {}

    def common(self, user):
        return {"version": self.cleaned_data["version"], "user": user, "reason": self.cleaned_data["reason"]}


class SpeakerDetailsForm(SpeakerForm):
    action = "details"
    name = forms.CharField(max_length=200, validators=[validate_normalized_length])
    kind = forms.ChoiceField(choices=Speaker.Kind.choices)
    role = forms.CharField(label="Role or title", max_length=200, required=False)
    affiliation = forms.CharField(max_length=200, required=False)

    def current(self, speaker):
        return {"name": speaker.name, "kind": speaker.kind, "role": speaker.role, "affiliation": speaker.affiliation}

    def apply(self, user):
        values = {field: self.cleaned_data[field].strip() for field in ("name", "kind", "role", "affiliation")}
        return workflows.update_speaker(speaker=self.speaker, **self.common(user), **values)


class AddAliasForm(SpeakerForm):
    action = "add-alias"
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
    action = "remove-alias"

    def apply(self, user):
        return workflows.remove_alias(alias=self.cleaned_data["alias"], **self.common(user))


class SplitAliasForm(AliasForm):
    action = "split-alias"
    creates_speaker = True

    def apply(self, user):
        return workflows.split_alias(alias=self.cleaned_data["alias"], **self.common(user))


class MergeForm(SpeakerNameMixin, SpeakerForm):
    action = "merge"
    speaker = forms.CharField(label="Merge this speaker into", max_length=200, validators=[validate_normalized_length])
    create = None
    new_kind = None

    def __init__(self, *args, speaker: Speaker, **kwargs):
        super().__init__(*args, speaker=speaker, **kwargs)
        autocompleted(self.fields["speaker"], "speaker_autocomplete", f"merge-options-{speaker.pk}")

    def clean(self):
        cleaned = super().clean()
        if getattr(self, "chosen", None) is not None and self.chosen.pk == self.speaker.pk:
            raise forms.ValidationError("Pick another speaker: a speaker cannot be merged into itself.")
        return cleaned

    def apply(self, user):
        return workflows.merge_speakers(source=self.speaker, target=self.chosen, **self.common(user))


SPEAKER_FORMS = {form.action: form for form in (SpeakerDetailsForm, AddAliasForm, RemoveAliasForm, SplitAliasForm, MergeForm)}


def speaker_panel_forms(speaker: Speaker, sent: SpeakerForm | None = None) -> dict:
    """The speaker panel's forms with typed inputs (details, add_alias, merge), as quote_panel_forms."""
    if sent is not None:
        sent.focus_first_problem()
    return {form.action.replace("-", "_"): sent if sent is not None and sent.action == form.action else form(speaker=speaker)
            for form in (SpeakerDetailsForm, AddAliasForm, MergeForm)}
