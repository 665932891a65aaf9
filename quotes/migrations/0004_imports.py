# The imports work: claims for resumable background work, per-record problems, near-duplicate keys.
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("quotes", "0003_editing")]

    operations = [
        migrations.CreateModel(
            name='ImportProblem',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('file', models.CharField(blank=True, max_length=500)),
                ('line', models.PositiveIntegerField(blank=True, null=True)),
                ('kind', models.CharField(choices=[('error', 'Error'), ('duplicate', 'Duplicate'), ('near_duplicate', 'Near-duplicate')], default='error', max_length=20)),
                ('message', models.TextField()),
            ],
            options={
                'ordering': ['id'],
            },
        ),
        migrations.CreateModel(
            name='NearDuplicateKey',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('key', models.BigIntegerField(db_index=True)),
            ],
        ),
        migrations.AddField(
            model_name='article',
            name='claimed_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='article',
            name='claimed_by',
            field=models.CharField(blank=True, max_length=200),
        ),
        migrations.AddField(
            model_name='importbatch',
            name='claimed_by',
            field=models.CharField(blank=True, max_length=200),
        ),
        migrations.AddField(
            model_name='importbatch',
            name='heartbeat_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='importbatch',
            name='records_done',
            field=models.PositiveIntegerField(default=0, help_text='Records read so far; a restarted ingest skips them.'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(fields=['import_batch', 'extraction_status'], name='article_batch_status_idx'),
        ),
        migrations.AddField(
            model_name='importproblem',
            name='article',
            field=models.ForeignKey(blank=True, help_text='For duplicates: the article already stored.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='quotes.article'),
        ),
        migrations.AddField(
            model_name='importproblem',
            name='batch',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='problems', to='quotes.importbatch'),
        ),
        migrations.AddField(
            model_name='nearduplicatekey',
            name='article',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='near_duplicate_keys', to='quotes.article'),
        ),
    ]
