"""Every page fits a phone: at 390 px (and the narrowest, 360 px) nothing scrolls sideways, the
user's name and "Log out" stay visible, and the search filters fold away."""

import pytest

from quotes.models import ImportBatch
from tests.browser.test_browse import newsroom  # noqa: F401 (a fixture)

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def log_in(page, live_server, user):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill("password")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{live_server.url}/")


def page_width(page):
    return page.evaluate("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")


def test_every_page_fits_a_phone_without_sideways_scrolling(phone, live_server, alice, newsroom):  # noqa: F811
    putin, article, quote = newsroom["putin"], newsroom["article"], newsroom["barbaric"]
    batch = ImportBatch.objects.create(created_by=alice, original_name="wire-archive-with-a-long-name.jsonl",
                                       status=ImportBatch.Status.DONE)
    phone.goto(f"{live_server.url}/accounts/login/")
    assert page_width(phone) <= PHONE["width"], "login"
    log_in(phone, live_server, alice)
    pages = ["/", "/quotes/", "/quotes/?q=barbaric", "/speakers/", putin.get_absolute_url(),
             f"{putin.get_absolute_url()}history/", quote.get_absolute_url(), article.get_absolute_url(),
             f"/quotes/{quote.pk}/correct/", "/review/", "/articles/new/", "/imports/", f"/imports/{batch.pk}/",
             f"/articles/?batch={batch.pk}", "/articles/", f"/imports/{batch.pk}/problems/errors/"]
    too_wide = {}
    for width in (390, 360):
        phone.set_viewport_size({"width": width, "height": PHONE["height"]})
        for path in pages:
            phone.goto(f"{live_server.url}{path}")
            if page_width(phone) > width:
                too_wide[f"{path} @{width}"] = page_width(phone)
    assert too_wide == {}


def test_on_a_phone_the_user_and_log_out_stay_visible_and_filters_fold_away(phone, live_server, charlie, newsroom):  # noqa: F811
    log_in(phone, live_server, charlie)
    phone.goto(f"{live_server.url}/quotes/?q=barbaric")
    header = phone.locator(".site-header")
    assert header.get_by_text("charlie").is_visible()
    assert header.get_by_role("button", name="Log out").is_visible()
    box = header.get_by_role("button", name="Log out").bounding_box()
    assert box["x"] + box["width"] <= PHONE["width"]
    # The first screen shows results, not the filter form: the filters open on demand.
    assert phone.locator("#results .quote-row").first.is_visible()
    assert not phone.get_by_label("Outlet").is_visible()
    phone.get_by_text("Filters").first.click()
    assert phone.get_by_label("Outlet").is_visible()


def test_phone_screenshots(phone, live_server, alice, newsroom):  # noqa: F811
    """With SAVE_SCREENSHOTS=1, the phone views for the README."""
    from tests.browser.screenshots import shoot

    log_in(phone, live_server, alice)
    shoot(phone, "phone-home")
    phone.goto(f"{live_server.url}/quotes/?q=barbaric")
    shoot(phone, "phone-search")
    phone.goto(f"{live_server.url}{newsroom['barbaric'].get_absolute_url()}")
    shoot(phone, "phone-quote")
    assert phone.locator("h1, blockquote").first.is_visible()
