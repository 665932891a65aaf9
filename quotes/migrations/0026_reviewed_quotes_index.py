"""An index of the quotes an editor verified or corrected ("verified only"), built CONCURRENTLY on
PostgreSQL: imports keep writing quotes meanwhile (hence atomic = False)."""

from django.db import migrations, models

REVIEWED = models.Index(fields=["id"], condition=models.Q(status__in=["verified", "corrected"]), name="quote_reviewed_idx")


def _add(apps, schema_editor):
    model = apps.get_model("quotes", "Quote")
    postgres = schema_editor.connection.vendor == "postgresql"
    schema_editor.add_index(model, REVIEWED, **({"concurrently": True} if postgres else {}))


def _remove(apps, schema_editor):
    model = apps.get_model("quotes", "Quote")
    postgres = schema_editor.connection.vendor == "postgresql"
    schema_editor.remove_index(model, REVIEWED, **({"concurrently": True} if postgres else {}))


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("quotes", "0025_compact_speakers"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.AddIndex(model_name="quote", index=REVIEWED)],
            database_operations=[migrations.RunPython(_add, _remove)],
        ),
    ]
