"""The filters readers combine on quote lists (search, speaker page, export) and on speakers."""

import copy
from functools import cached_property, lru_cache

import django_filters
from django import forms
from django.db.models import Q
from django.forms.renderers import DjangoTemplates
from django.utils.safestring import mark_safe

from quotes.markup import escape_text
from quotes.models import Outlet, Quote, Source, Speaker
from quotes.search import MAX_QUERY_LENGTH, match_quotes


# The input templates the filter forms use, rendered in Python (FastWidgetRenderer; selects:
# FastSelect): the same markup as Django's templates, which tests/test_browse_pages.py compares.
_INPUT_TEMPLATES = {f"django/forms/widgets/{name}.html" for name in ("input", "text", "search", "date", "hidden", "checkbox")}


def _attrs(attrs: dict) -> str:
    """django/forms/widgets/attrs.html"""
    return "".join(
        f" {escape_text(name)}" if value is True else f' {escape_text(name)}="{escape_text(str(value))}"'
        for name, value in attrs.items() if value is not False
    )


class FastWidgetRenderer(DjangoTemplates):
    """Renders inputs without templates (selects: FastSelect); any other widget through the templates."""

    def render(self, template_name, context, request=None):
        widget = context["widget"]
        if template_name in _INPUT_TEMPLATES:
            value = "" if widget["value"] is None else f' value="{escape_text(str(widget["value"]))}"'
            return f'<input type="{escape_text(widget["type"])}" name="{escape_text(widget["name"])}"{value}{_attrs(widget["attrs"])}>'
        return super().render(template_name, context, request)


@lru_cache(maxsize=1024)
def _option(value: str, label: str, selected: bool) -> str:
    """django/forms/widgets/select_option.html, for the few dozen options the filter forms print
    on every page: escaped once."""
    return f'\n  <option value="{escape_text(value)}"{" selected" if selected else ""}>{escape_text(label)}</option>\n'


class FastSelect(forms.Select):
    """Django's <select> markup, built in one pass over the choices when the form renders with
    FastWidgetRenderer (Select.get_context builds a dict of attributes per option first);
    through Django's templates otherwise, and for grouped choices."""

    def render(self, name, value, attrs=None, renderer=None):
        choices = list(iter(self.choices))  # iter(): list() would ask a model choice iterator's len(), a COUNT query
        if not isinstance(renderer, FastWidgetRenderer) or any(isinstance(label, (list, tuple)) for _, label in choices):
            return super().render(name, value, attrs, renderer)
        wanted, selected = self.format_value(value), False
        parts = [f'<select name="{escape_text(name)}"{_attrs(self.build_attrs(self.attrs, attrs))}>']
        for option_value, label in choices:
            option_value = "" if option_value is None else str(option_value)
            chosen = not selected and option_value in wanted  # only the first match, as Select does
            selected |= chosen
            parts.append(_option(option_value, str(label), chosen))
        parts.append("\n</select>")
        return mark_safe("".join(parts))


class FilterForm(forms.Form):
    default_renderer = FastWidgetRenderer


class _ListedChoiceIterator(django_filters.fields.ModelChoiceIterator):
    """The choices as the field's `listed` callable gives them, [(pk, label)]: no query per
    page (Outlet.objects.choices() is cached), nor model instances to build per option."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        if self.field.null_label is not None:
            yield (self.field.null_value, self.field.null_label)
        yield from self.field.listed()


class _ListedChoiceField(django_filters.fields.ModelChoiceField):
    iterator = _ListedChoiceIterator

    def __init__(self, *args, listed, **kwargs):
        self.listed = listed
        super().__init__(*args, **kwargs)


class ListedModelChoiceFilter(django_filters.ModelChoiceFilter):
    """A ModelChoiceFilter offering the choices `listed()` gives (the submitted one is still
    checked against the queryset)."""

    field_class = _ListedChoiceField


class _ShallowCopies(dict):
    """A FilterSet's base_filters, which each FilterSet instance deep-copies; a shallow copy of
    each filter is enough (what a request changes on a filter -- its model, parent, form field and
    the method bound to it -- is set on the copy) and spares a deep copy of every widget, queryset
    and choice list."""

    def __deepcopy__(self, memo):
        copies = {}
        for name, filter_ in self.items():
            copies[name] = copy.copy(filter_)
            if filter_.method is not None:
                copies[name].method = filter_.method  # binds a new FilterMethod to the copy
        return copies


class _SharedFields(dict):
    """A filter form's base_fields, which each form instance deep-copies: the filter forms share
    their fields instead. Nothing changes a filter form's field or widget once built (the forms'
    own widgets and renderer only read them; no view sets a field's queryset or choices), and the
    copies cost a third of building and validating a filter form."""

    def __deepcopy__(self, memo):
        return dict(self)


class FastFilterSet(django_filters.FilterSet):
    """A FilterSet that does per class what django-filter does per request: copy the filters
    deeply and build a form class, whose forms share its fields (_SharedFields). A model choice
    field reads its choices afresh on each use, so sharing them shares no request's state."""

    @classmethod
    def get_filters(cls):
        return _ShallowCopies(super().get_filters())

    def get_form_class(self):
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            form_class = super().get_form_class()
            form_class.base_fields = _SharedFields(form_class.base_fields)
            cls._form_class = form_class
        return cls._form_class


class QuoteFilter(FastFilterSet):
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
    outlet = ListedModelChoiceFilter(
        label="Outlet", queryset=Outlet.objects.all(), listed=Outlet.objects.choices, field_name="article__outlet",
        empty_label="Any outlet", widget=FastSelect,
    )
    source_kind = django_filters.ChoiceFilter(
        label="Source kind", field_name="source__kind", choices=Source.Kind.choices, empty_label="Any source",
        widget=FastSelect,
    )
    kind = django_filters.ChoiceFilter(label="Quote kind", choices=Quote.Kind.choices, empty_label="Any kind", widget=FastSelect)
    verified = django_filters.BooleanFilter(
        label="Verified only", method="filter_verified", widget=forms.CheckboxInput
    )

    class Meta:
        model = Quote
        fields = []
        form = FilterForm

    def filter_text(self, queryset, name, value):
        return match_quotes(queryset, value)

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
    def candidates(self):
        """The quotes every filter but the search text lets through: what a search ranks among."""
        if not self.is_bound:
            return self.queryset.all()
        self.errors  # noqa: B018 (validates the form, as django-filter's qs does)
        return self.filter_queryset(self.queryset.all(), skip={"q"})

    def filter_verified(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(status__in=[Quote.Status.VERIFIED, Quote.Status.CORRECTED])

    @property
    def search_text(self) -> str:
        return (self.form.cleaned_data.get("q") or "") if self.is_valid() else ""

    @cached_property
    def query_string(self) -> str:
        """These filters as a query string, for export and pager links (built once: a list page
        prints it in up to six links)."""
        params = self.data.copy() if hasattr(self.data, "copy") else dict(self.data)
        for key in ("after", "before", "page", "per"):
            params.pop(key, None)
        return params.urlencode() if hasattr(params, "urlencode") else ""


class SpeakerFilter(FastFilterSet):
    SORTS = {"quotes": ("-quote_count", "id"), "latest": ("-last_quoted_at", "id"), "name": ("name", "id")}

    q = django_filters.CharFilter(
        label="Name or alias", method="filter_name", max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off", "placeholder": "e.g. Putin"}),
    )
    kind = django_filters.ChoiceFilter(label="Kind", choices=Speaker.Kind.choices, empty_label="Any kind", widget=FastSelect)
    role = django_filters.CharFilter(label="Role or affiliation", method="filter_role", max_length=100)
    sort = django_filters.ChoiceFilter(
        label="Sort by", method="sort_by", empty_label=None, widget=FastSelect,
        choices=[("quotes", "Most quoted"), ("latest", "Latest quote"), ("name", "Name")],
    )

    class Meta:
        model = Speaker
        fields = []
        form = FilterForm

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
