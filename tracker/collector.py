"""Python's cyclic garbage collector, run between requests instead of in the middle of them.

A page leaves about a thousand objects in reference cycles that reference counting cannot free
(prefetched rows point back at their quote, a bound form at its fields, a queryset at its query).
On the collector's own schedule they pile up and are freed together in the middle of one request
in ten: 5–14 ms, most of the gap between a page's p50 and its p95 at a million quotes. Collected
when each response closes (after the server has sent it) they cost about a millisecond that no
reader waits for. `bench/collector.py` measures both ways in one run.
"""

import gc

from django.core.signals import request_finished

YOUNG = 1  # generations 0 and 1: what the requests since the last collection left behind


def _freeze_start_up(**kwargs):
    """After the first response, once: the code and templates loaded to serve it live as long as
    the process. Frozen, they are no longer walked by every full collection (130 ms at a time) and
    their memory pages stay shared between forked workers."""
    request_finished.disconnect(dispatch_uid=_freeze_start_up)
    gc.collect()
    gc.freeze()


def _collect_young(**kwargs):
    gc.collect(YOUNG)


def collect_between_requests(on: bool = True) -> None:
    """Turned on for every process by QuotesConfig.ready (off and on again by bench/collector.py)."""
    if on:
        request_finished.connect(_freeze_start_up, dispatch_uid=_freeze_start_up)
        request_finished.connect(_collect_young, dispatch_uid=_collect_young)
    else:
        request_finished.disconnect(dispatch_uid=_freeze_start_up)
        request_finished.disconnect(dispatch_uid=_collect_young)
        gc.unfreeze()
