"""Pages that stay fast on a ten-million-quote archive (issue 20).

- SpeakerDay: each speaker's visible quotes per day, filled here from the quotes already stored and
  kept by SpeakerQuerySet.refresh_quote_stats; the home page ranks a week's or a month's speakers
  from these rows instead of counting the period's quotes on every request.
- quote_review_idx: the automatic quotes newest stored first, the review queue's order; and
  speaker_needs_review_idx: the few speakers the queue asks about, not a scan of all of them.
- PostgreSQL: pg_trgm and trigram GIN indexes on UPPER(name) of speakers and their aliases, which is
  what `name__icontains` compares (SpeakerQuerySet.named_like): a name search reads the matching
  rows off them instead of testing every name.
"""

import django.db.models.deletion
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models
from django.db.models.functions import Upper

FILL_DAYS = """INSERT INTO quotes_speakerday (speaker_id, day, quotes)
    SELECT l.speaker_id, l.dated, COUNT(*) FROM quotes_quotespeaker l
    JOIN quotes_quote q ON q.id = l.quote_id AND q.status <> 'rejected'
    GROUP BY l.speaker_id, l.dated"""


def _trigram_index(model_name):
    return GinIndex(OpClass(Upper("name"), name="gin_trgm_ops"), name=f"{model_name}_name_trgm_idx")


def add_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in ("speaker", "speakeralias"):
            schema_editor.add_index(apps.get_model("quotes", name), _trigram_index(name))


def remove_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in ("speaker", "speakeralias"):
            schema_editor.remove_index(apps.get_model("quotes", name), _trigram_index(name))


class Migration(migrations.Migration):

    dependencies = [
        ("quotes", "0013_reliability"),
    ]

    operations = [
        migrations.CreateModel(
            name="SpeakerDay",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("day", models.DateField()),
                ("quotes", models.PositiveIntegerField()),
                ("speaker", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="days",
                                              to="quotes.speaker")),
            ],
        ),
        migrations.RunSQL(FILL_DAYS, migrations.RunSQL.noop),
        migrations.AddIndex(
            model_name="speakerday",
            index=models.Index(fields=["day", "speaker", "quotes"], name="speakerday_day_idx"),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(condition=models.Q(("status", "auto")), fields=["-created_at", "-id"],
                               name="quote_review_idx"),
        ),
        migrations.AddIndex(
            model_name="speaker",
            index=models.Index(condition=models.Q(("needs_review", True)), fields=["id"],
                               name="speaker_needs_review_idx"),
        ),
        TrigramExtension(),
        migrations.RunPython(add_trigram_indexes, remove_trigram_indexes),
    ]
