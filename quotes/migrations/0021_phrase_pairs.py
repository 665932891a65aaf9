"""A phrase is looked up by its pairs of adjacent words (PostgreSQL).

The full-text index of `search_vector` (GIN) keeps which quotes hold a word, not where: a phrase
("peace talks") was answered with every quote holding both words (37,393 at a million quotes),
each read from the table to test whether they stand side by side (1,858 do): ~300 ms, ten times
that at ten million. Here each quote's document also yields its pairs of adjacent words, one
lexeme each ('peac talk': two lexemes and a space, which no word of the parser holds), in an index
of their own: quotes_search_pairs(search_vector), an expression index, so the pairs need no column
and follow the document through every path that writes it (the triggers of 0015 and 0018, the
bulk path of quotes.store.bulk.search_vectors_deferred, seedcorpus' copies). A phrase then reads
the quotes holding all of its pairs (quotes.browse.search.match_quotes): those holding the phrase,
and seldom another (a three-word phrase whose two pairs stand apart), which the phrase itself,
tested on each, leaves out. The pairs come from the positions of the document, so they hold
exactly where a phrase query can match (a phrase across the text and the speakers' names included).

Built CONCURRENTLY (imports keep writing meanwhile): 68 s on a million quotes on the development
machine (2 shared cores, maintenance_work_mem 64MB), 45 MB next to the 31 MB of the words' index.
Then ANALYZE, so the planner knows how common each pair is (statistics of the index's expression).
"""

from django.db import migrations

# Adjacent positions of the document, lexeme by lexeme (a lexeme lists its positions: unnested,
# then ordered), as 'first second'; a pair too long for a lexeme (2,047 bytes) is left out.
PAIRS = """
CREATE OR REPLACE FUNCTION quotes_search_pairs(document tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_to_tsvector(array_agg(w.pair)), ''::tsvector)
  FROM (SELECT u.lexeme || ' ' || lead(u.lexeme) OVER w AS pair, lead(p) OVER w - p AS gap
        FROM unnest(document) u, unnest(u.positions) p WINDOW w AS (ORDER BY p)) w
  WHERE w.gap = 1 AND octet_length(w.pair) < 2047
$$"""
INDEX = """CREATE INDEX CONCURRENTLY IF NOT EXISTS quote_search_pairs_idx
    ON quotes_quote USING gin (quotes_search_pairs(search_vector))"""
ANALYZE = "ANALYZE quotes_quote"
DROP_INDEX = "DROP INDEX CONCURRENTLY IF EXISTS quote_search_pairs_idx"
DROP_PAIRS = "DROP FUNCTION IF EXISTS quotes_search_pairs(tsvector)"


def _on_postgres(*statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    # CREATE INDEX CONCURRENTLY: imports keep writing quotes while the index is built.
    atomic = False

    dependencies = [("quotes", "0020_speed2")]

    operations = [migrations.RunPython(_on_postgres(PAIRS, INDEX, ANALYZE), _on_postgres(DROP_INDEX, DROP_PAIRS))]
