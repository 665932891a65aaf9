"""Where checks show: the quote page, quote lists, the review queue, the document and speaker pages."""

import datetime
import io
from http import HTTPStatus

from quotes.models import Article, Outlet, PrimaryDocument, Quote, Speaker
from tests.checking.conftest import MARCH_3, attach, quote_of, report
from tests.checking.texts import READOUT


def page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


def test_the_quote_page_says_verbatim(readout, reports, journalist_client):
    html = page(journalist_client, quote_of(reports["verbatim"], "will not").get_absolute_url())
    assert "Checked against:" in html
    assert "Readout of the Marsh-Reyve call</a> — <strong class=\"badge result-verbatim\">verbatim" in html
    checks = html[html.index("Checked against primary documents") : html.index("Relay chain")]
    assert "word-diff" not in checks


def test_the_quote_page_shows_the_diff_beside_the_documents_sentence(readout, reports, journalist_client):
    html = page(journalist_client, quote_of(reports["changed"], "a brutal").get_absolute_url())
    assert '<del class="diff-changed" title="the document">barbaric</del><ins class="diff-changed" title="the quote">brutal</ins>' in html
    assert "She described the shelling of the border villages" in html  # the document's sentence
    assert "Marsh called the shelling" in html  # the article's


def test_a_dropped_not_and_a_splice_stand_out(readout, reports, journalist_client):
    html = page(journalist_client, quote_of(reports["spliced"], "will accept").get_absolute_url())
    assert "a “not” was dropped or added" in html
    assert '<del class="diff-dropped" title="dropped from the document">not</del>' in html
    assert "[spliced]" in html


def test_quote_lists_filter_by_verdict(readout, reports, journalist_client):
    altered = page(journalist_client, "/quotes/?against=altered")
    assert "a brutal act" in altered and "will accept any partition" not in altered and "honored every" not in altered
    spliced = page(journalist_client, "/quotes/?against=spliced")
    assert "will accept any partition" in spliced and "a brutal act" not in spliced
    marsh = reports["verbatim"].quotes.first().speakers.get()
    faithful = page(journalist_client, f"{marsh.get_absolute_url()}?against=faithful")
    assert "honored every commitment" in faithful and "a brutal act" not in faithful


def test_the_review_queue_gives_the_reason(readout, reports, editor_client):
    Quote.objects.update(confidence=0.95)  # otherwise queued for other reasons
    Speaker.objects.update(needs_review=False)
    html = page(editor_client, "/review/")
    assert html.count("altered against its primary source</span>") == 2
    assert "a brutal act" in html and "will accept any partition" in html
    assert "honored every commitment" not in html


def test_the_document_page_maps_who_quoted_what_and_who_first(readout, reports, journalist_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        report("Valley: no partition", "Evening Post", "Marsh said Corvalia \u201cwill not accept any partition of the river valley\u201d.",
               ["will not accept any partition of the river valley"], day=MARCH_3 + datetime.timedelta(days=2))
    html = page(journalist_client, readout.get_absolute_url())
    assert html.count('class="q quoted-passage"') == 4  # four passages quoted, the valley one twice
    assert 'id="p' in html
    valley = html[html.index("“will not accept any partition of the river valley”"):]
    valley = valley[: valley.index("</ol>")]
    assert "first by Harbour Wire" in valley
    assert valley.index("Corvalia rules out partition") < valley.index("Marsh softens on valley") < valley.index("Valley: no partition")
    assert "4 quotes checked" in html or "5 quotes checked" in html


def test_the_document_page_shows_progress_while_checking(readout, journalist_client):
    PrimaryDocument.objects.filter(pk=readout.pk).update(check_status="running", check_total=10_000, check_done=2_500)
    html = page(journalist_client, readout.get_absolute_url())
    assert "2500 of 10000" in html and 'hx-trigger="every 2s"' in html
    partial = journalist_client.get(f"{readout.get_absolute_url()}?progress=1", HTTP_HX_REQUEST="true").content.decode()
    assert partial.strip().startswith('<div id="check-progress"') and "2500 of 10000" in partial


def test_the_speaker_page_says_how_often_outlets_quote_verbatim(readout, marsh, journalist_client):
    html = page(journalist_client, marsh.get_absolute_url())
    assert "Quoted word for word?" in html
    assert "Harbour Wire <span class=\"muted\">2 of 2 verbatim (100%)" in html
    assert "Daily Ledger <span class=\"muted\">0 of 1 verbatim (0%)" in html


def test_the_relay_chain_names_the_first_report_each_copy_and_its_channel(readout, reports, journalist_client,
                                                                            django_capture_on_commit_callbacks):
    original = reports["verbatim"]
    Article.objects.create(title="Corvalia rules out partition (syndicated)", body=original.body + " (Syndicated.)",
                           outlet=Outlet.objects.create(name="Valley Gazette"), published=MARCH_3,
                           duplicate_of=original)
    html = page(journalist_client, quote_of(reports["spliced"], "will accept").get_absolute_url())
    chain = html[html.index("Relay chain"):]
    assert "First reported by Harbour Wire" in chain
    assert chain.index("Corvalia rules out partition") < chain.index("Valley Gazette") < chain.index("Marsh softens on valley")
    assert "syndicated copy" in chain and "via Corvalian presidency, presidency readout" in chain
    assert '<del class="diff-dropped" title="dropped from the document">not</del>' in chain


def test_a_quote_in_one_article_has_no_chain(readout, reports, journalist_client):
    html = page(journalist_client, quote_of(reports["verbatim"], "We have honored").get_absolute_url())
    assert "Relay chain" not in html


def test_journalists_cannot_attach_documents(reports, journalist_client):
    assert journalist_client.get("/documents/add/").status_code == HTTPStatus.FORBIDDEN
    assert attach(journalist_client).status_code == HTTPStatus.FORBIDDEN
    assert not PrimaryDocument.objects.exists()


def test_anonymous_users_are_sent_to_log_in(client, db):
    response = client.get("/documents/")
    assert response.status_code == HTTPStatus.FOUND and "/accounts/login/" in response["Location"]


def test_an_unknown_issuer_is_a_clear_error_and_keeps_the_text(reports, editor_client):
    response = attach(editor_client, issuer_name="Nobody Atall")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    html = response.content.decode()
    assert "No speaker is called “Nobody Atall”." in html
    assert "humanitarian corridor" in html  # the pasted text is still in the form
    assert not PrimaryDocument.objects.exists()


def _upload(name: str, data: bytes):
    upload = io.BytesIO(data)
    upload.name = name
    return upload


def test_a_txt_upload_is_read(reports, editor_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = attach(editor_client, text="", upload=_upload("readout.txt", READOUT.encode("cp1252", "replace")))
    assert response.status_code == HTTPStatus.FOUND
    document = PrimaryDocument.objects.get()
    assert "humanitarian corridor open" in document.text
    assert document.checks.filter(result="verbatim").count() == 2


def test_an_html_upload_keeps_the_main_text(reports, editor_client):
    paragraphs = "".join(f"<p>{line}</p>" for line in READOUT.splitlines() if line)
    html = f"<html><head><title>Readout</title></head><body><nav>Home | Press</nav><article>{paragraphs}</article></body></html>"
    response = attach(editor_client, text="", upload=_upload("readout.html", html.encode()))
    assert response.status_code == HTTPStatus.FOUND
    assert "will not accept any partition of the river valley" in PrimaryDocument.objects.get().text


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF with these lines of text in Helvetica (written by hand: no PDF writer needed)."""
    def escape(line):
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 40 800 Td 12 TL " + " ".join(f"({escape(line)}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_a_pdf_upload_is_read_and_checked(reports, editor_client, django_capture_on_commit_callbacks):
    lines = ["The President said that Corvalia will not accept any partition", "of the river valley and stressed that the talks must continue."]
    with django_capture_on_commit_callbacks(execute=True):
        response = attach(editor_client, text="", upload=_upload("readout.pdf", _pdf(lines)))
    assert response.status_code == HTTPStatus.FOUND
    document = PrimaryDocument.objects.get()
    assert "will not accept any partition" in document.text
    assert quote_of(reports["verbatim"], "will not").checks.get().result == "verbatim"


def test_a_file_that_is_not_a_document_is_refused(reports, editor_client):
    response = attach(editor_client, text="", upload=_upload("readout.docx", b"PK\x03\x04 not really"))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert ".docx cannot be read" in response.content.decode()
    response = attach(editor_client, text="", upload=_upload("broken.pdf", b"%PDF-1.4 garbage"))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "broken.pdf:" in response.content.decode()
    assert not PrimaryDocument.objects.exists()


def test_the_attach_form_suggests_issuers(reports, editor_client):
    html = page(editor_client, "/documents/add/")
    assert 'hx-get="/autocomplete/speakers/"' in html and 'list="speaker-options"' in html
    options = page(editor_client, "/autocomplete/speakers/?issuer_name=Mars")
    assert "Elena Marsh" in options


def test_a_splice_does_not_chain_the_sentences_between_its_pieces(readout, reports, journalist_client):
    html = page(journalist_client, quote_of(reports["changed"], "a brutal").get_absolute_url())
    assert "Relay chain" not in html  # the spliced report's span covers this sentence; its pieces do not
