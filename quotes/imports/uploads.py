"""Uploads stream straight into IMPORT_DIR in 64 KB chunks (never whole in memory), then move into
their batch's own folder under a name we made, never one the client sent.

Nothing is written before the CSRF check has passed what it can without the body (UploadCsrfCheck),
and partial uploads a dead connection left behind are swept (sweep_stale_uploads: on every upload,
and `manage.py sweepuploads` for a cron job)."""

import re
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.db import transaction
from django.middleware.csrf import (
    REASON_BAD_ORIGIN,
    REASON_NO_CSRF_COOKIE,
    CsrfViewMiddleware,
    InvalidTokenFormat,
    RejectRequest,
    _check_token_format,
    _does_token_match,
)

from quotes.models import ImportBatch, Outlet

from .limits import extension_of


def incoming_dir() -> Path:
    folder = Path(settings.IMPORT_DIR) / "incoming"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class ImportUploadHandler(FileUploadHandler):
    """Writes every uploaded file to IMPORT_DIR/incoming and stops the upload past the size limit."""

    def __init__(self, request=None):
        super().__init__(request)
        self.total = 0
        self.too_large = False
        self.paths: list[Path] = []

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        path = incoming_dir() / f"{uuid.uuid4().hex}.part"
        self.paths.append(path)
        self.file = UploadedFile(file=open(path, "w+b"), name=self.file_name, content_type=self.content_type,
                                 size=0, charset=self.charset)
        self.file.stored_path = path

    def receive_data_chunk(self, raw_data, start):
        self.total += len(raw_data)
        if self.total > settings.IMPORT_MAX_UPLOAD_BYTES:
            self.too_large = True
            self.discard()
            raise StopUpload(connection_reset=False)
        self.file.write(raw_data)
        return None

    def file_complete(self, file_size):
        self.file.flush()
        self.file.seek(0)
        self.file.size = file_size
        return self.file

    def discard(self):
        """Remove what was written (the upload was refused)."""
        if getattr(self, "file", None) is not None:
            self.file.close()
        for path in self.paths:
            path.unlink(missing_ok=True)


def sweep_stale_uploads() -> int:
    """Delete partial uploads no byte was written to for IMPORT_STALE_UPLOAD_SECONDS (a live upload
    touches its file with every chunk); returns how many."""
    cutoff = time.time() - settings.IMPORT_STALE_UPLOAD_SECONDS
    swept = 0
    for path in incoming_dir().glob("*.part"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                swept += 1
        except FileNotFoundError:  # another process finished or swept it meanwhile
            continue
    return swept


class UploadCsrfCheck(CsrfViewMiddleware):
    """Django's CSRF check in two steps, so a refused upload is never written to disk.

    before_body() checks all that needs no body: the Origin (or, over HTTPS without one, the
    Referer), the CSRF cookie, and the token itself when it comes in the X-CSRFToken header (as
    htmx sends it). A POST with neither an Origin nor that header is refused here: browsers send
    Origin with every form POST. after_body() is Django's usual check, for a token that came in the
    form (a browser without JavaScript); its Origin was already verified, so that body is the site's own.
    """

    def __init__(self):
        super().__init__(lambda request: None)

    def before_body(self, request):
        if getattr(request, "_dont_enforce_csrf_checks", False):  # the test client's default
            return self._accept(request)
        header = request.META.get(settings.CSRF_HEADER_NAME)
        try:
            if "HTTP_ORIGIN" in request.META:
                if not self._origin_verified(request):
                    raise RejectRequest(REASON_BAD_ORIGIN % request.META["HTTP_ORIGIN"])
            elif header is None:
                raise RejectRequest("Origin header missing: an upload needs it, or the X-CSRFToken header.")
            elif request.is_secure():
                self._check_referer(request)
            try:
                secret = self._get_secret(request)
            except InvalidTokenFormat as exc:
                raise RejectRequest(f"CSRF cookie {exc.reason}.") from None
            if secret is None:
                raise RejectRequest(REASON_NO_CSRF_COOKIE)
            if header is not None:
                try:
                    _check_token_format(header)
                except InvalidTokenFormat as exc:
                    raise RejectRequest(self._bad_token_message(exc.reason, settings.CSRF_HEADER_NAME)) from None
                if not _does_token_match(header, secret):
                    raise RejectRequest(self._bad_token_message("incorrect", settings.CSRF_HEADER_NAME))
                return self._accept(request)
        except RejectRequest as exc:
            return self._reject(request, exc.reason)
        return None

    def after_body(self, request):
        if getattr(request, "csrf_processing_done", False):
            return None
        return self.process_view(request, None, (), {})


def safe_name(index: int, client_name: str) -> str:
    """'../../etc/passwd' -> '001-passwd': the folder part and odd characters never reach the disk."""
    base = re.split(r"[\\/]", client_name)[-1]
    base = re.sub(r"[^A-Za-z0-9._ -]", "_", base).strip(" .") or "upload"
    return f"{index:03d}-{base[-150:]}"


def create_batch(*, files, start: Callable[[int], None], outlet_name: str = "", user=None) -> ImportBatch:
    """A batch for uploaded files (UploadedFile objects, or (name, path) pairs from the command line),
    moved or copied into its own folder; start(batch_id) runs once the transaction commits (the
    callers pass quotes.imports.tasks.start_batch, which queues its reading)."""
    outlet = Outlet.objects.get_or_create(name=outlet_name.strip()[:200])[0] if outlet_name.strip() else None
    with transaction.atomic():
        names = [getattr(item, "name", None) or item[0] for item in files]
        extensions = sorted({extension_of(name).lstrip(".") or "?" for name in names})
        batch = ImportBatch.objects.create(
            created_by=user if user and user.is_authenticated else None,
            original_name=", ".join(names)[:255],
            format="+".join(extensions)[:20],
            default_outlet=outlet,
        )
        folder = Path(settings.IMPORT_DIR) / f"batch-{batch.pk}"
        folder.mkdir(parents=True, exist_ok=True)
        for index, item in enumerate(files, start=1):
            target = folder / safe_name(index, names[index - 1])
            if isinstance(item, UploadedFile) and getattr(item, "stored_path", None):
                item.close()
                Path(item.stored_path).replace(target)
            elif isinstance(item, UploadedFile):
                with open(target, "wb") as out:
                    for piece in item.chunks():
                        out.write(piece)
            else:
                shutil.copyfile(item[1], target)
        batch.stored_path = str(folder)
        batch.save(update_fields=["stored_path"])
        transaction.on_commit(lambda: start(batch.pk))
    return batch
