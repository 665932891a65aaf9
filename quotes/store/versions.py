"""The same words across the versions of a story: a quote of an updated version whose words match
a quote of the version before is linked to where they were first seen (Quote.first_seen).

The earlier version's quotes are never touched: an editor's corrections there stay where they are.
Its reviewed reading (speakers and source) is carried to the matching quote of the new version,
so the correction is not lost on the update either.
"""

import re

from quotes.models import Article, Quote, QuoteSpeaker

_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00ab": '"', "\u00bb": '"'})
_EDGES = re.compile(r"^[\s\"',.;:!?\u2014\u2013-]+|[\s\"',.;:!?\u2014\u2013-]+$")
REVIEWED = (Quote.Status.VERIFIED, Quote.Status.CORRECTED)


def same_words(text: str) -> str:
    """Quote text as compared across versions: case, quotation marks, spacing and the punctuation
    at either end do not count."""
    return _EDGES.sub("", " ".join(text.translate(_MARKS).casefold().split()))


def link_across_versions(articles: list[Article]) -> set[int]:
    """Link the quotes of these articles to their previous versions' quotes, and those of their
    later versions (extracted first, by another worker) to theirs. Returns the speaker ids whose
    quotes changed (a carried correction)."""
    pairs = {article.pk: article.previous_version_id for article in articles if article.previous_version_id}
    pairs.update(Article.objects.filter(previous_version_id__in=[article.pk for article in articles])
                 .values_list("pk", "previous_version_id"))
    if not pairs:
        return set()
    quotes = {}
    for quote in Quote.objects.filter(article_id__in={*pairs, *pairs.values()}).only(
            "pk", "article_id", "text", "status", "source_id", "first_seen_id"):
        quotes.setdefault(quote.article_id, []).append(quote)
    linked, carried = [], {}
    # Earlier versions are stored before the versions that update them: in id order, a chain
    # v1 <- v2 <- v3 links v2 first, so v3's quotes reach v1 through it.
    for article_id, earlier_id in sorted(pairs.items()):
        earlier = {same_words(quote.text): quote for quote in quotes.get(earlier_id, [])}
        for quote in quotes.get(article_id, []):
            match = earlier.get(same_words(quote.text))
            if match is None:
                continue
            first = match.first_seen_id or match.pk
            if quote.first_seen_id != first:
                quote.first_seen_id = first
                linked.append(quote)
            if quote.status == Quote.Status.AUTO and match.status in REVIEWED:
                carried[quote.pk] = match
    Quote.objects.bulk_update(linked, ["first_seen"], batch_size=500)
    return _carry_reviews(carried)


def _carry_reviews(carried: dict[int, Quote]) -> set[int]:
    """Automatic quotes take the speakers and source an editor gave the same words in the version before."""
    if not carried:
        return set()
    earlier_links = {}
    for link in QuoteSpeaker.objects.filter(quote__in=carried.values()).order_by("position"):
        earlier_links.setdefault(link.quote_id, []).append(link)
    replaced = QuoteSpeaker.objects.filter(quote_id__in=carried)
    touched = set(replaced.values_list("speaker_id", flat=True))
    replaced.delete()
    dated = dict(Quote.objects.filter(pk__in=carried).values_list("pk", "dated"))
    by_source = {}
    for quote_id, match in carried.items():
        by_source.setdefault(match.source_id, []).append(quote_id)
    for source_id, quote_ids in by_source.items():
        Quote.objects.filter(pk__in=quote_ids).update(source_id=source_id)
    # The mention as the editor's version wrote it; its offsets belong to the other article's text.
    links = [QuoteSpeaker(quote_id=quote_id, speaker_id=link.speaker_id, position=link.position, mention=link.mention,
                          dated=dated[quote_id])
             for quote_id, match in carried.items() for link in earlier_links.get(match.pk, [])]
    QuoteSpeaker.objects.bulk_create(links)
    return touched | {link.speaker_id for link in links}
