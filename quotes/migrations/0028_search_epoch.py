"""A count of changes to stored quotes, which a cached ranked search window is stamped with
(quotes.browse.search._stamp_sql), on PostgreSQL.

The window was stamped with the newest quote's id alone: a quote stored since showed at once, but
one an editor's correction made match (its text, a speaker added, its article moved to another
outlet) stayed out of the ranked results for up to RANK_CACHE_SECONDS. Every statement that writes
quotes (a quote's own row, or its search document when its speakers or article change) or moves
an article to another outlet now takes the next value of a sequence: no row is locked, nothing is
rolled back, and reading it is one lookup. (A search ranked in the milliseconds between an edit's
statement and its commit reads the new count with the old rows, and keeps them for up to a minute as
before: a sequence is not transactional.) SQLite ranks without a cache: nothing to do.
"""

from django.db import migrations

PG_UP = [
    "CREATE SEQUENCE IF NOT EXISTS quotes_search_epoch",
    """CREATE OR REPLACE FUNCTION quotes_search_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM nextval('quotes_search_epoch'); RETURN NULL; END $$""",
    """CREATE TRIGGER quote_search_epoch AFTER INSERT OR UPDATE OR DELETE ON quotes_quote
    FOR EACH STATEMENT EXECUTE FUNCTION quotes_search_changed()""",
    """CREATE TRIGGER article_outlet_search_epoch AFTER UPDATE OF outlet_id ON quotes_article
    FOR EACH STATEMENT EXECUTE FUNCTION quotes_search_changed()""",
]

PG_DOWN = [
    "DROP TRIGGER IF EXISTS article_outlet_search_epoch ON quotes_article",
    "DROP TRIGGER IF EXISTS quote_search_epoch ON quotes_quote",
    "DROP FUNCTION IF EXISTS quotes_search_changed()",
    "DROP SEQUENCE IF EXISTS quotes_search_epoch",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)
    return run


class Migration(migrations.Migration):

    dependencies = [
        ("quotes", "0027_source_label_indexes"),
    ]

    operations = [
        migrations.RunPython(_run(PG_UP), _run(PG_DOWN)),
    ]
