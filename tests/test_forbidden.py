"""A refused request is a page in the site's frame naming the role needed, logged as one line."""

import io
import logging
from http import HTTPStatus

from tests.browse.test_pages import cast  # noqa: F401 (a fixture)


def test_it_names_the_role_needed_in_the_sites_frame(journalist_client):
    response = journalist_client.get("/review/")
    assert response.status_code == HTTPStatus.FORBIDDEN
    page = response.content.decode()
    assert "This needs the Editors role." in page
    assert "Log out" in page and "charlie" in page  # the site's header, with the way back
    assert 'href="/"' in page


def test_an_admins_page_names_the_admins(journalist_client):
    response = journalist_client.get("/imports/")
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "This needs the Admins role." in response.content.decode()


def test_a_refused_write_names_the_role_too(journalist_client, cast):  # noqa: F811
    quote = cast["barbaric"]
    response = journalist_client.post(f"/quotes/{quote.pk}/correct/review/")
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "Editors role" in response.content.decode()


def test_it_logs_one_line_without_a_traceback(journalist_client):
    console = io.StringIO()
    handlers = [h for logger in (logging.getLogger(), logging.getLogger("django"), logging.getLogger("django.request"))
                for h in logger.handlers if type(h) is logging.StreamHandler]
    previous = [h.setStream(console) for h in handlers]
    try:
        journalist_client.get("/review/")
    finally:
        for handler, stream in zip(handlers, previous):
            handler.setStream(stream)
    err = console.getvalue()
    assert err.count("Forbidden (Permission denied): /review/") == 1
    assert "Traceback" not in err
