"""Speakers' statistics move out of the speaker's row into SpeakerStats (one row each, copied)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('quotes', '0023_phrase_pairs_by_month'),
    ]

    operations = [
        migrations.CreateModel(
            name='SpeakerStats',
            fields=[
                ('speaker', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='counted', serialize=False, to='quotes.speaker')),
                ('document', models.JSONField(default=dict)),
            ],
        ),
        migrations.RunSQL(
            "INSERT INTO quotes_speakerstats (speaker_id, document) SELECT id, quote_stats FROM quotes_speaker",
            reverse_sql="UPDATE quotes_speaker SET quote_stats = (SELECT document FROM quotes_speakerstats "
                        "WHERE speaker_id = quotes_speaker.id) WHERE id IN (SELECT speaker_id FROM quotes_speakerstats)",
        ),
        migrations.RemoveField(
            model_name='speaker',
            name='quote_stats',
        ),
    ]
