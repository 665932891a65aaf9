# Browse and search: quotes carry their article's date, speakers their quote counts, and on
# PostgreSQL quotes get a stored full-text vector with a GIN index (SQLite searches with LIKE).
from django.db import migrations, models

POSTGRES_UP = [
    # Stored generated column: always in step with the text, whoever writes the row.
    """ALTER TABLE quotes_quote ADD COLUMN search_vector tsvector
       GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(text, ''))) STORED""",
    "CREATE INDEX quote_search_vector_idx ON quotes_quote USING gin (search_vector)",
    # "Other articles carrying the same words" looks quotes up by exact text.
    "CREATE INDEX quote_text_md5_idx ON quotes_quote (md5(text))",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS quote_text_md5_idx",
    "DROP INDEX IF EXISTS quote_search_vector_idx",
    "ALTER TABLE quotes_quote DROP COLUMN IF EXISTS search_vector",
]


def _on_postgres(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


def backfill_quote_dates(apps, schema_editor):
    Quote = apps.get_model("quotes", "Quote")
    Article = apps.get_model("quotes", "Article")
    for article in Article.objects.filter(quotes__isnull=False).distinct().iterator():
        dated = article.published or article.created_at.date()
        Quote.objects.filter(article=article).update(dated=dated)


class Migration(migrations.Migration):
    dependencies = [("quotes", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="quote",
            name="dated",
            field=models.DateField(editable=False, null=True),
        ),
        migrations.RunPython(backfill_quote_dates, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="quote",
            name="dated",
            field=models.DateField(editable=False),
        ),
        migrations.AddField(
            model_name="speaker",
            name="last_quoted_at",
            field=models.DateField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="speaker",
            name="quote_count",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="speaker",
            name="quote_stats",
            field=models.JSONField(default=dict, editable=False),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(fields=["-dated", "-id"], name="quote_dated_idx"),
        ),
        migrations.AddIndex(
            model_name="speaker",
            index=models.Index(fields=["-quote_count", "id"], name="speaker_quote_count_idx"),
        ),
        migrations.AddIndex(
            model_name="speaker",
            index=models.Index(fields=["-last_quoted_at", "id"], name="speaker_last_quoted_idx"),
        ),
        migrations.RunPython(_on_postgres(POSTGRES_UP), _on_postgres(POSTGRES_DOWN)),
    ]
