"""Corrections show where the editor looks: the answer beside the button, in view; typed text kept
after a refusal; every other place on the page showing the quote follows without a reload."""

import json

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from quotes.models import Quote, Speaker
from tests.browser.screenshots import shoot
from tests.editing.fixtures import article, barbaric  # noqa: F401

PHONE = {"width": 390, "height": 844}

IN_VIEW = """(selector) => {
  const box = document.querySelector(selector).getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
}"""


def in_view(page, selector) -> bool:
    """Whether the element comes into view (the focus scrolls it there a moment after the swap)."""
    try:
        page.wait_for_function(IN_VIEW, arg=selector, timeout=5000)
    except PlaywrightTimeoutError:
        return False
    return True


def open_quote(login, live_server, user, quote, *, phone=False):
    page = login(user)
    if phone:
        page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}{quote.get_absolute_url()}")
    page.evaluate("window.__noReload = true")
    return page


def test_a_correction_updates_the_heading_and_the_citation_without_a_reload(login, live_server, bob, barbaric):
    page = open_quote(login, live_server, bob, barbaric)
    assert "Vladimir Putin" in page.locator("#citation-text").input_value()
    page.get_by_label("Change speaker to").fill("Modi")
    page.get_by_role("button", name="Change speaker").click()
    page.locator("#quote-facts", has_text="Modi").wait_for()
    assert "Vladimir Putin" not in page.locator("#quote-facts").inner_text()
    assert "— Modi," in page.locator("#citation-text").input_value()
    structured = json.loads(page.locator("head #quote-jsonld").text_content())  # what citation managers read
    assert [person["name"] for person in structured["spokenByCharacter"]] == ["Modi"]

    page.get_by_label("Quote text, exactly as in the article").fill("the attack was \"barbaric\"")
    page.get_by_role("button", name="Change boundaries").click()
    page.locator("#quote-text", has_text="the attack was").wait_for()
    assert page.locator("#quote-context mark").inner_text() == "the attack was \"barbaric\""
    assert "\"the attack was \"barbaric\"\" — Modi" in page.locator("#citation-text").input_value()
    assert page.title().startswith("“the attack was")
    assert page.evaluate("window.__noReload") is True
    assert Quote.objects.get(pk=barbaric.pk).text == "the attack was \"barbaric\""


@pytest.mark.parametrize("phone", [False, True], ids=["1280px", "390px"])
def test_the_answer_to_change_source_and_change_boundaries_is_in_view(login, live_server, bob, barbaric, phone):
    page = open_quote(login, live_server, bob, barbaric, phone=phone)
    source = page.locator(f"#quote-tools-{barbaric.pk} form", has=page.get_by_role("button", name="Change source"))
    source.get_by_label("Source (empty for none)").fill("Kremlin statement")
    source.get_by_role("button", name="Change source").click()
    page.locator("form .notice", has_text="Saved: source now Kremlin statement").wait_for()
    assert in_view(page, "form .notice")
    assert page.locator("#quote-facts", has_text="Kremlin statement").count() == 1

    page.get_by_label("Quote text, exactly as in the article").fill("attack was \"barbaric\"")
    page.get_by_role("button", name="Change boundaries").click()
    page.locator("form .notice", has_text="Saved: boundaries").wait_for()
    assert in_view(page, "form .notice")
    shoot(page, "phone-correction" if phone else "correction", full_page=False)  # what the editor sees
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("phone", [False, True], ids=["1280px", "390px"])
def test_typed_text_survives_a_refusal_and_the_error_is_beside_it(login, live_server, bob, barbaric, phone):
    page = open_quote(login, live_server, bob, barbaric, phone=phone)
    page.get_by_label("Quote text, exactly as in the article").fill("words nobody wrote")
    boundaries = page.locator("form", has=page.get_by_role("button", name="Change boundaries"))
    boundaries.get_by_label("Reason (optional)").fill("the clause goes on")
    page.get_by_role("button", name="Change boundaries").click()
    error = page.locator(f"#span-text-{barbaric.pk}_error")
    error.wait_for()
    assert "does not appear in the article" in error.inner_text()
    assert in_view(page, f"#span-text-{barbaric.pk}_error")
    assert page.get_by_label("Quote text, exactly as in the article").input_value() == "words nobody wrote"
    assert boundaries.get_by_label("Reason (optional)").input_value() == "the clause goes on"
    assert page.evaluate("() => document.activeElement.id") == f"span-text-{barbaric.pk}"

    source = page.locator("form", has=page.get_by_role("button", name="Change source"))
    source.get_by_label("Source (empty for none)").fill("Nobody's newsletter")
    source.get_by_role("button", name="Change source").click()
    page.locator(f"#source-source-{barbaric.pk}_error", has_text="No source is called").wait_for()
    assert source.get_by_label("Source (empty for none)").input_value() == "Nobody's newsletter"
    assert in_view(page, f"#source-source-{barbaric.pk}_error")
    assert page.evaluate("window.__noReload") is True
    assert Quote.objects.get(pk=barbaric.pk).text == "barbaric"


def test_a_correction_from_a_row_updates_the_row(login, live_server, bob, barbaric):
    putin = Speaker.objects.get(name="Vladimir Putin")
    page = login(bob)
    page.goto(f"{live_server.url}{putin.get_absolute_url()}")
    page.evaluate("window.__noReload = true")
    page.locator(f"#row-tools-{barbaric.pk}").get_by_role("link", name="Correct…").click()
    tools = page.locator(f"#quote-tools-{barbaric.pk}")
    tools.get_by_label("Add a co-speaker").fill("Modi")
    tools.get_by_role("button", name="Add co-speaker").click()
    page.locator(f".row-said-{barbaric.pk}", has_text="Vladimir Putin and Modi").wait_for()
    tools.get_by_label("Kind of quote").select_option("direct")
    tools.get_by_role("button", name="Change kind").click()
    page.locator(f".row-badges-{barbaric.pk} .kind-direct").wait_for()
    assert in_view(page, f"#quote-tools-{barbaric.pk} .notice")
    assert page.evaluate("window.__noReload") is True


def test_a_renamed_speaker_is_renamed_in_the_heading_and_the_rows_without_a_reload(login, live_server, bob, barbaric):
    putin = Speaker.objects.get(name="Vladimir Putin")
    page = login(bob)
    page.goto(f"{live_server.url}{putin.get_absolute_url()}")
    page.evaluate("window.__noReload = true")
    page.get_by_text("Correct this speaker").click()
    page.get_by_label("Name", exact=True).fill("Vladimir V. Putin")
    page.get_by_role("button", name="Save details").click()
    page.locator("#speaker-name", has_text="Vladimir V. Putin").wait_for()
    assert in_view(page, ".speaker-tools form .notice")
    assert page.locator(f".row-said-{barbaric.pk}").inner_text().startswith("— Vladimir V. Putin")
    assert page.title() == "Vladimir V. Putin · Quote tracker"
    assert page.evaluate("window.__noReload") is True
