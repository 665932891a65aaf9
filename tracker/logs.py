"""Logging helpers named by settings.LOGGING."""

import logging


class OneLineForbidden(logging.Filter):
    """A refused request (403) is an everyday event, not an error: log its one line, no traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "status_code", None) == 403:
            record.exc_info = record.exc_text = None
        return True
