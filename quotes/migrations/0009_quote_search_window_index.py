"""The ranked search window (quotes.search.ranked_window_ids) reads the newest visible quotes off one
index that also carries their search vectors: PostgreSQL tests each one's words on the index entry,
without visiting the table (an index-only scan), so finding the newest matches of a common word
checks ~20,000 entries rather than fetching ~20,000 rows. That holds for pages the visibility map
marks all-visible, which is what autovacuum keeps up: the quote table is vacuumed every 10,000
inserted rows rather than every 20% of the table, so a fresh import is searchable this way within
about a minute.

Also drops quote_source_idx, an exact copy of the index Django makes for the source foreign key.
"""

from django.db import migrations

CREATE = """CREATE INDEX CONCURRENTLY IF NOT EXISTS quote_visible_dated_search_idx
    ON quotes_quote (dated DESC, id DESC) INCLUDE (search_vector) WHERE status <> 'rejected'"""
DROP = "DROP INDEX CONCURRENTLY IF EXISTS quote_visible_dated_search_idx"
VACUUM_OFTEN = """ALTER TABLE quotes_quote SET
    (autovacuum_vacuum_insert_threshold = 10000, autovacuum_vacuum_insert_scale_factor = 0)"""
VACUUM_DEFAULT = """ALTER TABLE quotes_quote RESET
    (autovacuum_vacuum_insert_threshold, autovacuum_vacuum_insert_scale_factor)"""


def _on_postgres(*statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    # CREATE INDEX CONCURRENTLY: imports keep writing quotes while the index is built.
    atomic = False

    dependencies = [("quotes", "0008_article_claim_index")]

    operations = [
        migrations.RemoveIndex(model_name="quote", name="quote_source_idx"),
        migrations.RunPython(_on_postgres(CREATE, VACUUM_OFTEN), _on_postgres(VACUUM_DEFAULT, DROP)),
    ]
