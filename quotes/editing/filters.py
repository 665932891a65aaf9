"""The review queue's filters: why a quote is queued, its outlet, its import batch, and whether
quotes other editors are on are shown (the queue leaves them out unless asked)."""

from functools import cached_property

import django_filters
import django_filters.fields
from django import forms
from django.db.models import Max, Min

from quotes.browse.filters import FilterForm
from quotes.models import ImportBatch, Outlet, Quote


class BatchField(django_filters.fields.ModelChoiceField):
    def label_from_instance(self, batch):
        return f"#{batch.pk} {batch.original_name or 'command line'}"


class BatchChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = BatchField


class ReviewFilter(django_filters.FilterSet):
    reason = django_filters.ChoiceFilter(
        label="Queued for", choices=Quote.REVIEW_REASONS,
        method="filter_reason", empty_label="Any reason",
    )
    outlet = django_filters.ModelChoiceFilter(
        label="Outlet", queryset=Outlet.objects.all(), field_name="article__outlet", empty_label="Any outlet",
    )
    batch = BatchChoiceFilter(
        label="Import", method="filter_batch", empty_label="Any import",
        queryset=ImportBatch.objects.order_by("-created_at", "-id").only("id", "original_name"),
    )
    others = django_filters.BooleanFilter(
        label="Also quotes other editors are on", method="filter_others", widget=forms.CheckboxInput,
    )

    class Meta:
        model = Quote
        fields = []
        form = FilterForm

    def filter_reason(self, queryset, name, value):
        return queryset.filter(Quote.objects.review_conditions()[value])

    def filter_batch(self, queryset, name, batch):
        """The batch's quotes. The queue is walked newest stored first: the walk starts at the
        batch's newest quote and stops at its oldest (both found off the batch's articles), instead
        of passing every quote stored since an old batch came in."""
        stored = Quote.objects.filter(article__import_batch=batch).aggregate(first=Min("created_at"), last=Max("created_at"))
        if stored["first"] is None:
            return queryset.none()
        return queryset.filter(article__import_batch=batch, created_at__range=(stored["first"], stored["last"]))

    def filter_others(self, queryset, name, value):
        return queryset if value else queryset.not_claimed_by_others(self.request.user)

    @property
    def narrowed(self) -> bool:
        return self.is_valid() and any(self.form.cleaned_data.get(name) for name in ("reason", "outlet", "batch"))

    @cached_property
    def query_string(self) -> str:
        """These filters as a query string, for the pager's links."""
        params = self.data.copy()
        params.pop("page", None)
        return params.urlencode()
