"""An imported article can name the primary document it quotes from (a JSON Lines or CSV field);
its quotes are then checked against the document attached with that URL."""

import json

import pytest
from django.core.management import call_command

from quotes.imports.readers import canonical_field
from quotes.imports.validation import validate
from quotes.models import Article, QuoteCheck, Speaker
from tests.checking import texts
from tests.checking.conftest import attach

READOUT_URL = "https://presidency.example/readouts/3-march"


@pytest.mark.parametrize("header", ["document", "Document URL", "primary_document", "readout_url", "Source document"])
def test_document_headers_are_recognised(header):
    assert canonical_field(header) == "document"


def test_a_bad_document_url_is_a_clear_error():
    from quotes.imports.readers import RawRecord

    clean, error = validate(RawRecord("a.jsonl", 3, {"text": "Words.", "document": "not a url"}), default_outlet="", max_chars=1000)
    assert clean is None and error == "bad document URL 'not a url'"


def test_imported_quotes_are_checked_against_the_document_they_name(
        db, tmp_path, settings, editor_client, django_capture_on_commit_callbacks):
    settings.IMPORT_DIR = tmp_path / "imports"
    body = ("The president of Corvalia, Elena Marsh, said the country \u201cwill not accept any partition of the "
            "river valley\u201d, in a readout of her call.")
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"title": "Valley", "text": body, "published": "2026-03-03", "document_url": READOUT_URL}) + "\n")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(path), "--outlet", "Harbour Wire")
    article = Article.objects.get()
    assert article.primary_document_url == READOUT_URL
    assert article.quotes.filter(text="will not accept any partition of the river valley").exists()
    # Whoever the extractor names as the speaker, the article names the document: it is checked.
    with django_capture_on_commit_callbacks(execute=True):
        attach(editor_client, issuer_name="", source_labels="", url=READOUT_URL)
    assert not QuoteCheck.objects.exists()  # the form wants an issuer; nothing attached yet
    Speaker.objects.create(name="Corvalian presidency")
    with django_capture_on_commit_callbacks(execute=True):
        response = attach(editor_client, issuer_name="Corvalian presidency", source_labels="", url=READOUT_URL,
                          text=texts.READOUT)
    assert response.status_code == 302
    check = QuoteCheck.objects.get(quote__text="will not accept any partition of the river valley")
    assert check.result == "verbatim"
