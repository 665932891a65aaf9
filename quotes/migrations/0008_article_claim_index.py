"""A worker claims "the batch's next pending articles in id order": one index gives exactly those
(it replaces the batch + status index, and the import_batch foreign key's own index, which it covers)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('quotes', '0007_quotespeaker_dated'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='article',
            name='article_batch_status_idx',
        ),
        migrations.AlterField(
            model_name='article',
            name='import_batch',
            field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='articles', to='quotes.importbatch'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(fields=['import_batch', 'extraction_status', 'id'], name='article_batch_status_id_idx'),
        ),
    ]
