from django import forms
from django.conf import settings
from django.db.models import Q

from quotes.models import Article, Outlet, content_hash


class ArticleForm(forms.ModelForm):
    """An article pasted in by hand. The outlet is typed by name and created when new."""

    outlet_name = forms.CharField(label="Outlet", max_length=200, required=False)

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
                raise forms.ValidationError(f"This article is already in the tracker as “{existing.title}”.")
        return cleaned

    def save(self, commit=True):
        name = self.cleaned_data.get("outlet_name", "").strip()
        if name:
            self.instance.outlet, _ = Outlet.objects.get_or_create(name=name)
        return super().save(commit=commit)
