"""Import archives from the command line, as the upload page does, with a progress bar."""

import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from quotes.imports.batches import unfinished_batches
from quotes.imports.limits import SUPPORTED_EXTENSIONS, extension_of
from quotes.imports.tasks import resume_batch, start_batch
from quotes.imports.uploads import create_batch
from quotes.models import ImportBatch


class Command(BaseCommand):
    help = ("Import CSV, JSON Lines, .txt, .html or ZIP files (or folders of them) as one batch, processed by "
            "the background workers (manage.py db_worker). --resume re-queues whatever unfinished batches still need.")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", metavar="PATH")
        parser.add_argument("--outlet", default="", help="Outlet for records that do not name one.")
        parser.add_argument("--wait", action="store_true", help="Show progress until the batch is done.")
        parser.add_argument("--resume", action="store_true",
                            help="Hand back work of dead workers and re-queue every unfinished batch.")

    def handle(self, *args, paths, outlet, wait, resume, **options):
        if resume:
            batch_ids = list(unfinished_batches().values_list("pk", flat=True))
            for batch_id in batch_ids:
                resume_batch(batch_id)
            self.stdout.write(f"Re-queued {len(batch_ids)} unfinished batch(es).")
            if not paths:
                return
        if not paths:
            raise CommandError("Give at least one file or folder to import (or --resume).")
        files = self._files(paths)
        batch = create_batch(files=files, outlet_name=outlet, start=start_batch)
        self.stdout.write(f"Import #{batch.pk}: {len(files)} file(s) queued.")
        if wait:
            self._wait(batch)
        batch.refresh_from_db()
        progress = batch.progress()
        self.stdout.write(
            f"Import #{batch.pk} {batch.get_status_display().lower()}: {progress.parsed} parsed, {progress.created} created, "
            f"{progress.duplicates} duplicates, {progress.near_duplicates} syndicated copies, {progress.errors} rejected, "
            f"{progress.extracted} extracted, {progress.failed} failed."
        )
        for problem in batch.problems.filter(kind="error")[:20]:
            where = f"{problem.file}:{problem.line}" if problem.line else problem.file
            self.stderr.write(f"  {where}: {problem.message}")

    def _files(self, paths):
        files = []
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                files += [(p.name, p) for p in sorted(path.rglob("*")) if p.is_file() and extension_of(p.name) in SUPPORTED_EXTENSIONS]
            elif path.is_file():
                files.append((path.name, path))
            else:
                raise CommandError(f"{raw}: no such file or folder.")
        if not files:
            raise CommandError(f"No importable files found (expected {', '.join(SUPPORTED_EXTENSIONS)}).")
        return files

    def _wait(self, batch: ImportBatch):
        started, last_change, last_seen, hinted = time.monotonic(), time.monotonic(), None, False
        while True:
            batch.refresh_from_db()
            progress = batch.progress()
            seen = (batch.status, progress.parsed, progress.extracted, progress.failed)
            if seen != last_seen:
                last_seen, last_change = seen, time.monotonic()
            width = 30
            filled = width * progress.percent // 100
            bar = "#" * filled + "-" * (width - filled)
            line = (f"\r[{bar}] {progress.percent:3d}%  {batch.get_status_display():<18} parsed {progress.parsed}  "
                    f"created {progress.created}  extracted {progress.extracted}  failed {progress.failed}"
                    f"{'  ETA ' + progress.eta_text if progress.eta_text else ''}   ")
            self.stdout.write(line, ending="")
            sys.stdout.flush()
            if batch.is_finished:
                self.stdout.write("")
                return
            if not hinted and time.monotonic() - last_change > 15:
                self.stderr.write("\nNothing has moved for 15 s: is a worker running?  (manage.py db_worker --queue-name '*')")
                hinted = True
            time.sleep(0.5 if time.monotonic() - started < 10 else 1)
