"""The other articles of a story on the article page; the article list and the quote list by import."""

from datetime import date
from http import HTTPStatus

import pytest
from django.urls import reverse

from quotes.models import Article, ImportBatch, Outlet, Quote


def story(title, body, *, outlet, day, **links):
    return Article.objects.create(title=title, body=body, outlet=outlet, published=day, **links)


@pytest.fixture
def versions(db, alice):
    gazette, courier = Outlet.objects.create(name="Kingsbridge Gazette"), Outlet.objects.create(name="Ashford Courier")
    first_batch = ImportBatch.objects.create(created_by=alice, original_name="monday.jsonl", status=ImportBatch.Status.DONE)
    second_batch = ImportBatch.objects.create(created_by=alice, original_name="tuesday.jsonl", status=ImportBatch.Status.DONE)
    v1 = story("Ferry fares frozen", "The ferry fares stay frozen, the council said.", outlet=gazette, day=date(2025, 3, 3),
               import_batch=first_batch)
    copy = story("Ferry fares frozen (wire)", "The ferry fares stay frozen, the council said. Via wire.", outlet=courier,
                 day=date(2025, 3, 3), duplicate_of=v1, import_batch=first_batch,
                 extraction_status=Article.ExtractionStatus.SKIPPED)
    v2 = story("Ferry fares frozen until May", "The ferry fares stay frozen, the council said. \u201cUntil May,\u201d "
               "said Hana Costa.", outlet=gazette, day=date(2025, 3, 4), previous_version=v1, import_batch=second_batch)
    said = v2.body.index("Until May,")
    quote = Quote.objects.create(article=v2, text="Until May,", start=said, end=said + len("Until May,"))
    return {"v1": v1, "v2": v2, "copy": copy, "quote": quote, "first_batch": first_batch, "second_batch": second_batch}


def test_the_article_page_links_the_versions_both_ways(journalist_client, versions):
    v1, v2 = versions["v1"], versions["v2"]
    first = journalist_client.get(v1.get_absolute_url()).content.decode()
    assert f'href="{v2.get_absolute_url()}"' in first and "later version" in first and "4 Mar 2025" in first
    later = journalist_client.get(v2.get_absolute_url()).content.decode()
    assert f'href="{v1.get_absolute_url()}"' in later and "earlier version" in later and "Kingsbridge Gazette" in later


def test_the_article_page_lists_its_copies_and_a_copy_names_its_original(journalist_client, versions):
    v1, copy = versions["v1"], versions["copy"]
    page = journalist_client.get(v1.get_absolute_url()).content.decode()
    assert "Syndicated copies" in page and f'href="{copy.get_absolute_url()}"' in page and "Ashford Courier" in page
    copy_page = journalist_client.get(copy.get_absolute_url()).content.decode()
    assert "A syndicated copy of" in copy_page and f'href="{v1.get_absolute_url()}"' in copy_page
    # The copy's page also shows the versions of the story it copies.
    assert f'href="{versions["v2"].get_absolute_url()}"' in copy_page


def test_a_story_with_one_version_and_no_copies_shows_no_story_section(journalist_client, db):
    alone = Article.objects.create(title="Quiet day in Eastmere", body="Nothing was said.")
    assert "This story elsewhere" not in journalist_client.get(alone.get_absolute_url()).content.decode()


def test_the_article_list_filters_by_import_and_by_place_in_the_story(journalist_client, versions):
    url = reverse("article_list")
    first = journalist_client.get(url, {"batch": versions["first_batch"].pk}).content.decode()
    assert "Ferry fares frozen (wire)" in first and "Ferry fares frozen until May" not in first
    assert "2 articles" in first and "copy of" in first
    updates = journalist_client.get(url, {"story": "version"}).content.decode()
    assert "Ferry fares frozen until May" in updates and "new version of" in updates and "1 article" in updates


def test_the_quote_list_filters_by_import_with_a_removable_chip(journalist_client, versions):
    batch = versions["second_batch"]
    page = journalist_client.get(reverse("quote_list"), {"batch": batch.pk, "sort": "newest"})
    html = page.content.decode()
    assert page.status_code == HTTPStatus.OK and "Until May" in html
    assert f"import #{batch.pk}" in html and 'aria-label="Remove the import filter' in html
    assert 'name="batch"' in html and f'value="{batch.pk}"' in html  # kept when other filters change
    other = journalist_client.get(reverse("quote_list"), {"batch": versions["first_batch"].pk}).content.decode()
    assert "Until May" not in other


def test_the_relay_chain_shows_the_versions_carrying_the_words(journalist_client, versions):
    v2, quote = versions["v2"], versions["quote"]
    v3 = story("Ferry fares frozen until May, council confirms", v2.body + " The council confirmed it.",
               outlet=v2.outlet, day=date(2025, 3, 5), previous_version=v2)
    # An editor trimmed the comma in the later version: other words, still the same quote.
    trimmed = Quote.objects.create(article=v3, text="Until May", start=quote.start, end=quote.start + len("Until May"),
                                   first_seen=quote)
    html = journalist_client.get(quote.get_absolute_url()).content.decode()
    chain = html[html.index("Relay chain"):]
    assert f'href="{trimmed.get_absolute_url()}"' in chain and "another version of this story" in chain
