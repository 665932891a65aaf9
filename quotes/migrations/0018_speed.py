"""Bulk writes compute each quote's search vector once (PostgreSQL).

Since 0015_newsroom triggers keep `quotes_quote.search_vector` (text, speakers' names and aliases,
article title). Bulk writers (imports, seedcorpus) paid for it twice over: each quote's vector was
computed as the row went in, then again, row by row, by the statement trigger of its speaker links
(a 1M-quote seed took over half an hour). Now:

- Every search trigger does nothing while the transaction-local setting `quotes.search_deferred` is
  'on' (quotes.store.bulk.search_vectors_deferred turns it on, and computes the vectors of the
  quotes written once, at the end). The quote's row trigger then keeps the vector the INSERT gives
  (a copy of a quote brings its own) or leaves it NULL for that final UPDATE.
- quotes_refresh_search(ids), which every statement trigger and the bulk path call, computes the
  vectors of the quotes concerned in one set-based query (quotes_quote_documents: joins and one
  aggregation of names, quotes_quote_names), not one correlated function call per quote.
  seedcorpus computes its quotes' vectors with the same two functions as it inserts them.
Ordinary single-row edits keep the triggers of 0015 and the same vectors.
"""

from importlib import import_module

from django.db import migrations

DEFERRED = "current_setting('quotes.search_deferred', true) = 'on'"

PG_DOCUMENTS = """
CREATE FUNCTION quotes_search_document(words text, names text, title text) RETURNS tsvector
LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(words, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(names, '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'C')
$$;
CREATE FUNCTION quotes_quote_names(ids bigint[]) RETURNS TABLE (quote_id bigint, names text)
LANGUAGE sql STABLE AS $$
  WITH links AS (
    SELECT qs.quote_id, qs.speaker_id FROM quotes_quotespeaker qs WHERE qs.quote_id = ANY(ids)
  ), aliases AS (
    SELECT a.speaker_id, string_agg(a.name, ' ') AS names FROM quotes_speakeralias a
    WHERE a.speaker_id IN (SELECT speaker_id FROM links) GROUP BY a.speaker_id
  )
  SELECT l.quote_id, string_agg(s.name || coalesce(' ' || al.names, ''), ' ')
  FROM links l JOIN quotes_speaker s ON s.id = l.speaker_id LEFT JOIN aliases al ON al.speaker_id = l.speaker_id
  GROUP BY l.quote_id
$$;
CREATE FUNCTION quotes_quote_documents(ids bigint[]) RETURNS TABLE (quote_id bigint, document tsvector)
LANGUAGE sql STABLE AS $$
  SELECT q.id, quotes_search_document(q.text, n.names, ar.title)
  FROM quotes_quote q LEFT JOIN quotes_quote_names(ids) n ON n.quote_id = q.id
  LEFT JOIN quotes_article ar ON ar.id = q.article_id
  WHERE q.id = ANY(ids)
$$;
CREATE OR REPLACE FUNCTION quotes_refresh_search(ids bigint[]) RETURNS void LANGUAGE sql AS $$
  UPDATE quotes_quote q SET search_vector = d.document FROM quotes_quote_documents(ids) d WHERE q.id = d.quote_id
$$;
"""


def _rows_changed(name: str, quotes_of: str) -> str:
    """0015's statement-level trigger function, idle while the search is deferred."""
    return f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF {DEFERRED} THEN RETURN NULL; END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM quotes_refresh_search(ARRAY({quotes_of.format(rows="new_rows")}));
      END IF;
      IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM quotes_refresh_search(ARRAY({quotes_of.format(rows="old_rows")}));
      END IF;
      RETURN NULL;
    END $$"""


PG_UP = [
    PG_DOCUMENTS,
    f"""CREATE OR REPLACE FUNCTION quotes_quote_search_row() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NOT coalesce({DEFERRED}, false) THEN
        NEW.search_vector := quotes_quote_document(NEW.id, NEW.text, NEW.article_id);
      END IF;
      RETURN NEW;
    END $$""",
    _rows_changed("quotes_quotespeaker_search", "SELECT DISTINCT quote_id FROM {rows}"),
    _rows_changed("quotes_alias_search", "SELECT DISTINCT qs.quote_id FROM quotes_quotespeaker qs "
                  "WHERE qs.speaker_id IN (SELECT speaker_id FROM {rows})"),
    f"""CREATE OR REPLACE FUNCTION quotes_speaker_search() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF {DEFERRED} THEN RETURN NULL; END IF;
      PERFORM quotes_refresh_search(ARRAY(
        SELECT DISTINCT qs.quote_id FROM quotes_quotespeaker qs
        WHERE qs.speaker_id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name)));
      RETURN NULL;
    END $$""",
    f"""CREATE OR REPLACE FUNCTION quotes_article_search() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF {DEFERRED} THEN RETURN NULL; END IF;
      PERFORM quotes_refresh_search(ARRAY(
        SELECT q.id FROM quotes_quote q
        WHERE q.article_id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.title IS DISTINCT FROM o.title)));
      RETURN NULL;
    END $$""",
]


def _pg_down():
    """0015's functions as they were."""
    newsroom = import_module("quotes.migrations.0015_newsroom")
    functions = [sql.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION") for sql in newsroom.PG_UP
                 if "CREATE FUNCTION" in sql or "CREATE OR REPLACE FUNCTION" in sql]
    return [*functions, "DROP FUNCTION IF EXISTS quotes_quote_documents(bigint[]), quotes_quote_names(bigint[]), "
                        "quotes_search_document(text, text, text)"]


def _up(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in PG_UP:
            schema_editor.execute(sql)


def _down(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in _pg_down():
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("quotes", "0017_review_claims")]

    operations = [migrations.RunPython(_up, _down)]
