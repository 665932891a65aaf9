"""An editor attaches a readout in a real browser and reads what it says about the reports."""

from quotes.models import PrimaryDocument
from tests.checking.conftest import quote_of, reports  # noqa: F401
from tests.checking.texts import READOUT


def test_an_editor_attaches_a_readout_and_sees_the_coverage_and_the_diff(login, live_server, bob, reports, tmp_path):  # noqa: F811
    page = login(bob)
    page.goto(f"{live_server.url}/documents/")
    page.get_by_role("link", name="Attach a document").click()
    page.get_by_label("Title").fill("Readout of the Marsh-Reyve call")
    page.get_by_label("Kind").select_option("readout")
    page.get_by_label("Issued by").press_sequentially("Mars")
    page.locator("#speaker-options option[value='Elena Marsh']").wait_for(state="attached")  # autocomplete
    page.get_by_label("Issued by").fill("Elena Marsh")
    page.get_by_label("Date").fill("2026-03-03")
    page.get_by_label("Sources that are this document").fill("presidency readout")
    page.get_by_label("Text (paste it)").fill(READOUT)
    page.get_by_role("button", name="Attach and check quotes").click()
    page.wait_for_url(f"{live_server.url}/documents/{PrimaryDocument.objects.get().pk}/")
    page.reload()  # the check ran after the save committed
    assert page.locator("mark.quoted-passage").count() == 4
    assert "first by Harbour Wire" in page.locator(".coverage").inner_text()
    page.screenshot(path=str(tmp_path / "document.png"), full_page=True)

    page.locator(".coverage").get_by_role("link", name="Marsh condemns shelling").click()
    diff = page.locator(".checks .word-diff")
    assert diff.locator("del").first.inner_text() == "barbaric"
    assert diff.locator("ins").first.inner_text() == "brutal"
    assert page.locator(".side-by-side figure").count() == 2
    page.screenshot(path=str(tmp_path / "quote.png"), full_page=True)
