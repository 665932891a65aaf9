"""What the pages show of checks: a document's text cut into quoted and unquoted runs (the
coverage map), the passages with who quoted each and how faithfully, a quote's verdicts with the
document's sentence beside it, and the relay chain of words carried from article to article."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Prefetch, Q
from rapidfuzz import fuzz

from quotes.checking.alignment import Alignment, compare, fold_word, sentence_around
from quotes.models import Article, PrimaryDocument, Quote, QuoteCheck


@dataclass
class Passage:
    """A stretch of the document that one or more quotes carry, earliest quote first."""

    start: int
    end: int
    checks: list = field(default_factory=list)
    text: str = ""

    @property
    def first(self):
        return self.checks[0]


def passages(document: PrimaryDocument) -> list[Passage]:
    """The document's quoted passages in text order, each with the quotes carrying it; a spliced
    quote counts in each passage it took words from, and overlapping matches make one passage."""
    checks = document.checks.found().select_related("quote__article__outlet", "quote__source__issuer")
    pieces = sorted(((start, end, check) for check in checks for start, end in check.pieces or [(check.span_start, check.span_end)]),
                    key=lambda piece: piece[:2])
    found: list[Passage] = []
    for start, end, check in pieces:
        if found and start < found[-1].end:
            found[-1].end = max(found[-1].end, end)
            if check not in found[-1].checks:
                found[-1].checks.append(check)
        else:
            found.append(Passage(start, end, [check]))
    for passage in found:
        passage.checks.sort(key=lambda check: (check.quote.dated, check.quote_id))
        passage.text = document.text[passage.start : passage.end]
    return found


def segments(text: str, found: list[Passage]) -> list[tuple[str, Passage | None]]:
    """The text as runs of plain and quoted text, for highlighting."""
    runs, cursor = [], 0
    for passage in found:
        if passage.start > cursor:
            runs.append((text[cursor : passage.start], None))
        runs.append((text[passage.start : passage.end], passage))
        cursor = passage.end
    if cursor < len(text):
        runs.append((text[cursor:], None))
    return runs


def quote_checks(quote: Quote) -> list[QuoteCheck]:
    """The quote's verdicts, found ones first, each with the document's sentence around the match."""
    checks = list(quote.checks.select_related("document").order_by("result", "document__issued"))
    for check in checks:
        check.sentence = sentence_around(check.document.text, check.span_start, check.span_end) if check.found else ""
    return sorted(checks, key=lambda check: not check.found)


@dataclass
class Link:
    """One article in a relay chain: the copy of the words it carries and how they differ from the first."""

    article: Article
    quote: Quote | None
    day: date
    syndicated: bool = False
    version: bool = False  # the same words in another version of the quote's own story
    against_first: Alignment | None = None


RELAY_CANDIDATES = 300
_VISIBLE = [status for status in Quote.Status.values if status != Quote.Status.REJECTED]


def relay_chain(quote: Quote, checks: list[QuoteCheck] | None = None) -> list[Link]:
    """Every article carrying these words, first reported first: the same words elsewhere, quotes
    matched to the same passage of a primary document, the same speakers' near-identical words
    around the date, and the syndicated copies of each article. Empty when only one article has them."""
    # The same words elsewhere, and in the story's other versions (Quote.first_seen), even where an
    # editor changed them in one of them: one query, each half on its own index.
    first_seen = quote.first_seen_id or quote.pk
    same_words = Quote.objects.visible().same_words_as(quote).order_by().values_list("pk", flat=True)
    in_versions = (Quote.objects.visible().filter(Q(pk=first_seen) | Q(first_seen_id=first_seen))
                   .order_by().values_list("pk", flat=True))
    members = set(same_words.union(in_versions).order_by()[:RELAY_CANDIDATES])
    members.add(quote.pk)
    found = [check for check in (quote.checks.all() if checks is None else checks) if check.found]
    if found:
        # Spans overlapping in the database, then pieces overlapping here: a splice's span covers
        # the sentences between its pieces, which it did not carry.
        overlapping = Q()
        for check in found:
            overlapping |= Q(document_id=check.document_id, span_start__lt=check.span_end, span_end__gt=check.span_start)
        mine = {(check.document_id, start, end) for check in found for start, end in check.pieces}
        for quote_id, document_id, pieces in (QuoteCheck.objects.found().filter(overlapping, quote__status__in=_VISIBLE)
                                              .values_list("quote_id", "document_id", "pieces")[:RELAY_CANDIDATES]):
            if any(document == document_id and start < other_end and other_start < end
                   for document, start, end in mine for other_start, other_end in pieces):
                members.add(quote_id)
    speakers = [link.speaker_id for link in quote.quote_speakers.all()]
    if speakers:
        mine = _folded(quote.text)
        for pk, text in _nearest_of_speakers(quote, speakers):
            theirs = _folded(text)
            # Similar throughout, or (for words of some length) one copy trimmed from the other.
            if fuzz.ratio(mine, theirs) >= 80 or (min(len(mine), len(theirs)) >= 30 and fuzz.partial_ratio(mine, theirs) >= 90):
                members.add(pk)
    if len(members) < 2 and not quote.article.duplicate_of_id and not quote.article.syndicated_copies.exists():
        return []
    quotes = (Quote.objects.filter(pk__in=members).select_related("article__outlet", "article__duplicate_of__outlet", "source__issuer")
              .prefetch_related(Prefetch("article__syndicated_copies", queryset=Article.objects.select_related("outlet"))))
    links = []
    seen_articles = set()
    for member in quotes:
        if member.article_id in seen_articles:
            continue
        seen_articles.add(member.article_id)
        links.append(Link(member.article, member, member.dated, version=first_seen in (member.pk, member.first_seen_id) and member.pk != quote.pk))
        copies = member.article.syndicated_copies.all()
        originals = [member.article.duplicate_of] if member.article.duplicate_of_id else []
        for article in [*copies, *originals]:
            if article.pk not in seen_articles:
                seen_articles.add(article.pk)
                links.append(Link(article, None, article.quote_date(), syndicated=True))
    if len(links) < 2:
        return []
    links.sort(key=lambda link: (link.day, link.quote is None, link.article.pk))
    first = next(link for link in links if link.quote is not None)
    for link in links:
        if link.quote is not None and link is not first:
            link.against_first = compare(first.quote.text, link.quote.text)
    return links


def _nearest_of_speakers(quote: Quote, speakers: list[int]) -> list[tuple[int, str]]:
    """(id, text) of the speakers' quotes in other articles nearest in time to `quote`, at most
    CHECK_WINDOW_DAYS either side: RELAY_CANDIDATES / 2 on or after its day, as many before.

    Read off the links' (speaker, dated) index, nearest first, rather than all of the window's
    quotes and then sorted: a speaker of the busy week has thousands of quotes within two weeks
    (122 ms for one quote page at 1M quotes, growing with the archive)."""
    window = timedelta(days=settings.CHECK_WINDOW_DAYS)
    # One filter() per side: the speaker and the link's date on the same link (one join).
    quotes = Quote.objects.visible().exclude(article_id=quote.article_id)
    later = quotes.filter(quote_speakers__speaker__in=speakers,
                          quote_speakers__dated__range=(quote.dated, quote.dated + window))
    earlier = quotes.filter(quote_speakers__speaker__in=speakers,
                            quote_speakers__dated__range=(quote.dated - window, quote.dated - timedelta(days=1)))
    half = RELAY_CANDIDATES // 2
    return [
        *later.order_by("quote_speakers__dated", "quote_speakers__quote_id").values_list("pk", "text")[:half],
        *earlier.order_by("-quote_speakers__dated", "-quote_speakers__quote_id").values_list("pk", "text")[:half],
    ]


def _folded(text: str) -> str:
    return " ".join(fold_word(word) for word in text.split())
