"""Import limits, read from settings each time so tests and deployments can change them."""

from dataclasses import dataclass

from django.conf import settings

SUPPORTED_EXTENSIONS = (".csv", ".jsonl", ".ndjson", ".txt", ".html", ".htm", ".zip")


@dataclass(frozen=True)
class Limits:
    max_upload_bytes: int
    max_files: int
    max_records: int
    max_uncompressed_bytes: int
    max_compression_ratio: int
    max_record_bytes: int
    max_article_chars: int

    @classmethod
    def from_settings(cls) -> "Limits":
        return cls(
            max_upload_bytes=settings.IMPORT_MAX_UPLOAD_BYTES,
            max_files=settings.IMPORT_MAX_FILES,
            max_records=settings.IMPORT_MAX_RECORDS,
            max_uncompressed_bytes=settings.IMPORT_MAX_UNCOMPRESSED_BYTES,
            max_compression_ratio=settings.IMPORT_MAX_COMPRESSION_RATIO,
            max_record_bytes=settings.IMPORT_MAX_RECORD_BYTES,
            max_article_chars=settings.ARTICLE_MAX_CHARS,
        )


def human_bytes(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}".replace(".0 ", " ")
        size /= 1024
    return f"{size} GB"


def extension_of(name: str) -> str:
    lowered = name.lower()
    dot = lowered.rfind(".")
    return lowered[dot:] if dot > lowered.rfind("/") else ""
