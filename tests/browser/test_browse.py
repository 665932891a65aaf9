"""Journalists' workspace in a real browser: search as you type, filters and the back button,
copy citation, article highlights. With SAVE_SCREENSHOTS=1 they also refresh docs/screenshots/."""

from datetime import date

import pytest

from quotes.models import Correction, Outlet, Quote, Source, Speaker, SpeakerAlias
from tests.browse.test_pages import make_article
from tests.browser.screenshots import shoot


@pytest.fixture
def newsroom(transactional_db):
    putin = Speaker.objects.create(name="Vladimir Putin", role="President", affiliation="Russia")
    SpeakerAlias.objects.create(speaker=putin, name="President Putin", confirmed=True)
    modi = Speaker.objects.create(name="Narendra Modi", role="Prime Minister", affiliation="India")
    jaiswal = Speaker.objects.create(name="Randhir Jaiswal", role="MEA spokesperson", affiliation="India")
    embassy = Speaker.objects.create(name="Russian embassy", kind=Speaker.Kind.ORGANIZATION)
    readout = Source.objects.create(label="Russian embassy readout", kind=Source.Kind.READOUT, issuer=embassy)
    post = Source.objects.create(label="MEA spokesperson, social media post", kind=Source.Kind.SOCIAL_MEDIA_POST, issuer=jaiswal)
    wire, daily = Outlet.objects.create(name="Delhi Wire"), Outlet.objects.create(name="Moscow Daily")
    article, _ = make_article(
        [(putin, "barbaric", {"source": readout, "kind": Quote.Kind.PARTIAL}),
         ([putin, modi], "fully backs India in the fight against terrorism", {"status": Quote.Status.VERIFIED}),
         (jaiswal, "The two leaders spoke at length", {"source": post})],
        outlet=wire, published=date(2025, 5, 5), title="Putin calls Modi, condemns Pahalgam attack",
    )
    make_article([(putin, "barbaric", {}), (modi, "Terror will be answered", {})], outlet=daily,
                 published=date(2025, 5, 7), title="Leaders speak after attack")
    for month in range(1, 5):
        make_article([(putin, f"Sanctions will not work, month {month}", {}), (modi, f"Growth is strong, month {month}", {})],
                     outlet=daily if month % 2 else wire, published=date(2025, month, 10))
    Speaker.objects.all().refresh_quote_stats()
    return {"putin": putin, "article": article, "barbaric": article.quotes.get(text="barbaric")}


def test_search_as_you_type_updates_results_without_a_reload(login, live_server, charlie, newsroom):
    page = login(charlie)
    shoot(page, "home")
    page.goto(f"{live_server.url}/quotes/")
    page.evaluate("window.__noReload = true")
    page.get_by_label("Search quotes").press_sequentially("barbaric", delay=20)
    page.wait_for_function("() => document.querySelectorAll('#results .quote-row').length === 2")
    assert page.evaluate("window.__noReload") is True
    assert "q=barbaric" in page.url  # pushed, so the search can be shared and restored
    assert page.locator("#results mark").first.inner_text().lower() == "barbaric"
    shoot(page, "search")

    page.goto(f"{live_server.url}/speakers/")
    page.evaluate("window.__noReload = true")
    page.get_by_label("Name or alias").press_sequentially("president pu", delay=20)
    page.wait_for_function("() => !document.querySelector('#results').innerText.includes('Narendra Modi')")
    assert page.locator("#results").get_by_role("link", name="Vladimir Putin").is_visible()
    assert page.evaluate("window.__noReload") is True
    page.get_by_label("Name or alias").fill("")
    page.wait_for_function("() => document.querySelector('#results').innerText.includes('Narendra Modi')")
    shoot(page, "speakers")


def test_a_filter_and_the_back_button_restore_the_previous_state(login, live_server, charlie, newsroom):
    page = login(charlie)
    page.goto(f"{live_server.url}{newsroom['putin'].get_absolute_url()}")
    heading = page.locator("#quotes-heading")
    assert heading.inner_text() == "7 quotes"
    shoot(page, "speaker")
    page.get_by_label("Verified only").check()
    page.wait_for_function("() => document.querySelector('#quotes-heading').innerText === '1 quote'")
    assert "verified=on" in page.url
    page.get_by_label("Outlet").select_option(label="Moscow Daily")
    page.wait_for_function("() => document.querySelector('#quotes-heading').innerText === '0 quotes'")
    page.go_back()
    page.wait_for_function("() => document.querySelector('#quotes-heading').innerText === '1 quote'")
    assert page.get_by_label("Verified only").is_checked()
    assert page.get_by_label("Outlet").input_value() == ""
    page.go_back()
    page.wait_for_function("() => document.querySelector('#quotes-heading').innerText === '7 quotes'")
    assert not page.get_by_label("Verified only").is_checked()


def test_copy_citation_puts_a_ready_line_on_the_clipboard(login, live_server, charlie, newsroom):
    page = login(charlie)
    page.goto(f"{live_server.url}{newsroom['barbaric'].get_absolute_url()}")
    page.get_by_role("button", name="Copy citation").click()
    page.get_by_text("Copied to the clipboard.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == (
        '"barbaric" — Vladimir Putin, via Russian embassy readout, in \u201cPutin calls Modi, condemns Pahalgam attack\u201d, '
        f'Delhi Wire, 5 May 2025, {newsroom["article"].url}')
    shoot(page, "quote")


def test_article_highlights_every_quote_and_shows_its_attribution_on_focus(login, live_server, charlie, newsroom):
    page = login(charlie)
    page.goto(f"{live_server.url}{newsroom['article'].get_absolute_url()}")
    marks = page.locator("#article mark.q")
    assert marks.count() == 3
    assert [marks.nth(i).inner_text() for i in range(3)] == [
        "barbaric", "fully backs India in the fight against terrorism", "The two leaders spoke at length"]
    colours = [marks.nth(i).evaluate("m => getComputedStyle(m).backgroundColor") for i in range(3)]
    assert colours[0] == colours[1] != colours[2]  # coloured per (first) speaker
    marks.nth(2).focus()
    tip = marks.nth(2).evaluate("m => getComputedStyle(m, '::after').content")
    assert "Randhir Jaiswal, via MEA spokesperson, social media post" in tip
    shoot(page, "article")


def test_a_speakers_history_loads_in_place_when_opened(login, live_server, charlie, newsroom):
    putin = newsroom["putin"]
    Correction.objects.create(speaker=putin, action=Correction.Action.ROLE, old_display="(none)",
                              new_display="President", reason="from the readout")
    page = login(charlie)
    page.goto(f"{live_server.url}{putin.get_absolute_url()}")
    page.evaluate("window.__noReload = true")
    assert not page.locator(".history").count()  # not read until someone opens it
    page.locator(".history-section summary").click()
    page.locator(".history li", has_text="(none) → President").wait_for()
    assert page.evaluate("window.__noReload") is True and page.url.endswith(putin.get_absolute_url())


def test_search_by_a_name_offers_the_person_then_a_removable_chip(login, live_server, charlie, newsroom):
    page = login(charlie)
    page.goto(f"{live_server.url}/quotes/")
    page.get_by_label("Search quotes").press_sequentially("Putin", delay=20)
    people = page.locator("#results .people")
    people.get_by_role("link", name="Vladimir Putin").wait_for()
    # his 7 quotes match his name, and the spokesman's by the title "Putin calls Modi..."
    assert page.locator("#results .quote-row").count() == 8
    people.get_by_role("link", name="their quotes").click()
    chip = page.locator(".chip")
    assert "Vladimir Putin" in chip.inner_text()
    assert page.locator("#results .quote-row").count() == 7
    chip.get_by_role("link", name="Remove the speaker filter (Vladimir Putin)").click()
    page.wait_for_function("() => !document.querySelector('.chip')")
    assert "speaker=" not in page.url


def test_a_word_of_a_title_finds_the_articles_quotes(login, live_server, charlie, newsroom):
    page = login(charlie)
    page.goto(f"{live_server.url}/quotes/")
    page.get_by_label("Search quotes").press_sequentially("Pahalgam", delay=20)
    page.wait_for_function("() => document.querySelectorAll('#results .quote-row').length === 3")
