"""The filters readers combine on quote lists (search, speaker page, export), on speakers and on articles."""

from functools import cached_property

import django_filters
from django import forms
from django.db.models import Exists, F, OuterRef, Q
from django.forms.renderers import TemplatesSetting

from quotes.browse.search import MAX_QUERY_LENGTH, keyset_page, match_quotes, ranked_page, rare_search
from quotes.models import Article, ImportBatch, Outlet, Quote, QuoteCheck, Source, Speaker
from quotes.models.speakers import NAMED_LIKE_IN_ORDER_PAGES
from quotes.paging import page_number


class FilterFormRenderer(TemplatesSetting):
    """Each field of a filter form as <p class="field">: label, widget, errors (a checkbox inside
    its label); {{ field.as_field_group }} in the templates."""

    field_template_name = "quotes/browse/_filter_field.html"


class FilterForm(forms.Form):
    default_renderer = FilterFormRenderer

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field.widget, forms.Select):
                # Each option included its attributes' template too: 1.3 ms of a speaker page's filters.
                field.widget.option_template_name = "quotes/browse/_filter_option.html"

    @cached_property
    def choices_stamp(self) -> str:
        """What the lists read from the database hold (each option's value and label): the templates
        reuse the form as drawn ({% cache %}) while these and the query string are unchanged."""
        return repr([[(choice.pk, field.label_from_instance(choice)) for choice in field.queryset]
                     for field in self.fields.values()
                     if isinstance(field, forms.ModelChoiceField) and not field.widget.is_hidden])


class QuoteFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Search quotes", method="filter_text", max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": 'e.g. "ceasefire" -rumour', "autocomplete": "off"}),
    )
    speaker = django_filters.ModelChoiceFilter(
        label="Speaker", queryset=Speaker.objects.all(), field_name="quote_speakers__speaker", widget=forms.HiddenInput
    )
    date_from = django_filters.DateFilter(
        label="From", field_name="dated", lookup_expr="gte", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = django_filters.DateFilter(
        label="To", field_name="dated", lookup_expr="lte", widget=forms.DateInput(attrs={"type": "date"})
    )
    outlet = django_filters.ModelChoiceFilter(
        label="Outlet", queryset=Outlet.objects.all(), field_name="article__outlet", empty_label="Any outlet",
    )
    source_kind = django_filters.ChoiceFilter(
        label="Source kind", field_name="source__kind", choices=Source.Kind.choices, empty_label="Any source",
    )
    kind = django_filters.ChoiceFilter(label="Quote kind", choices=Quote.Kind.choices, empty_label="Any kind")
    verified = django_filters.BooleanFilter(
        label="Verified only", method="filter_verified", widget=forms.CheckboxInput
    )
    # Hidden, like the speaker: reached from an import's page ("310 quotes"), shown as a chip.
    batch = django_filters.ModelChoiceFilter(
        label="Import", queryset=ImportBatch.objects.all(), field_name="article__import_batch", widget=forms.HiddenInput
    )
    against = django_filters.ChoiceFilter(
        label="Against a primary document", method="filter_against", empty_label="Any",
        choices=[("altered", "Altered"), ("spliced", "Spliced"), ("not_found", "Not found"), ("faithful", "Verbatim")],
    )

    class Meta:
        model = Quote
        fields = []
        form = FilterForm

    def __init__(self, *args, speaker=None, **kwargs):
        """`speaker`: the quotes filtered are all this speaker's (the speaker page)."""
        super().__init__(*args, **kwargs)
        self.speaker_given = speaker

    @property
    def quotes_of(self):
        """Whose quotes these all are, if one speaker's (the page's or the speaker filter's) and the
        search is rare: its words are then looked up with the speaker's name (match_quotes)."""
        speaker = self.speaker_given
        if speaker is None and self.is_bound and self.is_valid():
            speaker = self.form.cleaned_data.get("speaker")
        return speaker if speaker is not None and rare_search(self.queryset, self.search_text) else None

    def filter_text(self, queryset, name, value):
        return match_quotes(queryset, value, speaker=self.quotes_of)

    def filter_queryset(self, queryset, *, skip=()):
        for name, value in self.form.cleaned_data.items():
            if name not in skip:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    @property
    def by_date_only(self) -> bool:
        """Whether the quotes are narrowed by date at most (besides the search text)."""
        return self.is_valid() and not any(
            value for name, value in self.form.cleaned_data.items() if name not in {"q", "date_from", "date_to"})

    @property
    def narrowed(self) -> bool:
        """Whether a filter of the folded panel is set (not the search text or the speaker)."""
        return self.is_valid() and any(
            value for name, value in self.form.cleaned_data.items() if name not in {"q", "speaker", "batch"})

    @property
    def candidates(self):
        """The quotes every filter but the search text lets through: what a search ranks among."""
        if not self.is_bound:
            return self.queryset.all()
        self.errors  # noqa: B018 (validates the form, as django-filter's qs does)
        return self._listed_by_link(self.filter_queryset(self.queryset.all(), skip={"q"}))

    def _listed_by_link(self, quotes):
        """With the speaker filter, the speaker's quotes carry their link's copy of the date, as on the
        speaker page: a search among them, or their newest first, walks the speaker's newest links
        (search.planners_window_sql, keyset_page's key), not everyone's newest quotes."""
        if self.is_valid() and self.form.cleaned_data.get("speaker") and "listed_on" not in quotes.query.annotations:
            return quotes.annotate(listed_on=F("quote_speakers__dated"))
        return quotes

    def filter_against(self, queryset, name, value):
        """Quotes with a primary-document verdict of this kind ("faithful": verbatim or punctuation only)."""
        results = [QuoteCheck.Result.VERBATIM, QuoteCheck.Result.MINOR] if value == "faithful" else [value]
        return queryset.filter(Exists(QuoteCheck.objects.filter(quote=OuterRef("pk"), result__in=results)))

    def filter_verified(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(status__in=[Quote.Status.VERIFIED, Quote.Status.CORRECTED])

    def listing(self, *, sort: str | None, page, after: str | None, before: str | None, number: int, size: int,
                rows=lambda quotes: quotes.for_list()):
        """(one page of these quotes, whether it is ranked): a search is ranked best first unless
        `sort` is "newest" (quotes.browse.search.ranked_page, by `page` number); anything else is
        listed newest first by keyset (`after`/`before` cursors). `rows` refines the queryset the
        page's quotes are read from (the web list adds headlines). The web list and the API both
        page through this."""
        text = self.search_text
        if text and sort != "newest":
            return ranked_page(self.candidates, text, page, by_date_only=self.by_date_only, size=size, rows=rows,
                               speaker=self.quotes_of), True
        quotes = self._listed_by_link(rows(self.qs))
        # (the busiest speaker's quotes at 10M, API: 96 -> 27 ms p95; everyone's newest were walked, 13,923 for 26)
        key = ("listed_on", "id") if "listed_on" in quotes.query.annotations else ("dated", "id")
        return keyset_page(quotes, after=after, before=before, number=number, size=size, key=key), False

    @property
    def search_text(self) -> str:
        return (self.form.cleaned_data.get("q") or "") if self.is_valid() else ""

    @cached_property
    def query_string(self) -> str:
        """These filters as a query string, for export and pager links."""
        params = self.data.copy() if hasattr(self.data, "copy") else dict(self.data)
        for key in ("after", "before", "page", "per"):
            params.pop(key, None)
        return params.urlencode() if hasattr(params, "urlencode") else ""

    @cached_property
    def query_string_without_speaker(self) -> str:
        """These filters without the speaker: what removing the speaker chip leads to."""
        return self._query_string_without("speaker")

    @cached_property
    def query_string_without_batch(self) -> str:
        """These filters without the import batch: what removing its chip leads to."""
        return self._query_string_without("batch")

    def _query_string_without(self, name: str) -> str:
        params = self.data.copy() if hasattr(self.data, "copy") else dict(self.data)
        for key in ("after", "before", "page", "per", name):
            params.pop(key, None)
        return params.urlencode() if hasattr(params, "urlencode") else ""


class SpeakerFilter(django_filters.FilterSet):
    SORTS = {"quotes": ("-quote_count", "id"), "latest": ("-last_quoted_at", "id"), "name": ("name", "id")}

    q = django_filters.CharFilter(
        label="Name or alias", method="filter_name", max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off", "placeholder": "e.g. Putin"}),
    )
    kind = django_filters.ChoiceFilter(label="Kind", choices=Speaker.Kind.choices, empty_label="Any kind")
    role = django_filters.CharFilter(label="Role or affiliation", method="filter_role", max_length=100)
    sort = django_filters.ChoiceFilter(
        label="Sort by", method="sort_by", empty_label=None,
        choices=[("quotes", "Most quoted"), ("latest", "Latest quote"), ("name", "Name")],
    )

    class Meta:
        model = Speaker
        fields = []
        form = FilterForm

    def filter_name(self, queryset, name, value):
        if not value.strip():
            return queryset
        # The web list and the API both number their pages with `page`.
        first_pages = page_number(self.data.get("page"), cap=10**6) <= NAMED_LIKE_IN_ORDER_PAGES
        return queryset.named_like(value.strip(), in_order=first_pages)

    def filter_role(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(role__icontains=value) | Q(affiliation__icontains=value))

    def sort_by(self, queryset, name, value):
        return queryset.order_by(*self.SORTS.get(value, self.SORTS["quotes"]))

    @property
    def qs(self):
        queryset = super().qs
        if not (self.is_valid() and self.form.cleaned_data.get("sort")):
            queryset = queryset.order_by(*self.SORTS["quotes"])
        return queryset


class ArticleFilter(django_filters.FilterSet):
    """The article list: by import batch (an import's "42 articles"), outlet, and what an article is
    to its story (a new version of one stored before, a syndicated copy)."""

    batch = django_filters.ModelChoiceFilter(label="Import", queryset=ImportBatch.objects.all(),
                                             field_name="import_batch", widget=forms.HiddenInput)
    outlet = django_filters.ModelChoiceFilter(label="Outlet", queryset=Outlet.objects.all(), empty_label="Any outlet")
    story = django_filters.ChoiceFilter(
        label="In its story", method="filter_story", empty_label="Any",
        choices=[("version", "Updated versions"), ("copy", "Syndicated copies"), ("first", "First reports")],
    )

    class Meta:
        model = Article
        fields = []
        form = FilterForm

    def filter_story(self, queryset, name, value):
        if value == "version":
            return queryset.filter(previous_version__isnull=False)
        if value == "copy":
            return queryset.filter(duplicate_of__isnull=False)
        return queryset.filter(previous_version__isnull=True, duplicate_of__isnull=True)
