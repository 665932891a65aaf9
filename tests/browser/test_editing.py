"""Editors correct attributions in a real browser: inline (no reload), a merge, a conflict, the queue keys."""

from quotes.models import Quote, Speaker
from tests.editing.fixtures import article, barbaric  # noqa: F401


def test_it_changes_the_speaker_inline_without_a_reload(login, live_server, bob, barbaric):
    page = login(bob)
    page.goto(f"{live_server.url}{barbaric.get_absolute_url()}")
    page.evaluate("window.__noReload = true")
    page.get_by_label("Change speaker to").press_sequentially("Mod")
    page.locator(f"#speaker-options-{barbaric.pk} option[value='Modi']").wait_for(state="attached")  # autocomplete
    page.get_by_label("Change speaker to").fill("Modi")
    page.get_by_label("Reason (optional)", exact=True).nth(1).fill("Modi said it")
    page.get_by_role("button", name="Change speaker").click()
    page.locator(".history li", has_text="Vladimir Putin → Modi").wait_for()
    assert page.evaluate("window.__noReload") is True
    assert "Modi said it" in page.locator(".history").inner_text()
    assert [s.name for s in Quote.objects.get(pk=barbaric.pk).speakers.all()] == ["Modi"]
    page.locator("dl.facts", has_text="Modi").wait_for()  # the facts above the panel follow
    # and undo it from the history, again in place
    page.locator(".history li", has_text="Vladimir Putin → Modi").get_by_role("button", name="Undo").click()
    page.locator(".history li", has_text="Modi → Vladimir Putin").wait_for()
    assert page.evaluate("window.__noReload") is True
    assert [s.name for s in Quote.objects.get(pk=barbaric.pk).speakers.all()] == ["Vladimir Putin"]


def test_a_row_opens_its_correction_panel_in_place(login, live_server, bob, barbaric):
    page = login(bob)
    page.goto(f"{live_server.url}{barbaric.speakers.get().get_absolute_url()}")  # a list of quote rows
    page.evaluate("window.__noReload = true")
    page.locator(f"#row-tools-{barbaric.pk}").get_by_role("link", name="Correct…").click()
    page.locator(f"#quote-tools-{barbaric.pk}").get_by_label("Kind of quote").select_option("direct")
    page.locator(f"#quote-tools-{barbaric.pk}").get_by_role("button", name="Change kind").click()
    page.locator(f"#quote-tools-{barbaric.pk} .history li", has_text="Partial → Direct").wait_for()
    assert page.evaluate("window.__noReload") is True
    assert Quote.objects.get(pk=barbaric.pk).kind == "direct"


def test_it_merges_two_speakers_and_lands_on_the_survivor(login, live_server, bob, article):
    modi = Speaker.objects.get(name="Modi")
    putin = Speaker.objects.get(name="Vladimir Putin")
    page = login(bob)
    page.goto(f"{live_server.url}{modi.get_absolute_url()}")
    page.get_by_text("Correct this speaker").click()
    page.get_by_label("Merge this speaker into").fill("Vladimir Putin")
    page.get_by_role("button", name="Merge", exact=True).click()
    page.wait_for_url(f"{live_server.url}{putin.get_absolute_url()}")
    assert "Modi → merged into Vladimir Putin" in page.locator(".speaker-tools .history").inner_text()
    page.goto(f"{live_server.url}{modi.get_absolute_url()}")
    assert page.url == f"{live_server.url}{putin.get_absolute_url()}"


def test_the_second_of_two_editors_sees_a_conflict_with_the_newer_value(browser, login, live_server, alice, bob, barbaric):
    first = login(bob)
    first.goto(f"{live_server.url}{barbaric.get_absolute_url()}")
    context = browser.new_context()
    second = context.new_page()
    second.goto(f"{live_server.url}/accounts/login/")
    second.get_by_label("Username").fill("alice")
    second.get_by_label("Password").fill("password")
    second.get_by_role("button", name="Log in").click()
    second.wait_for_url(f"{live_server.url}/")
    second.goto(f"{live_server.url}{barbaric.get_absolute_url()}")

    first.get_by_label("Change speaker to").fill("Modi")
    first.get_by_role("button", name="Change speaker").click()
    first.locator(".history li", has_text="Vladimir Putin → Modi").wait_for()

    second.get_by_label("Kind of quote").select_option("indirect")
    second.get_by_role("button", name="Change kind").click()
    conflict = second.locator(".conflict")
    conflict.wait_for()
    text = conflict.inner_text()
    assert "Someone else changed this quote" in text and "Modi" in text and "bob" in text
    assert Quote.objects.get(pk=barbaric.pk).kind == "partial"
    context.close()


def test_the_review_queue_works_from_the_keyboard(login, live_server, bob, article):
    page = login(bob)
    page.goto(f"{live_server.url}/review/")
    rows = page.locator(".review-row")
    first_id = int(rows.nth(0).get_attribute("id").removeprefix("review-"))
    second_id = int(rows.nth(1).get_attribute("id").removeprefix("review-"))
    page.keyboard.press("v")  # the first row has focus on arrival
    page.locator(f"#review-{first_id} .status-verified").wait_for()
    page.locator(f"#review-{second_id}.current").wait_for()  # focus moves on to the next quote
    page.keyboard.press("x")
    page.locator(f"#review-{second_id} .status-rejected").wait_for()
    assert Quote.objects.get(pk=first_id).status == "verified"
    assert Quote.objects.get(pk=second_id).status == "rejected"
