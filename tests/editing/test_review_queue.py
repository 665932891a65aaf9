"""The review queue: doubtful automatic quotes, newest first, verified or rejected in place."""

from http import HTTPStatus

from django.urls import reverse
from django.utils.html import escape

from quotes.extraction.types import ArticleExtraction, ExtractedQuote
from quotes.models import Article, Quote
from quotes.store.extractions import store_extraction
from tests.editing.fixtures import article, barbaric, htmx  # noqa: F401


def queue_texts(client):
    response = client.get(reverse("review_queue"))
    assert response.status_code == HTTPStatus.OK
    return [quote.text for quote in response.context["quotes"]]


def test_it_lists_doubtful_quotes_newest_first(editor_client, article):
    # "barbaric": low confidence; "a milestone...": no source; "useful": confident, sourced, but a new speaker
    assert queue_texts(editor_client) == ["a milestone for both nations", "useful", "barbaric"]


def test_it_leaves_out_confident_quotes_with_known_speakers_and_a_source(editor_client, article):
    useful = Quote.objects.get(text="useful")
    useful.speakers.update(needs_review=False)
    assert "useful" not in queue_texts(editor_client)
    unattributed = Quote.objects.get(text="useful")
    unattributed.quote_speakers.all().delete()
    assert "useful" in queue_texts(editor_client)  # no speaker at all


def test_reviewed_quotes_leave_the_queue(editor_client, barbaric):
    response = htmx(editor_client).post(reverse("quote_correct", args=[barbaric.pk, "review"]),
                                        {"version": 1, "status": "verified", "panel": "queue"})
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert f'id="review-{barbaric.pk}"' in html and "Verified" in html and 'data-key="v"' not in html
    assert "barbaric" not in queue_texts(editor_client)


def test_the_buttons_work_without_javascript(editor_client, barbaric):
    response = editor_client.post(reverse("quote_correct", args=[barbaric.pk, "review"]),
                                  {"version": 1, "status": "rejected", "next": reverse("review_queue")})
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == reverse("review_queue")
    barbaric.refresh_from_db()
    assert barbaric.status == Quote.Status.REJECTED


def test_the_page_offers_keyboard_review(editor_client, article):
    html = editor_client.get(reverse("review_queue")).content.decode()
    assert "js/review.js" in html and 'data-key="v"' in html and 'data-key="x"' in html
    assert html.count('class="quote-row review-row') == 3


def test_it_pages_through_a_long_queue(editor_client, article, monkeypatch):
    from quotes.editing import views

    monkeypatch.setattr(views, "REVIEW_PAGE_SIZE", 2)
    monkeypatch.setattr(views, "REVIEW_COUNT_CAP", 2)
    first = editor_client.get(reverse("review_queue"))
    assert [q.text for q in first.context["quotes"]] == ["a milestone for both nations", "useful"]
    assert "More than 2 waiting" in first.content.decode() and "?page=2" in first.content.decode()
    second = editor_client.get(reverse("review_queue"), {"page": "2"})
    assert [q.text for q in second.context["quotes"]] == ["barbaric"]
    assert editor_client.get(reverse("review_queue"), {"page": "nonsense"}).status_code == HTTPStatus.OK


def test_verifying_a_quote_confirms_its_new_speaker(editor_client, article):
    useful = Quote.objects.get(text="useful")  # in the queue only because "Kremlin" is a new speaker
    kremlin = useful.speakers.get()
    start = article.body.index("talks")
    other = Quote.objects.create(article=article, text="talks", start=start, end=start + 5, confidence=0.9,
                                 source=useful.source)
    other.quote_speakers.create(speaker=kremlin)
    assert "talks" in queue_texts(editor_client)
    editor_client.post(reverse("quote_correct", args=[useful.pk, "review"]), {"version": 1, "status": "verified"})
    kremlin.refresh_from_db()
    assert not kremlin.needs_review
    assert "talks" not in queue_texts(editor_client)  # the speaker is known now, the other quote is fine


def test_each_row_shows_the_sentence_around_the_quote_and_why_it_is_queued(editor_client, barbaric):
    html = editor_client.get(reverse("review_queue")).content.decode()
    row = html.split(f'id="review-{barbaric.pk}"')[1].split("</li>")[0]
    before, words, after = barbaric.sentence()
    assert words == "barbaric" and before.strip()  # the words around it, from its sentence
    assert '<mark class="q">barbaric</mark>' in row
    assert "Queued for low confidence" in row


def test_a_verdict_updates_the_waiting_count_and_can_be_undone_on_the_row(editor_client, barbaric):
    waiting = len(queue_texts(editor_client))
    response = htmx(editor_client).post(reverse("quote_correct", args=[barbaric.pk, "review"]),
                                        {"version": 1, "status": "rejected", "panel": "queue"})
    html = response.content.decode()
    assert f'<strong id="review-waiting" role="status" hx-swap-oob="true">{waiting - 1} waiting.</strong>' in html
    assert '<span class="verdict">Rejected</span> — <button type="submit" class="link">Undo</button>' in html
    verdict = barbaric.last_verdict()
    undone = htmx(editor_client).post(reverse("correction_revert", args=[verdict.pk]), {"panel": "queue"})
    assert f"{waiting} waiting." in undone.content.decode() and 'data-key="v"' in undone.content.decode()
    barbaric.refresh_from_db()
    assert barbaric.status == Quote.Status.AUTO


def test_a_row_deep_in_a_long_article_shows_the_same_sentence_as_the_quote_page(editor_client, db):
    # The queue reads a window of the body around each quote, not the whole body: the row must not
    # lose the sentence's start however long the paragraph before it or the article before that.
    earlier = "\n".join(f"Paragraph {n} of the council's long report on the harbour works." for n in range(60))
    long_sentence = "In a paragraph that runs on " + "and on, " * 60 + "the mayor said the plan was "
    body = f"{earlier}\nThe vote came late. {long_sentence}\u201cunaffordable\u201d and would be reviewed. More followed."
    article = Article.objects.create(title="Harbour works", body=body)
    start = body.index("unaffordable")
    store_extraction(article=article, extraction=ArticleExtraction(quotes=(ExtractedQuote(
        text="unaffordable", start=start, end=start + len("unaffordable"), kind="partial",
        speakers=(), source=None, cue=None, confidence=0.3),)))
    quote = Quote.objects.get(text="unaffordable")
    before, words, after = quote.sentence()  # from the whole body
    assert before.endswith("the plan was \u201c") and len(before) == 300 and after == "\u201d and would be reviewed."
    html = editor_client.get(reverse("review_queue")).content.decode()
    row = html.split(f'id="review-{quote.pk}"')[1].split("</li>")[0]
    assert f'{escape(before)}<a href="{quote.get_absolute_url()}" class="open"><mark class="q">unaffordable</mark></a>{escape(after)}' in row
