"""The filters readers combine on quote lists (search, speaker page, export) and on speakers."""

import django_filters
from django import forms
from django.db.models import Q

from quotes.models import Outlet, Quote, Source, Speaker
from quotes.search import MAX_QUERY_LENGTH, match_quotes


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
        label="Outlet", queryset=Outlet.objects.all(), field_name="article__outlet", empty_label="Any outlet"
    )
    source_kind = django_filters.ChoiceFilter(
        label="Source kind", field_name="source__kind", choices=Source.Kind.choices, empty_label="Any source"
    )
    kind = django_filters.ChoiceFilter(label="Quote kind", choices=Quote.Kind.choices, empty_label="Any kind")
    verified = django_filters.BooleanFilter(
        label="Verified only", method="filter_verified", widget=forms.CheckboxInput
    )

    class Meta:
        model = Quote
        fields = []

    def filter_text(self, queryset, name, value):
        return match_quotes(queryset, value)

    def filter_verified(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(status__in=[Quote.Status.VERIFIED, Quote.Status.CORRECTED])

    @property
    def search_text(self) -> str:
        return (self.form.cleaned_data.get("q") or "") if self.is_valid() else ""

    def query_string(self, **overrides) -> str:
        """These filters as a query string (for export and pager links), overriding some keys."""
        params = self.data.copy() if hasattr(self.data, "copy") else dict(self.data)
        for key in ("after", "before", "page", "per"):
            params.pop(key, None)
        for key, value in overrides.items():
            params[key] = value
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

    def filter_name(self, queryset, name, value):
        return queryset.named_like(value.strip()) if value.strip() else queryset

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
