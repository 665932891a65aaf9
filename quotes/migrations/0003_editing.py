# The editing work: a log of editors' corrections (who, when, old → new, why), revertible.
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("quotes", "0002_browse"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Correction",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("action", models.CharField(choices=[("speakers", "Speakers"), ("source", "Source"), ("kind", "Kind"), ("span", "Boundaries"), ("status", "Review"), ("name", "Name"), ("role", "Role"), ("affiliation", "Affiliation"), ("speaker_kind", "Kind of speaker"), ("alias_added", "Alias added"), ("alias_removed", "Alias removed"), ("merge", "Merge"), ("split", "Split")], max_length=20)),
                ("old_value", models.JSONField(blank=True, null=True)),
                ("new_value", models.JSONField(blank=True, null=True)),
                ("old_display", models.CharField(blank=True, max_length=500)),
                ("new_display", models.CharField(blank=True, max_length=500)),
                ("reason", models.CharField(blank=True, max_length=500)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("other_speaker", models.ForeignKey(blank=True, help_text="The speaker merged in, or the new speaker split off.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="quotes.speaker")),
                ("quote", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name="corrections", to="quotes.quote")),
                ("reverted_by", models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="reverts", to="quotes.correction")),
                ("speaker", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name="corrections", to="quotes.speaker")),
                ("user", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL)),
            ],
            options={
                "ordering": ["-created_at", "-id"],
                "indexes": [
                    models.Index(fields=["quote", "-created_at"], name="correction_quote_idx"),
                    models.Index(fields=["speaker", "-created_at"], name="correction_speaker_idx"),
                ],
            },
        ),
    ]
