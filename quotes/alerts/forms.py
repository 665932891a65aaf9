"""The saved search form: a name, the list's filters (validated as the list validates them), alerts."""

from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict

from quotes.alerts.webhooks import check_destination
from quotes.browse.filters import QuoteFilter
from quotes.models import SavedSearch


class SavedSearchForm(forms.ModelForm):
    class Meta:
        model = SavedSearch
        fields = ["name", "query", "email", "webhook_url"]
        labels = {"email": "E-mail alerts", "webhook_url": "Webhook URL (optional)"}
        widgets = {"query": forms.HiddenInput}
        help_texts = {"webhook_url": "New matches are POSTed there as JSON, signed with HMAC-SHA256."}

    def clean_query(self):
        query = self.cleaned_data.get("query", "")
        filters = QuoteFilter(QueryDict(query))
        if not filters.is_valid():
            raise ValidationError("These filters are not valid: " + "; ".join(
                f"{name}: {' '.join(errors)}" for name, errors in filters.form.errors.items()))
        return query

    def clean_webhook_url(self):
        url = self.cleaned_data.get("webhook_url", "")
        if url:
            check_destination(url)
        return url
