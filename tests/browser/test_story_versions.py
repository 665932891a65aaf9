"""An admin imports a story, then its updated version: the update is extracted, with its new quote,
and the two articles link to each other on their pages."""

import json

from quotes.models import Article
from tests.browser.screenshots import shoot

STORY = {
    "title": "Eastmere council delays the harbour vote",
    "outlet": "Eastmere Echo",
    "published": "2025-04-02",
    "url": "https://eastmere-echo.example/harbour-vote",
    "text": "\n\n".join([
        "EASTMERE -- The town council put off its vote on the harbour wall on Tuesday after a long evening of "
        "debate about the cost of the repairs and the timetable for the works along the quay.",
        "\u201cWe cannot ask the town to pay for a wall that nobody has costed properly,\u201d councillor Dalia "
        "Moreau told the meeting.",
        "The harbour master, Sven Okafor, said the engineers would report again within a month and that the "
        "ferries would keep running while the council waited for the figures.",
        "\u201cThe quay is safe for now, but it will not stay safe for ever,\u201d Okafor said after the vote.",
    ]),
}
ADDED = "The engineers have found a cheaper design and we will show it to the council next week"


def updated_story():
    paragraphs = STORY["text"].split("\n\n")
    paragraphs.insert(3, f"\u201c{ADDED},\u201d the deputy mayor Omar Lindqvist said on Wednesday.")
    return dict(STORY, title=STORY["title"] + " (updated)", published="2025-04-03",
                url=STORY["url"] + "-updated", text="\n\n".join(paragraphs))


def upload(page, live_server, tmp_path, item, name):
    path = tmp_path / name
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    page.goto(f"{live_server.url}/imports/")
    page.get_by_label("Files").set_input_files(str(path))
    page.get_by_role("button", name="Upload").click()
    page.get_by_text("Done", exact=True).wait_for()


def test_an_updated_version_is_extracted_and_linked_both_ways(login, live_server, alice, tmp_path):
    page = login(alice)
    upload(page, live_server, tmp_path, STORY, "monday.jsonl")
    upload(page, live_server, tmp_path, updated_story(), "tuesday.jsonl")
    assert page.locator("#count-versions").inner_text() == "1"

    page.locator("#batch-articles").click()  # "1 article": the import's articles
    page.get_by_role("link", name=updated_story()["title"]).click()
    marks = page.locator("#article mark.q")
    marks.first.wait_for()
    assert any(ADDED in text for text in marks.all_inner_texts())  # the new quote was extracted
    story = page.locator(".story")
    assert "earlier version" in story.inner_text()

    story.get_by_role("link", name=STORY["title"], exact=True).click()
    first, update = Article.objects.order_by("pk")
    page.wait_for_url(f"{live_server.url}{first.get_absolute_url()}")
    later = page.locator(".story").get_by_role("link", name=update.title)
    assert "later version" in page.locator(".story").inner_text()
    shoot(page, "article-versions")
    later.click()
    page.wait_for_url(f"{live_server.url}{update.get_absolute_url()}")
