"""The review queue shared by a team, in a real browser: two editors in two browser contexts."""

import pytest

from quotes.editing import views
from quotes.models import Quote
from tests.browser.screenshots import shoot
from tests.editing.fixtures import ana, article  # noqa: F401


@pytest.fixture
def second_editor(browser, live_server):
    """A second browser context (its own cookies), logged in as the user given."""
    contexts = []

    def log_in(user):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill("password")
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{live_server.url}/")
        return page

    yield log_in
    for context in contexts:
        context.close()


def row_id(page, index):
    return int(page.locator(".review-row").nth(index).get_attribute("id").removeprefix("review-"))


def test_an_editor_sees_who_is_on_a_quote_and_may_take_it_over(login, second_editor, live_server, ana, bob, article,
                                                              monkeypatch):
    monkeypatch.setattr(views, "REVIEW_CLAIMS_POLL_SECONDS", 1)
    bobs = login(bob)
    bobs.goto(f"{live_server.url}/review/")  # Bob has the queue open before Ana starts
    anas = second_editor(ana)
    anas.goto(f"{live_server.url}/review/")
    quote_id = row_id(anas, 0)
    anas.locator(f"#review-{quote_id}").get_by_role("button", name="Correct…").click()
    anas.locator(f"#review-{quote_id} .claim-mine", has_text="You are on this").wait_for()
    anas.locator(f"#review-{quote_id} #quote-tools-{quote_id}").wait_for()  # her correction panel, in the row
    # Bob's open page learns it without a reload.
    bobs.locator(f"#claim-{quote_id}", has_text="Ana is on this").wait_for()
    shoot(bobs, "review-queue")
    # Someone opening the queue now starts with the quotes nobody is on.
    fresh = second_editor(bob)
    fresh.goto(f"{live_server.url}/review/")
    assert fresh.locator(f"#review-{quote_id}").count() == 0
    fresh.locator("#review-others", has_text="Quotes other editors are on are left out").wait_for()
    # Ana went to lunch: Bob takes it over.
    bobs.locator(f"#claim-{quote_id}").get_by_role("button", name="Take over").click()
    bobs.locator(f"#review-{quote_id} .claim-mine", has_text="You are on this").wait_for()
    assert Quote.objects.get(pk=quote_id).claimed_by == bob
    anas.locator(f"#claim-{quote_id}", has_text="bob is on this").wait_for()  # and Ana's page says so


def test_the_waiting_count_follows_each_verdict_and_undo_restores_a_rejected_row(login, live_server, bob, article):
    page = login(bob)
    page.goto(f"{live_server.url}/review/")
    page.evaluate("window.__noReload = true")
    waiting = page.locator("#review-waiting")
    assert waiting.inner_text() == "3 waiting."
    first, second = row_id(page, 0), row_id(page, 1)
    page.locator(f"#review-{first}").get_by_role("button", name="Verify").click()
    page.locator("#review-waiting", has_text="2 waiting.").wait_for()
    page.locator(f"#review-{second}").get_by_role("button", name="Reject").click()
    page.locator("#review-waiting", has_text="1 waiting.").wait_for()
    row = page.locator(f"#review-{second}")
    row.locator(".verdict", has_text="Rejected").wait_for()
    row.get_by_role("button", name="Undo").click()
    page.locator(f"#review-{second}").get_by_role("button", name="Reject").wait_for()  # back in the queue
    page.locator("#review-waiting", has_text="2 waiting.").wait_for()
    assert page.evaluate("window.__noReload") is True
    assert Quote.objects.get(pk=second).status == Quote.Status.AUTO
