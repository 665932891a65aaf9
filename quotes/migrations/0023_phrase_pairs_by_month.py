"""A phrase's newest matches are read month by month (PostgreSQL): each pair of adjacent words of
a quote's document (0021_phrase_pairs) is indexed twice, as it is and with the quote's month
('peac talk 202612'), so search.recent_lookup reads a phrase's matches of its newest months only,
then further back, rather than all of them: at ten million quotes "peace talks" holds some 18,600
matches, every one read from the table otherwise; "must never" (5,822 matches at a million quotes)
reads the 1,439 of its 4 newest months (17 -> 3 ms). The index's expression takes the quote's date
too, quotes_search_pairs(search_vector, dated), and follows it when it changes.

The new index is built CONCURRENTLY (imports keep writing meanwhile) before the old one goes, so
phrases stay fast throughout. On a million quotes, on the development machine (2 cores shared with
other work, load ~3-4, maintenance_work_mem 64MB): the whole migration took 140 s (some 25 minutes
at ten million); the index is 113 MB against 45 MB without the months and 31 MB for the words'.
"""

from importlib import import_module

from django.db import migrations

PAIRS = """
CREATE OR REPLACE FUNCTION quotes_search_pairs(document tsvector, day date) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_to_tsvector(array_agg(w.pair) || array_agg(w.pair || ' ' || (
           date_part('year', day) * 100 + date_part('month', day))::int)), ''::tsvector)
  FROM (SELECT u.lexeme || ' ' || lead(u.lexeme) OVER w AS pair, lead(p) OVER w - p AS gap
        FROM unnest(document) u, unnest(u.positions) p WINDOW w AS (ORDER BY p)) w
  WHERE w.gap = 1 AND octet_length(w.pair) < 2040
$$"""
INDEX = """CREATE INDEX CONCURRENTLY IF NOT EXISTS quote_search_pairs_month_idx
    ON quotes_quote USING gin (quotes_search_pairs(search_vector, dated))"""
DROP_INDEX = "DROP INDEX CONCURRENTLY IF EXISTS quote_search_pairs_month_idx"
DROP_PAIRS = "DROP FUNCTION IF EXISTS quotes_search_pairs(tsvector, date)"
ANALYZE = "ANALYZE quotes_quote"
pairs_0021 = import_module("quotes.migrations.0021_phrase_pairs")


def _on_postgres(*statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    # CREATE INDEX CONCURRENTLY: imports keep writing quotes while the index is built.
    atomic = False

    dependencies = [("quotes", "0022_listed_speakers")]

    operations = [
        migrations.RunPython(
            _on_postgres(PAIRS, INDEX, pairs_0021.DROP_INDEX, pairs_0021.DROP_PAIRS, ANALYZE),
            _on_postgres(pairs_0021.PAIRS, pairs_0021.INDEX, DROP_INDEX, DROP_PAIRS, ANALYZE),
        ),
    ]
