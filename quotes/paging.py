"""The page number of a list, read from a query string the way every list reads it."""

import re

_ASCII_NUMBER = re.compile(r"[0-9]{1,9}")


def page_number(value: str | None, *, cap: int) -> int:
    """A page number between 1 and `cap`; 1 for anything else. Only ASCII digits count: int() and
    str.isdigit() also accept '²' or '١٢' (the first crashes int(), the second is a surprise)."""
    if value is None or not _ASCII_NUMBER.fullmatch(value):
        return 1
    return min(max(int(value), 1), cap)
