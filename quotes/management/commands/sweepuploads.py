"""Delete partial uploads left behind by dead connections (the upload page also sweeps on each upload)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from quotes.imports.uploads import sweep_stale_uploads


class Command(BaseCommand):
    help = ("Delete partial uploads under IMPORT_DIR/incoming that received no data for "
            "IMPORT_STALE_UPLOAD_SECONDS. Safe to run from cron at any time.")

    def handle(self, *args, **options):
        swept = sweep_stale_uploads()
        self.stdout.write(f"Swept {swept} partial upload(s) idle for over {settings.IMPORT_STALE_UPLOAD_SECONDS} s.")
