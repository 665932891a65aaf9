"""Uploads stream straight into IMPORT_DIR in 64 KB chunks (never whole in memory), then move into
their batch's own folder under a name we made, never one the client sent."""

import re
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.db import transaction

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
