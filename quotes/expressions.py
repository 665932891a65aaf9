"""Query expressions the ORM builds at a cost out of proportion to the SQL they give, on pages
that run them on every request."""

from django.db.models import Expression


class RelatedColumn(Expression):
    """A column of the row a chain of foreign keys leads to, read by a scalar subquery:
    RelatedColumn("article__outlet__name") on quotes is

        (SELECT (SELECT r1."name" FROM "quotes_outlet" r1 WHERE r1."id" = r0."outlet_id")
         FROM "quotes_article" r0 WHERE r0."id" = "quotes_quote"."article_id")

    the SQL of Subquery(Article.objects.filter(pk=OuterRef("article_id")).values("outlet__name")),
    NULL where a key is. Written out from the models' metadata: a Subquery builds, resolves and
    compiles a queryset every time (~0.25 ms each, three per list of quote rows, more than the
    database takes to run them)."""

    def __init__(self, path: str, *, model=None, alias: str | None = None, output_field=None):
        super().__init__(output_field=output_field)
        self.path, self.model, self.alias = path, model, alias

    def __repr__(self):
        return f"{type(self).__name__}({self.path!r})"

    def _links(self, model):
        """(the foreign keys followed, the column read at the end) for self.path from `model`."""
        *keys, column = self.path.split("__")
        fields = []
        for name in keys:
            field = model._meta.get_field(name)
            if not (field.many_to_one or field.one_to_one) or not field.concrete:
                raise ValueError(f"{self.path}: {name} is not a foreign key of {model.__name__}")
            fields.append(field)
            model = field.related_model
        if not fields:
            raise ValueError(f"{self.path}: name a foreign key, then a column")
        return fields, model._meta.get_field(column)

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False):
        _, column = self._links(query.model)
        return RelatedColumn(self.path, model=query.model, alias=query.get_initial_alias(), output_field=column)

    def relabeled_clone(self, change_map):
        return RelatedColumn(self.path, model=self.model, alias=change_map.get(self.alias, self.alias),
                             output_field=self.output_field)

    def get_group_by_cols(self):
        return [self]

    def as_sql(self, compiler, connection):
        qn = connection.ops.quote_name
        keys, column = self._links(self.model)
        # One lookup per key, innermost last: PostgreSQL planned a join of the two tables as a hash
        # join, building a hash of every outlet for each row. Aliases no query of Django's uses, so
        # the subquery cannot shadow a table of the outer one.
        sql = f"r{len(keys) - 1}.{qn(column.column)}"
        for depth in reversed(range(len(keys))):
            key, outer = keys[depth], f"r{depth - 1}" if depth else qn(self.alias)
            sql = (f"(SELECT {sql} FROM {qn(key.related_model._meta.db_table)} r{depth} "
                   f"WHERE r{depth}.{qn(key.target_field.column)} = {outer}.{qn(key.column)})")
        return sql, []
