"""A primary document's text from an uploaded file: .txt (any encoding), .html (its main text,
by trafilatura) or .pdf (pypdf). Each reader returns (text, "") or ("", why not)."""

import io
from pathlib import Path

from quotes.imports.decoding import decode_document, looks_binary

EXTENSIONS = (".txt", ".html", ".htm", ".pdf")
MAX_PDF_PAGES = 500


def read_upload(name: str, data: bytes) -> tuple[str, str]:
    extension = Path(name).suffix.lower()
    if extension == ".txt":
        text, error, _warning = decode_document(data)  # a guessed encoding is fine for a document to align
        return (text or "").strip(), error
    if extension in (".html", ".htm"):
        return _read_html(data)
    if extension == ".pdf":
        return _read_pdf(data)
    return "", f"{extension or 'files without an extension'} cannot be read; use {', '.join(EXTENSIONS)}"


def _read_html(data: bytes) -> tuple[str, str]:
    import trafilatura

    if looks_binary(data[:20_000].decode("latin-1")):
        return "", "binary data, not an HTML page"
    try:
        text = trafilatura.extract(data, include_comments=False, include_tables=True, favor_recall=True)
    except Exception as error:  # trafilatura raises many kinds on malformed markup
        return "", f"could not read the HTML ({error.__class__.__name__})"
    return (text or "").strip(), "" if text else "no main text found in the HTML page"


def _read_pdf(data: bytes) -> tuple[str, str]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return "", "the PDF is encrypted"
        if len(reader.pages) > MAX_PDF_PAGES:
            return "", f"the PDF has more than {MAX_PDF_PAGES} pages"
        text = "\n\n".join((page.extract_text() or "").strip() for page in reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        return "", f"could not read the PDF ({error.__class__.__name__})"
    text = text.strip()
    return text, "" if text else "no text in the PDF (a scan? paste its text instead)"
