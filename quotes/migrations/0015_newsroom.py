"""Search finds people and topics: a quote is found by its words, its speakers' names (and aliases)
and its article's title, on both databases, with stemming.

PostgreSQL: `search_vector` (migration 0002) stops being generated from the text alone (DROP
EXPRESSION keeps its values and both indexes) and is kept by triggers instead: the text weighs A,
the speakers' names and aliases B, the article's title C (so ts_rank puts the words first). A
quote's own row is computed before it is written; a change to its speakers, a speaker's name or
aliases, or an article's title recomputes the quotes concerned (statement-level triggers, so a
bulk insert of quote-speaker links recomputes each quote once).

SQLite: an FTS5 table (porter stemmer) with one row per quote (rowid = quote id) holding the same
three columns, kept by triggers on the same tables. quotes.browse.search matches and ranks with it.
"""

from django.db import migrations

PG_DOCUMENT = """
CREATE OR REPLACE FUNCTION quotes_quote_document(q_id bigint, q_text text, q_article bigint) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(q_text, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce((
           SELECT string_agg(s.name || coalesce(' ' || (SELECT string_agg(a.name, ' ') FROM quotes_speakeralias a
                                                        WHERE a.speaker_id = s.id), ''), ' ')
           FROM quotes_quotespeaker qs JOIN quotes_speaker s ON s.id = qs.speaker_id
           WHERE qs.quote_id = q_id), '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce((
           SELECT title FROM quotes_article WHERE id = q_article), '')), 'C')
$$;
CREATE OR REPLACE FUNCTION quotes_refresh_search(ids bigint[]) RETURNS void LANGUAGE sql AS $$
  UPDATE quotes_quote q SET search_vector = quotes_quote_document(q.id, q.text, q.article_id)
  WHERE q.id = ANY(ids)
$$;
"""

def _pg_rows_changed(name: str, quotes_of: str) -> str:
    """A statement-level trigger function recomputing the quotes `quotes_of` the inserted, updated
    or deleted rows ({rows}: new_rows or old_rows, the transition tables)."""
    return f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM quotes_refresh_search(ARRAY({quotes_of.format(rows="new_rows")}));
      END IF;
      IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM quotes_refresh_search(ARRAY({quotes_of.format(rows="old_rows")}));
      END IF;
      RETURN NULL;
    END $$"""


PG_UP = [
    "ALTER TABLE quotes_quote ALTER COLUMN search_vector DROP EXPRESSION",
    PG_DOCUMENT,
    # The quote's own row.
    """CREATE FUNCTION quotes_quote_search_row() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN NEW.search_vector := quotes_quote_document(NEW.id, NEW.text, NEW.article_id); RETURN NEW; END $$""",
    """CREATE TRIGGER quote_search_row BEFORE INSERT OR UPDATE OF text, article_id ON quotes_quote
    FOR EACH ROW EXECUTE FUNCTION quotes_quote_search_row()""",
    # Its speakers.
    _pg_rows_changed("quotes_quotespeaker_search", "SELECT DISTINCT quote_id FROM {rows}"),
    """CREATE TRIGGER quotespeaker_search_insert AFTER INSERT ON quotes_quotespeaker
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quotes_quotespeaker_search()""",
    """CREATE TRIGGER quotespeaker_search_update AFTER UPDATE ON quotes_quotespeaker
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quotes_quotespeaker_search()""",
    """CREATE TRIGGER quotespeaker_search_delete AFTER DELETE ON quotes_quotespeaker
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION quotes_quotespeaker_search()""",
    # A speaker's name.
    """CREATE FUNCTION quotes_speaker_search() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM quotes_refresh_search(ARRAY(
        SELECT DISTINCT qs.quote_id FROM quotes_quotespeaker qs
        WHERE qs.speaker_id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name)));
      RETURN NULL;
    END $$""",
    """CREATE TRIGGER speaker_search AFTER UPDATE ON quotes_speaker
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quotes_speaker_search()""",
    # A speaker's aliases.
    _pg_rows_changed("quotes_alias_search", "SELECT DISTINCT qs.quote_id FROM quotes_quotespeaker qs "
                     "WHERE qs.speaker_id IN (SELECT speaker_id FROM {rows})"),
    """CREATE TRIGGER alias_search_insert AFTER INSERT ON quotes_speakeralias
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quotes_alias_search()""",
    """CREATE TRIGGER alias_search_update AFTER UPDATE ON quotes_speakeralias
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quotes_alias_search()""",
    """CREATE TRIGGER alias_search_delete AFTER DELETE ON quotes_speakeralias
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION quotes_alias_search()""",
    # An article's title.
    """CREATE FUNCTION quotes_article_search() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM quotes_refresh_search(ARRAY(
        SELECT q.id FROM quotes_quote q
        WHERE q.article_id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.title IS DISTINCT FROM o.title)));
      RETURN NULL;
    END $$""",
    """CREATE TRIGGER article_search AFTER UPDATE ON quotes_article
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quotes_article_search()""",
    # The quotes already stored.
    "UPDATE quotes_quote SET search_vector = quotes_quote_document(id, text, article_id)",
]

PG_DOWN = [
    "DROP TRIGGER IF EXISTS article_search ON quotes_article",
    "DROP TRIGGER IF EXISTS alias_search_insert ON quotes_speakeralias",
    "DROP TRIGGER IF EXISTS alias_search_update ON quotes_speakeralias",
    "DROP TRIGGER IF EXISTS alias_search_delete ON quotes_speakeralias",
    "DROP TRIGGER IF EXISTS speaker_search ON quotes_speaker",
    "DROP TRIGGER IF EXISTS quotespeaker_search_insert ON quotes_quotespeaker",
    "DROP TRIGGER IF EXISTS quotespeaker_search_update ON quotes_quotespeaker",
    "DROP TRIGGER IF EXISTS quotespeaker_search_delete ON quotes_quotespeaker",
    "DROP TRIGGER IF EXISTS quote_search_row ON quotes_quote",
    "DROP FUNCTION IF EXISTS quotes_article_search(), quotes_alias_search(), quotes_speaker_search(), "
    "quotes_quotespeaker_search(), quotes_quote_search_row(), quotes_refresh_search(bigint[]), "
    "quotes_quote_document(bigint, text, bigint)",
    # Back to the generated column of migrations 0002 and 0009.
    "DROP INDEX IF EXISTS quote_visible_dated_search_idx",
    "DROP INDEX IF EXISTS quote_search_vector_idx",
    "ALTER TABLE quotes_quote DROP COLUMN search_vector",
    """ALTER TABLE quotes_quote ADD COLUMN search_vector tsvector
       GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(text, ''))) STORED""",
    "CREATE INDEX quote_search_vector_idx ON quotes_quote USING gin (search_vector)",
    """CREATE INDEX quote_visible_dated_search_idx
       ON quotes_quote (dated DESC, id DESC) INCLUDE (search_vector) WHERE status <> 'rejected'""",
]

# The names of a quote's speakers (and their aliases), as one text.
SQLITE_NAMES = """(SELECT group_concat(s.name || coalesce(' ' || (SELECT group_concat(a.name, ' ')
    FROM quotes_speakeralias a WHERE a.speaker_id = s.id), ''), ' ')
    FROM quotes_quotespeaker qs JOIN quotes_speaker s ON s.id = qs.speaker_id WHERE qs.quote_id = {quote})"""


def _sqlite_names(quote: str) -> str:
    return SQLITE_NAMES.format(quote=quote)


def _refresh_names_of_speaker(speaker: str) -> str:
    return (f"UPDATE quotes_quote_fts SET names = {_sqlite_names('quotes_quote_fts.rowid')} "
            f"WHERE rowid IN (SELECT quote_id FROM quotes_quotespeaker WHERE speaker_id = {speaker});")


SQLITE_UP = [
    """CREATE VIRTUAL TABLE quotes_quote_fts USING fts5(
        text, names, title, tokenize = 'porter unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER quote_fts_insert AFTER INSERT ON quotes_quote BEGIN
        INSERT INTO quotes_quote_fts (rowid, text, names, title) VALUES (
            new.id, new.text, {_sqlite_names('new.id')}, (SELECT title FROM quotes_article WHERE id = new.article_id));
    END""",
    """CREATE TRIGGER quote_fts_update AFTER UPDATE OF text, article_id ON quotes_quote BEGIN
        UPDATE quotes_quote_fts SET text = new.text,
            title = (SELECT title FROM quotes_article WHERE id = new.article_id) WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER quote_fts_delete AFTER DELETE ON quotes_quote BEGIN
        DELETE FROM quotes_quote_fts WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER quotespeaker_fts_insert AFTER INSERT ON quotes_quotespeaker BEGIN
        UPDATE quotes_quote_fts SET names = {_sqlite_names('new.quote_id')} WHERE rowid = new.quote_id;
    END""",
    f"""CREATE TRIGGER quotespeaker_fts_update AFTER UPDATE OF quote_id, speaker_id ON quotes_quotespeaker BEGIN
        UPDATE quotes_quote_fts SET names = {_sqlite_names('new.quote_id')} WHERE rowid = new.quote_id;
        UPDATE quotes_quote_fts SET names = {_sqlite_names('old.quote_id')} WHERE rowid = old.quote_id;
    END""",
    f"""CREATE TRIGGER quotespeaker_fts_delete AFTER DELETE ON quotes_quotespeaker BEGIN
        UPDATE quotes_quote_fts SET names = {_sqlite_names('old.quote_id')} WHERE rowid = old.quote_id;
    END""",
    f"""CREATE TRIGGER speaker_fts_update AFTER UPDATE OF name ON quotes_speaker WHEN new.name IS NOT old.name BEGIN
        {_refresh_names_of_speaker('new.id')}
    END""",
    f"""CREATE TRIGGER alias_fts_insert AFTER INSERT ON quotes_speakeralias BEGIN
        {_refresh_names_of_speaker('new.speaker_id')}
    END""",
    f"""CREATE TRIGGER alias_fts_update AFTER UPDATE OF name, speaker_id ON quotes_speakeralias BEGIN
        {_refresh_names_of_speaker('new.speaker_id')}
        {_refresh_names_of_speaker('old.speaker_id')}
    END""",
    f"""CREATE TRIGGER alias_fts_delete AFTER DELETE ON quotes_speakeralias BEGIN
        {_refresh_names_of_speaker('old.speaker_id')}
    END""",
    """CREATE TRIGGER article_fts_update AFTER UPDATE OF title ON quotes_article WHEN new.title IS NOT old.title BEGIN
        UPDATE quotes_quote_fts SET title = new.title WHERE rowid IN (SELECT id FROM quotes_quote WHERE article_id = new.id);
    END""",
    f"""INSERT INTO quotes_quote_fts (rowid, text, names, title)
        SELECT q.id, q.text, {_sqlite_names('q.id')}, (SELECT title FROM quotes_article WHERE id = q.article_id)
        FROM quotes_quote q""",
]

SQLITE_DOWN = [
    *(f"DROP TRIGGER IF EXISTS {name}" for name in (
        "quote_fts_insert", "quote_fts_update", "quote_fts_delete", "quotespeaker_fts_insert",
        "quotespeaker_fts_update", "quotespeaker_fts_delete", "speaker_fts_update", "alias_fts_insert",
        "alias_fts_update", "alias_fts_delete", "article_fts_update")),
    "DROP TABLE IF EXISTS quotes_quote_fts",
]


def _by_vendor(postgresql, sqlite):
    def run(apps, schema_editor):
        statements = {"postgresql": postgresql, "sqlite": sqlite}.get(schema_editor.connection.vendor, [])
        for sql in statements:
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("quotes", "0014_scale")]

    operations = [
        migrations.RunPython(_by_vendor(PG_UP, SQLITE_UP), _by_vendor(PG_DOWN, SQLITE_DOWN)),
    ]
