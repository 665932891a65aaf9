"""An editor submits an article in a real browser; htmx swaps the result in without a reload."""

from quotes.models import Article

BODY = (
    "OSLO, June 1 - Fisheries Minister Ingrid Holm said on Monday that quotas would be cut. "
    "\"The stocks cannot take another year like the last one,\" Holm told reporters in Oslo."
)


def test_it_submits_and_shows_highlighted_quotes_without_a_reload(login, live_server, bob):
    page = login(bob)
    page.goto(f"{live_server.url}/articles/new/")
    page.evaluate("window.__noReload = true")
    page.get_by_label("Title").fill("Quotas to be cut")
    page.get_by_label("Outlet").fill("Nordic Wire")
    page.get_by_label("Article text").fill(BODY)
    page.get_by_role("button", name="Save and extract quotes").click()
    page.locator("#article mark.q").first.wait_for()
    article = Article.objects.get()
    assert page.url.endswith(article.get_absolute_url())
    assert page.evaluate("window.__noReload") is True  # swapped in place, not a full page load
    assert any("The stocks cannot take another year like the last one" in text
               for text in page.locator("#article mark.q").all_inner_texts())
