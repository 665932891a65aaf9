"""QuoteSpeaker.dated: a copy of the quote's date, so a speaker's quotes are read newest first off
one index. Filled from the quotes in one UPDATE, then made required."""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_quote_dates(apps, schema_editor):
    Quote, QuoteSpeaker = apps.get_model("quotes", "Quote"), apps.get_model("quotes", "QuoteSpeaker")
    QuoteSpeaker.objects.using(schema_editor.connection.alias).update(
        dated=Subquery(Quote.objects.filter(pk=OuterRef("quote_id")).values("dated")[:1])
    )


class Migration(migrations.Migration):
    dependencies = [("quotes", "0006_importbatch_problems_live_in_their_own_table")]

    operations = [
        migrations.AddField(model_name="quotespeaker", name="dated", field=models.DateField(editable=False, null=True)),
        migrations.RunPython(copy_quote_dates, migrations.RunPython.noop),
        migrations.AlterField(model_name="quotespeaker", name="dated", field=models.DateField(editable=False)),
        migrations.AddIndex(
            model_name="quotespeaker",
            index=models.Index(fields=["speaker", "-dated", "-quote"], name="quotespeaker_speaker_dated_idx"),
        ),
    ]
