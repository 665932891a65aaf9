"""The page number of a list, read from a query string the way every list reads it, and a
paginator that counts a long list once a minute."""

import hashlib
import re
from functools import cached_property

from django.core.cache import cache
from django.core.paginator import Paginator

_ASCII_NUMBER = re.compile(r"[0-9]{1,9}")


def page_number(value: str | None, *, cap: int) -> int:
    """A page number between 1 and `cap`; 1 for anything else. Only ASCII digits count: int() and
    str.isdigit() also accept '²' or '١٢' (the first crashes int(), the second is a surprise)."""
    if value is None or not _ASCII_NUMBER.fullmatch(value):
        return 1
    return min(max(int(value), 1), cap)


COUNT_CACHE_SECONDS = 60  # as ranked search windows (quotes.browse.search.RANK_CACHE_SECONDS)


class CountCachedPaginator(Paginator):
    """A Paginator whose count, for the same list and filters (`key`), is reused for a minute: its
    pages are read by OFFSET at once, but counting 200,000 speakers reads an index of them all
    (35 ms at 200,000), every page and every reader. A list that grew meanwhile shows its new
    rows; its count and last page catch up within COUNT_CACHE_SECONDS."""

    def __init__(self, object_list, per_page, *, key, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.cache_key = "count:" + hashlib.sha256(repr(key).encode()).hexdigest()

    @cached_property
    def count(self):
        return cache.get_or_set(self.cache_key, lambda: super(CountCachedPaginator, self).count, COUNT_CACHE_SECONDS)
