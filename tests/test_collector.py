"""Garbage left in reference cycles by a request is collected as its response closes, not in the
middle of a later reader's request (tracker/collector.py; bench/collector.py measures the pauses)."""

import gc
import weakref

import pytest
from django.core.signals import request_started
from django.urls import reverse


class Node:
    pass


@pytest.mark.django_db
def test_a_reference_cycle_made_while_serving_a_page_is_freed_when_its_response_closes(client):
    made = []

    def make_a_cycle(**kwargs):
        node = Node()
        node.itself = node  # reference counting alone never frees it
        made.append(weakref.ref(node))

    request_started.connect(make_a_cycle)
    gc.disable()  # no collection on the collector's own schedule: only the one after the response
    try:
        response = client.get(reverse("login"))
    finally:
        gc.enable()
        request_started.disconnect(make_a_cycle)
    assert response.status_code == 200
    assert made and made[0]() is None
    # What the first response loaded is frozen out of full collections.
    assert gc.get_freeze_count() > 0
