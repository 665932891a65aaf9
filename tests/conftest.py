"""The cast, as in healthchecks' tests: alice the admin, bob the editor, charlie the journalist."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache

from quotes.roles import ADMINS, EDITORS, JOURNALISTS


@pytest.fixture(autouse=True)
def _fresh_search_cache():
    """Ranked search windows are cached per process (quotes.browse.search.RANK_CACHE_SECONDS); a test
    starts without the windows of the tests before it."""
    cache.clear()
    yield
    cache.clear()


def _user(django_user_model, username, role):
    user = django_user_model.objects.create_user(username=username, password="password")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def alice(db, django_user_model):
    return _user(django_user_model, "alice", ADMINS)


@pytest.fixture
def bob(db, django_user_model):
    return _user(django_user_model, "bob", EDITORS)


@pytest.fixture
def charlie(db, django_user_model):
    return _user(django_user_model, "charlie", JOURNALISTS)


@pytest.fixture
def editor_client(client, bob):
    client.force_login(bob)
    return client


@pytest.fixture
def journalist_client(client, charlie):
    client.force_login(charlie)
    return client
