"""Storing an extraction: speakers resolved across articles, and editors' work never overwritten."""

import pytest

from quotes.extraction.types import ArticleExtraction, ExtractedQuote, SourceRef, Span, SpeakerRef
from quotes.models import Article, Quote, Source, Speaker, SpeakerAlias
from quotes.store.extractions import store_extraction

BODY = 'Putin said the attack was "barbaric". The Kremlin said in a statement that talks were "useful".'


def found(text, speaker_name="Vladimir Putin", aliases=("Putin",), source=None):
    start = BODY.index(text)
    return ExtractedQuote(
        text=text, start=start, end=start + len(text), kind="partial",
        speakers=(SpeakerRef(name=speaker_name, aliases=aliases, mention=Span("Putin", 0, 5)),),
        source=source, cue=Span("said", 6, 10), confidence=0.9,
    )


@pytest.fixture
def article(db):
    return Article.objects.create(title="Call", body=BODY)


def test_it_stores_quotes_with_speakers_and_sources(article):
    statement = SourceRef(label="Kremlin statement", kind="statement", issuer="Kremlin")
    store_extraction(article=article, extraction=ArticleExtraction(quotes=(
        found("barbaric"), found("useful", speaker_name="Kremlin", aliases=(), source=statement))))
    barbaric = Quote.objects.get(text="barbaric")
    assert [s.name for s in barbaric.speakers.all()] == ["Vladimir Putin"]
    assert barbaric.quote_speakers.get().mention == "Putin"
    useful = Quote.objects.get(text="useful")
    assert useful.source.kind == Source.Kind.STATEMENT
    assert useful.source.issuer.name == "Kremlin"
    assert article.quotes.count() == 2
    article.refresh_from_db()
    assert article.extraction_status == Article.ExtractionStatus.DONE


def test_a_surname_in_a_later_article_resolves_to_the_known_speaker(article):
    store_extraction(article=article, extraction=ArticleExtraction(quotes=(found("barbaric"),)))
    later = Article.objects.create(title="Later", body=BODY + " More follows.")
    store_extraction(article=later, extraction=ArticleExtraction(quotes=(found("barbaric", speaker_name="Putin", aliases=()),)))
    assert Speaker.objects.filter(name__icontains="putin").count() == 1
    assert later.quotes.get().speakers.get().name == "Vladimir Putin"


def test_different_people_sharing_a_surname_stay_apart(article):
    store_extraction(article=article, extraction=ArticleExtraction(quotes=(found("barbaric"),)))
    later = Article.objects.create(title="Other Putin", body=BODY + " More follows.")
    store_extraction(article=later, extraction=ArticleExtraction(
        quotes=(found("barbaric", speaker_name="Lyudmila Putin", aliases=()),)))
    assert set(Speaker.objects.values_list("name", flat=True)) == {"Vladimir Putin", "Lyudmila Putin"}


def test_reextraction_leaves_reviewed_quotes_as_the_editor_left_them(article):
    store_extraction(article=article, extraction=ArticleExtraction(quotes=(found("barbaric"), found("useful"))))
    verified = Quote.objects.get(text="barbaric")
    verified.status = Quote.Status.CORRECTED
    verified.save()
    editor_choice = Speaker.objects.create(name="Russian embassy", kind="organization")
    verified.quote_speakers.all().delete()
    verified.quote_speakers.create(speaker=editor_choice)
    rejected = Quote.objects.get(text="useful")
    rejected.status = Quote.Status.REJECTED
    rejected.save()

    store_extraction(article=article, extraction=ArticleExtraction(quotes=(found("barbaric"), found("useful"))))

    assert article.quotes.count() == 2
    verified.refresh_from_db()
    assert verified.status == Quote.Status.CORRECTED
    assert [s.name for s in verified.speakers.all()] == ["Russian embassy"]
    assert Quote.objects.get(text="useful").status == Quote.Status.REJECTED


def test_reextraction_replaces_automatic_quotes(article):
    store_extraction(article=article, extraction=ArticleExtraction(quotes=(found("barbaric"),)))
    store_extraction(article=article, extraction=ArticleExtraction(quotes=(found("useful"),)))
    assert list(article.quotes.values_list("text", flat=True)) == ["useful"]


def test_editor_confirmed_alias_feeds_resolution(article):
    embassy = Speaker.objects.create(name="Russian embassy", kind="organization")
    SpeakerAlias.objects.create(speaker=embassy, name="Russian embassy in India", confirmed=True)
    store_extraction(article=article, extraction=ArticleExtraction(
        quotes=(found("useful", speaker_name="Russian Embassy in India", aliases=()),)))
    assert article.quotes.get().speakers.get() == embassy



@pytest.mark.parametrize("role,same_person", [("Finance Minister", False), ("British Foreign Secretary", True)])
def test_a_bare_surname_joins_a_known_speaker_only_if_roles_agree(article, role, same_person):
    store_extraction(article=article, extraction=ArticleExtraction(
        quotes=(found("barbaric", speaker_name="John Smith", aliases=("Smith",)),)))
    Speaker.objects.filter(name="John Smith").update(role="Foreign Secretary")
    later = Article.objects.create(title="Budget", body=BODY + " Budget day.")
    start = BODY.index("barbaric")
    store_extraction(article=later, extraction=ArticleExtraction(quotes=(
        ExtractedQuote(text="barbaric", start=start, end=start + 8, kind="partial",
                       speakers=(SpeakerRef(name="Smith", role=role),)),)))
    speaker = later.quotes.get().speakers.get()
    assert (speaker.name == "John Smith") is same_person
    assert Speaker.objects.filter(name__endswith="Smith").count() == (1 if same_person else 2)


def test_an_extracted_quote_s_history_starts_with_the_extractor_s_reading_once_someone_changes_it(article, client, bob):
    """Extraction writes no history rows (imports store millions of quotes, most never edited);
    the first correction records the quote as extracted, then the change."""
    from django.urls import reverse

    store_extraction(article=article, extraction=ArticleExtraction(quotes=(found("barbaric"),)))
    quote = Quote.objects.get(text="barbaric")
    assert not quote.history.exists()
    client.force_login(bob)
    response = client.post(reverse("quote_correct", args=[quote.pk, "kind"]), {"version": quote.version, "kind": "direct"})
    assert response.status_code == 302
    rows = list(quote.history.order_by("history_date", "history_id"))
    assert [(row.history_type, row.kind, row.status) for row in rows] == [("+", "partial", "auto"), ("~", "direct", "corrected")]
    assert rows[0].history_change_reason.startswith("extracted by") and rows[0].history_date == quote.created_at
    # Later changes add to it; the extractor's reading is recorded once.
    quote.refresh_from_db()
    client.post(reverse("quote_correct", args=[quote.pk, "kind"]), {"version": quote.version, "kind": "partial"})
    assert quote.history.filter(history_type="+").count() == 1 and quote.history.count() == 3


def test_the_extracted_dateline_fills_an_empty_one_and_never_overwrites_one(db):
    from quotes.store.extractions import store_extractions

    empty = [Article.objects.create(title=f"Empty {n}", body=f"{BODY} {n}") for n in range(3)]
    kept = Article.objects.create(title="Set by hand", body=BODY + " kept", dateline="Geneva")
    store_extractions(items=[(empty[0], ArticleExtraction(quotes=(), dateline="Moscow")),
                             (empty[1], ArticleExtraction(quotes=(), dateline="Kyiv")),
                             (empty[2], ArticleExtraction(quotes=(), dateline="Moscow")),
                             (kept, ArticleExtraction(quotes=(), dateline="Moscow"))])
    stored = dict(Article.objects.values_list("title", "dateline"))
    assert stored == {"Empty 0": "Moscow", "Empty 1": "Kyiv", "Empty 2": "Moscow", "Set by hand": "Geneva"}
    assert set(Article.objects.values_list("extraction_status", flat=True)) == {Article.ExtractionStatus.DONE}


def test_reextraction_after_an_undone_correction_keeps_the_quote_and_its_history(article, bob):
    from django.db.models import ProtectedError

    from quotes.editing import workflows
    from quotes.models import Correction

    store_extraction(article=article, extraction=ArticleExtraction(quotes=(found("barbaric"), found("useful"))))
    quote = Quote.objects.get(text="barbaric")
    change = workflows.change_kind(quote=quote, kind="direct", version=quote.version, user=bob)
    quote.refresh_from_db()
    workflows.revert(correction=change, user=bob)
    quote.refresh_from_db()
    assert quote.status == Quote.Status.AUTO  # undone: automatic again, but with a history

    store_extraction(article=article, extraction=ArticleExtraction(quotes=(found("barbaric"), found("useful"))))

    assert Quote.objects.filter(pk=quote.pk).exists()
    assert Correction.objects.filter(quote=quote).count() == 2
    assert article.quotes.filter(text="barbaric").count() == 1  # not stored a second time beside it
    assert article.quotes.filter(text="useful").count() == 1
    with pytest.raises(ProtectedError):  # nor can the history go with a quote deleted by hand
        quote.delete()


def test_stored_quotes_are_found_by_their_words_speakers_aliases_and_title(db):
    """Imports compute search documents in bulk (quotes.store.bulk.search_vectors_deferred): the
    same documents the triggers keep for one edit at a time."""
    from quotes.browse.search import match_quotes

    first = Article.objects.create(title="Harbour summit", body=BODY)
    store_extraction(article=first, extraction=ArticleExtraction(quotes=(found("barbaric"),)))

    def texts(query):
        return sorted(match_quotes(Quote.objects.all(), query).values_list("text", flat=True))

    assert texts("barbaric") == ["barbaric"]
    assert texts("Vladimir") == ["barbaric"]
    assert texts("summit") == ["barbaric"]
    # A later article teaches a new alias of the same speaker: the earlier quote is found by it too.
    second = Article.objects.create(title="Call", body=BODY + " Later.")
    store_extraction(article=second, extraction=ArticleExtraction(quotes=(
        found("useful", aliases=("Putin", "President Putin")),)))
    assert SpeakerAlias.objects.filter(name="President Putin").exists()
    assert texts("president") == ["barbaric", "useful"]
    # Extracting the first article again replaces its quote, found as before.
    store_extraction(article=first, extraction=ArticleExtraction(quotes=(found("barbaric"),)))
    assert texts("summit") == ["barbaric"]


PHRASE_BODY = ('The mayor said the "harbour talks resume on Monday". Her deputy said "talks on the harbour '
               'resume later" and that "the harbour talks will take time".')


def test_imported_quotes_are_found_by_a_phrase_only_where_its_words_stand_side_by_side(db, journalist_client):
    """Imports compute the documents in bulk (search_vectors_deferred); a phrase search (on
    PostgreSQL through the pairs of adjacent words of those documents) finds their quotes, and
    follows a re-extraction that changes them."""
    from django.urls import reverse

    def quote(text, name):
        start = PHRASE_BODY.index(text)
        return ExtractedQuote(text=text, start=start, end=start + len(text), kind="direct",
                              speakers=(SpeakerRef(name=name, aliases=(), mention=Span("mayor", 4, 9)),),
                              source=None, cue=Span("said", 10, 14), confidence=0.9)

    def phrase(text):
        response = journalist_client.get(reverse("quote_list"), {"q": text, "sort": "newest"})
        return sorted(q.text for q in response.context["page"])

    article = Article.objects.create(title="Port", body=PHRASE_BODY)
    store_extraction(article=article, extraction=ArticleExtraction(quotes=(
        quote("harbour talks resume on Monday", "Maria Lopes"), quote("talks on the harbour resume later", "Rui Sousa"))))
    assert phrase('"harbour talks"') == ["harbour talks resume on Monday"]
    assert phrase('"harbour resume"') == ["talks on the harbour resume later"]
    assert phrase('"rui sousa"') == ["talks on the harbour resume later"]
    store_extraction(article=article, extraction=ArticleExtraction(quotes=(
        quote("talks on the harbour resume later", "Rui Sousa"), quote("the harbour talks will take time", "Rui Sousa"))))
    assert phrase('"harbour talks"') == ["the harbour talks will take time"]
    assert phrase('"rui sousa"') == ["talks on the harbour resume later", "the harbour talks will take time"]
