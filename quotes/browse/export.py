"""Streamed CSV and JSON exports of a filtered quote list.

Rows are read in chunks (QuerySet.iterator) and written as they come, so an export of the whole
archive never sits in memory. CSV cells that a spreadsheet would run as a formula are neutralized.
"""

import csv
import json

from django.http import StreamingHttpResponse
from django.utils import timezone

COLUMNS = [
    "id", "text", "speakers", "source", "source_kind", "cue", "kind", "status",
    "article", "outlet", "date", "article_url", "permalink", "citation",
]
CHUNK = 1000
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value) -> str:
    """A cell a spreadsheet shows as text: leading = + - @ (and tab, CR) get a ' in front."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def quote_record(quote, request) -> dict:
    return {
        "id": quote.pk,
        "text": quote.text,
        "speakers": [link.speaker.name for link in quote.quote_speakers.all()],
        "source": quote.source.full_label if quote.source_id else None,
        "source_kind": quote.source.kind if quote.source_id else None,
        "cue": quote.cue,
        "kind": quote.kind,
        "status": quote.status,
        "article": quote.article.title,
        "outlet": quote.article.outlet.name if quote.article.outlet_id else None,
        "date": quote.dated.isoformat(),
        "article_url": quote.article.url,
        "permalink": request.build_absolute_uri(quote.get_absolute_url()),
        "citation": quote.citation(),
    }


def _records(quotes, request):
    for quote in quotes.with_people().iterator(chunk_size=CHUNK):
        yield quote_record(quote, request)


class _Echo:
    def write(self, value):
        return value


def _filename(extension: str) -> str:
    return f'attachment; filename="quotes-{timezone.localdate().isoformat()}.{extension}"'


def csv_response(quotes, request) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())

    def lines():
        yield writer.writerow(COLUMNS)
        for record in _records(quotes, request):
            record["speakers"] = "; ".join(record["speakers"])
            yield writer.writerow([neutralize(record[column]) for column in COLUMNS])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = _filename("csv")
    return response


def json_response(quotes, request) -> StreamingHttpResponse:
    def chunks():
        yield "[\n"
        separator = ""
        for record in _records(quotes, request):
            yield separator + json.dumps(record, ensure_ascii=False)
            separator = ",\n"
        yield "\n]\n"

    response = StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = _filename("json")
    return response
