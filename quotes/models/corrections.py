"""The editors' log of changes to attributions and speakers."""

from django.conf import settings
from django.db import models

from quotes.models.quotes import Quote
from quotes.models.speakers import Speaker


class Correction(models.Model):
    """One editor's change to a quote's attribution or to a speaker: who, when, old → new, why.

    Django-simple-history keeps a snapshot per row (Quote, Speaker, SpeakerAlias) for audit, but
    one editorial change often spans many rows — a quote's speakers live in QuoteSpeaker rows, a
    merge moves dozens of links and aliases — so this log records the change as the editor made
    it, with the machine values needed to revert it as a unit (see quotes/editing/workflows.py).
    """

    class Action(models.TextChoices):
        SPEAKERS = "speakers", "Speakers"
        SOURCE = "source", "Source"
        KIND = "kind", "Kind"
        SPAN = "span", "Boundaries"
        STATUS = "status", "Review"
        NAME = "name", "Name"
        ROLE = "role", "Role"
        AFFILIATION = "affiliation", "Affiliation"
        SPEAKER_KIND = "speaker_kind", "Kind of speaker"
        ALIAS_ADDED = "alias_added", "Alias added"
        ALIAS_REMOVED = "alias_removed", "Alias removed"
        MERGE = "merge", "Merge"
        SPLIT = "split", "Split"

    # PROTECT: the log outlives nothing it describes. Re-extraction keeps every quote with a
    # correction (quotes/store/extractions.py), and deleting one by hand is refused.
    quote = models.ForeignKey(Quote, null=True, blank=True, on_delete=models.PROTECT, related_name="corrections")
    speaker = models.ForeignKey(Speaker, null=True, blank=True, on_delete=models.CASCADE, related_name="corrections")
    other_speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The speaker merged in, or the new speaker split off.",
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    old_value = models.JSONField(null=True, blank=True)
    new_value = models.JSONField(null=True, blank=True)
    old_display = models.CharField(max_length=500, blank=True)
    new_display = models.CharField(max_length=500, blank=True)
    reason = models.CharField(max_length=500, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    reverted_by = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="reverts"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["quote", "-created_at"], name="correction_quote_idx"),
            models.Index(fields=["speaker", "-created_at"], name="correction_speaker_idx"),
        ]

    def __str__(self):
        return f"{self.get_action_display()}: {self.old_display} → {self.new_display}"

    @property
    def is_quote_change(self) -> bool:
        return self.quote_id is not None

    @property
    def is_revertible(self) -> bool:
        """Undo records of merges, splits and alias removals carry nothing to undo them again."""
        return self.reverted_by_id is None and (self.old_value is not None or self.new_value is not None)

