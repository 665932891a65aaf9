"""The review queue's "no speaker" filter reads its quotes off an index of the few automatic quotes
whose search vector holds no speaker's name (PostgreSQL): every quote without a speaker is one of
them (QuoteQuerySet.without_speaker_names). Without it the filter probed the speaker links of every
automatic quote, newest first, for a page it may never fill: 3-4 s at a million quotes when no
quote lacks a speaker, ten times that at ten million.
"""

from django.db import migrations

CREATE = """CREATE INDEX CONCURRENTLY IF NOT EXISTS quote_review_unattributed_idx
    ON quotes_quote (created_at DESC, id DESC)
    WHERE status = 'auto' AND length(ts_filter(search_vector, '{b}')) = 0"""
DROP = "DROP INDEX CONCURRENTLY IF EXISTS quote_review_unattributed_idx"


def _on_postgres(*statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    # CREATE INDEX CONCURRENTLY: imports keep writing quotes while the index is built.
    atomic = False

    dependencies = [("quotes", "0019_story_versions")]

    operations = [migrations.RunPython(_on_postgres(CREATE), _on_postgres(DROP))]
