"""Many rows in one statement, for the import workers: on PostgreSQL the rows travel as one array
per column (INSERT ... SELECT FROM unnest); on other databases through the ORM's bulk_create.

Why not bulk_create everywhere: it builds model instances, then SQL and adapted values field by
field and row by row in Python. For a chunk of 128 articles (some 600 quotes and 700 speaker
links) that was most of a worker's time outside spaCy, taken from the thread that parses. Here
Python only gathers columns, and PostgreSQL does the rest on its own core.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connections, router, transaction
from django.db.models import Model

from quotes.models import Quote


def insert_rows(model: type[Model], rows: list[dict]) -> list[int]:
    """Insert rows given as {field attname: value}, all with the same keys; the fields left out
    take their defaults (auto_now and auto_now_add fields: now). Returns the new ids in row order."""
    if not rows:
        return []
    connection = connections[router.db_for_write(model)]
    if connection.vendor != "postgresql":
        return [obj.pk for obj in model._default_manager.bulk_create([model(**row) for row in rows])]
    given = list(rows[0])
    fields = {field.attname: field for field in model._meta.concrete_fields}
    columns = {fields[name]: [row[name] for row in rows] for name in given}
    prototype = model()  # the values of the fields left out: the same for every row
    for field in model._meta.concrete_fields:
        if field.attname not in rows[0] and not field.primary_key and not field.generated:
            columns[field] = [field.pre_save(prototype, add=True)] * len(rows)
    names = ", ".join(connection.ops.quote_name(field.column) for field in columns)
    arrays = ", ".join(f"%s::{field.db_type(connection)}[]" for field in columns)
    params = [[field.get_db_prep_save(value, connection) for value in values] for field, values in columns.items()]
    table, pk = connection.ops.quote_name(model._meta.db_table), connection.ops.quote_name(model._meta.pk.column)
    with connection.cursor() as cursor:
        # Rows are inserted, and returned, in the order unnest gives them: the arrays' order.
        cursor.execute(f"INSERT INTO {table} ({names}) SELECT * FROM unnest({arrays}) RETURNING {pk}", params)
        return [row[0] for row in cursor.fetchall()]


@contextmanager
def search_vectors_deferred() -> Iterator[list[int]]:
    """Write many quotes and links with their search vectors computed once, at the end.

    Inside (one transaction), PostgreSQL's search triggers (migrations 0015 and 0016) do nothing:
    add the ids of the quotes written, or rewritten, to the list yielded, and their vectors are
    computed in one set-based UPDATE on the way out. Without this, each quote's vector was computed
    as it went in and again when its speaker links followed. Deleted quotes need no entry. Other
    databases keep their triggers (SQLite's full-text rows cost little) and ignore the list.
    """
    written: list[int] = []
    connection = connections[router.db_for_write(Quote)]
    if connection.vendor != "postgresql":
        yield written
        return
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        # Local to the transaction; rolled back with it (or its savepoint) if the block fails.
        cursor.execute("SELECT set_config('quotes.search_deferred', 'on', true)")
        yield written
        cursor.execute("SELECT set_config('quotes.search_deferred', 'off', true)")
        if written:
            cursor.execute("SELECT quotes_refresh_search(%s::bigint[])", [sorted(set(written))])
