"""PostgreSQL keeps a dropped column's values in every row until the table is rewritten: the
speakers' rows are rewritten once without their old statistics (~1 KB each; seconds at 200,000
speakers, the table locked meanwhile). VACUUM cannot run inside a transaction, hence atomic = False."""

from django.db import migrations


def compact_speakers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("VACUUM (FULL, ANALYZE) quotes_speaker")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("quotes", "0024_speaker_stats"),
    ]

    operations = [
        migrations.RunPython(compact_speakers, migrations.RunPython.noop, elidable=True),
    ]
