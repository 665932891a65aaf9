"""ParsedArticle's shortcuts read the same answers as the spaCy calls they stand in for."""

from pathlib import Path

from quotes.extraction.article import Paragraph
from quotes.extraction.parsed import ParsedArticle, ParsedParagraph, is_parsed

HERE = Path(__file__).resolve().parent


def _paragraphs() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for folder in ("articles", "blind") for path in sorted((HERE / folder).glob("*.txt"))]
    return [paragraph.strip() for text in texts for paragraph in text.split("\n\n") if paragraph.strip()]


def _parsed(docs) -> ParsedArticle:
    return ParsedArticle("", [ParsedParagraph(Paragraph(0, len(doc.text)), 0, doc) for doc in docs])


def test_noun_chunks_among_keeps_the_docs_chunks_holding_a_word_asked_for(nlp):
    docs = list(nlp.pipe(_paragraphs()))
    parsed = _parsed(docs)
    words = {"statement", "ministry", "government", "union"}
    chunks = 0
    for index, doc in enumerate(docs):
        found = [(c.start, c.end) for c in parsed.noun_chunks_among(index, words)]
        assert found == [(c.start, c.end) for c in doc.noun_chunks if any(t.lower_ in words for t in c)]
        chunks += len(found)
    assert chunks > 50


def test_tagged_verbs_and_is_parsed(nlp):
    docs = list(nlp.pipe(_paragraphs()[:200]))
    unparsed = nlp.make_doc("Only tokens here, said Ana Ruiz.")
    parsed = _parsed(docs + [unparsed])
    for index, doc in enumerate(docs + [unparsed]):
        assert parsed.tagged_verbs(index) == [token.pos_ == "VERB" for token in doc]
        assert is_parsed(doc) == doc.has_annotation("DEP")
        assert is_parsed(doc) == doc.has_annotation("DEP")  # remembered, same answer
    assert not is_parsed(unparsed)
