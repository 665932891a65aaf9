"""Exports of a filtered quote list: streamed CSV and JSON, formula cells neutralized."""

import csv
import io
import json
from datetime import date
from http import HTTPStatus

import pytest
from django.urls import reverse

from quotes.browse.export import neutralize
from quotes.models import Outlet, Quote, Speaker
from tests.browse.test_pages import make_article


@pytest.fixture
def quotes(db):
    mallory = Speaker.objects.create(name="=HYPERLINK(\"http://evil\")")
    ana = Speaker.objects.create(name="Ana Costa")
    wire = Outlet.objects.create(name="Coastal Post")
    make_article([(mallory, "+1 for the plan", {}), (ana, "@everyone listen", {"kind": Quote.Kind.PARTIAL}),
                  (ana, "-5 percent is too much", {"status": Quote.Status.REJECTED})],
                 outlet=wire, published=date(2025, 5, 5))
    make_article([(ana, "plain words", {})], published=date(2025, 6, 1))
    return {"ana": ana, "wire": wire}


def read(response) -> str:
    assert response.status_code == HTTPStatus.OK
    assert response.streaming
    return b"".join(response.streaming_content).decode()


def test_csv_export_neutralizes_formulas(journalist_client, quotes):
    response = journalist_client.get(reverse("quote_export", args=["csv"]))
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(read(response))))
    by_text = {row["text"]: row for row in rows}
    assert set(by_text) == {"'+1 for the plan", "'@everyone listen", "plain words"}  # rejected left out
    assert by_text["'+1 for the plan"]["speakers"] == "'=HYPERLINK(\"http://evil\")"
    plain = Quote.objects.get(text="plain words").article
    assert by_text["plain words"]["citation"] == f'"plain words" — Ana Costa, in \u201c{plain.title}\u201d, 1 June 2025, {plain.url}'
    assert [row["date"] for row in rows] == ["2025-06-01", "2025-05-05", "2025-05-05"]  # newest first


def test_json_export_applies_the_same_filters(journalist_client, quotes):
    response = journalist_client.get(reverse("quote_export", args=["json"]), {"outlet": quotes["wire"].pk, "kind": "partial"})
    records = json.loads(read(response))
    assert [(r["text"], r["speakers"], r["outlet"], r["kind"]) for r in records] == [
        ("@everyone listen", ["Ana Costa"], "Coastal Post", "partial")]
    assert records[0]["permalink"].startswith("http://testserver/quotes/")


def test_export_of_a_search(journalist_client, quotes):
    records = json.loads(read(journalist_client.get(reverse("quote_export", args=["json"]), {"q": "plain"})))
    assert [r["text"] for r in records] == ["plain words"]


def test_an_unknown_format_is_not_found(journalist_client, quotes):
    assert journalist_client.get(reverse("quote_export", args=["xlsx"])).status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+44", "'+44"), ("-x", "'-x"), ("@SUM", "'@SUM"), ("\tx", "'\tx"),
    ("plain", "plain"), ("", ""), (None, ""), (3, "3"),
])
def test_neutralize(value, expected):
    assert neutralize(value) == expected
