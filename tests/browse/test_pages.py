"""Journalists browse quotes: home, speakers, speaker, quote permalink, article, keyset pages."""

import re
from datetime import date, timedelta
from http import HTTPStatus

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from quotes.models import Article, Correction, Outlet, Quote, QuoteSpeaker, Source, Speaker, SpeakerAlias

_counter = iter(range(10**9))


def make_article(words_by_speaker, *, outlet=None, published=None, title=None):
    """An article whose body holds each (speaker or [speakers], words, extra) as a quote; returns (article, quotes)."""
    body, spans = "", []
    for speakers, words, extra in words_by_speaker:
        speakers = speakers if isinstance(speakers, list) else [speakers]
        names = " and ".join(s.name for s in speakers)
        lead = f"{names} said "
        start = len(body) + len(lead) + 1
        body += f"{lead}\u201c{words}\u201d.\n"
        spans.append((speakers, words, start, extra))
    n = next(_counter)
    article = Article.objects.create(
        title=title or f"Story {n}", body=body + f"Filed as story {n}.", outlet=outlet,
        published=published or date(2025, 5, 5), url=f"https://example.org/{n}",
    )
    quotes = []
    for speakers, words, start, extra in spans:
        quote = Quote.objects.create(article=article, text=words, start=start, end=start + len(words), **extra)
        for position, speaker in enumerate(speakers):
            QuoteSpeaker.objects.create(quote=quote, speaker=speaker, mention=speaker.name, position=position)
        quotes.append(quote)
    return article, quotes


@pytest.fixture
def cast(db):
    putin = Speaker.objects.create(name="Vladimir Putin", role="President", affiliation="Russia")
    SpeakerAlias.objects.create(speaker=putin, name="President Putin", confirmed=True)
    modi = Speaker.objects.create(name="Narendra Modi", role="Prime Minister", affiliation="India")
    embassy = Speaker.objects.create(name="Russian embassy", kind=Speaker.Kind.ORGANIZATION)
    readout = Source.objects.create(label="Russian embassy readout", kind=Source.Kind.READOUT, issuer=embassy)
    wire = Outlet.objects.create(name="Delhi Wire")
    post = Outlet.objects.create(name="Moscow Post")
    _, first = make_article(
        [(putin, "barbaric", {"source": readout, "kind": Quote.Kind.PARTIAL}),
         ([putin, modi], "we stand together", {"status": Quote.Status.VERIFIED}),
         (modi, "a rejected misreading", {"status": Quote.Status.REJECTED})],
        outlet=wire, published=date(2025, 5, 5), title="Leaders condemn attack",
    )
    _, second = make_article([(putin, "barbaric", {})], outlet=post, published=date(2025, 5, 7), title="Later story")
    _, earliest = make_article([(modi, "barbaric", {})], outlet=post, published=date(2025, 5, 1), title="Earlier story")
    Speaker.objects.all().refresh_quote_stats()
    return {"putin": putin, "modi": modi, "embassy": embassy, "readout": readout, "wire": wire, "post": post,
            "barbaric": first[0], "together": first[1], "rejected": first[2], "second": second[0], "earliest": earliest[0]}


PAGES = ["home", "speaker_list", "quote_list"]


@pytest.mark.parametrize("name", PAGES)
def test_it_sends_anonymous_readers_to_log_in(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("login"))


def test_object_pages_need_a_login_too(client, cast):
    for url in [cast["putin"].get_absolute_url(), cast["barbaric"].get_absolute_url(),
                cast["barbaric"].article.get_absolute_url(), reverse("quote_export", args=["csv"])]:
        assert client.get(url)["Location"].startswith(reverse("login"))


def test_home_shows_latest_quotes_and_most_quoted_speakers(journalist_client, db):
    speaker = Speaker.objects.create(name="Clara Mendes")
    quiet = Speaker.objects.create(name="Quiet Person")
    today = timezone.localdate()
    make_article([(speaker, "fresh words", {}), (speaker, "more fresh words", {}), (quiet, "once", {})], published=today)
    make_article([(quiet, "long ago", {})], published=today - timedelta(days=20))
    Speaker.objects.all().refresh_quote_stats()  # as storing an extraction does
    html = journalist_client.get(reverse("home")).content.decode()
    week = html.split('id="week-heading"')[1].split("</ol>")[0]
    month = html.split('id="month-heading"')[1].split("</ol>")[0]
    assert week.index("Clara Mendes") < week.index("Quiet Person")
    assert f'<a href="{speaker.get_absolute_url()}">Clara Mendes</a>' in week
    assert "Quiet Person" in month and ">2<" in month.split("Quiet Person")[1][:40].replace(" ", "")
    assert "fresh words" in html
    assert 'action="/quotes/"' in html and 'name="q"' in html


def test_readers_never_see_rejected_quotes(journalist_client, cast):
    pages = [reverse("home"), cast["modi"].get_absolute_url(), reverse("quote_list")]
    for url in pages:
        assert "a rejected misreading" not in journalist_client.get(url).content.decode(), url
    article = journalist_client.get(cast["barbaric"].article.get_absolute_url()).content.decode()
    assert "a rejected misreading</mark>" not in article  # still in the body text, but not as a quote
    gone = journalist_client.get(cast["rejected"].get_absolute_url())
    assert gone.status_code == HTTPStatus.GONE  # the permalink answers: withdrawn
    assert "This quote was withdrawn" in gone.content.decode()
    assert "a rejected misreading" not in gone.content.decode()


def test_a_withdrawn_quote_says_when_and_why(journalist_client, bob, cast):
    from quotes.editing import workflows

    quote = cast["together"]
    workflows.set_status(quote=quote, status=Quote.Status.REJECTED, version=quote.version, user=bob,
                         reason="Said by the interviewer, not the minister")
    response = journalist_client.get(quote.get_absolute_url())
    assert response.status_code == HTTPStatus.GONE
    html = response.content.decode()
    assert "Why: <span class=\"reason\">Said by the interviewer, not the minister</span>" in html
    assert "withdrew them on" in html and "Leaders condemn attack" in html


def test_editors_can_still_open_a_rejected_quote(editor_client, cast):
    response = editor_client.get(cast["rejected"].get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    assert "Rejected" in response.content.decode()


def test_speakers_search_matches_aliases_as_you_type(journalist_client, cast):
    response = journalist_client.get(reverse("speaker_list"), {"q": "president put"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html and 'id="results"' in html
    assert "Vladimir Putin" in html and "Narendra Modi" not in html


def test_speakers_filter_by_kind_and_role_and_sort(journalist_client, cast):
    html = journalist_client.get(reverse("speaker_list"), {"kind": "organization"}).content.decode()
    assert "Russian embassy" in html and "Vladimir Putin" not in html
    html = journalist_client.get(reverse("speaker_list"), {"role": "india"}).content.decode()
    assert "Narendra Modi" in html and "Vladimir Putin" not in html
    html = journalist_client.get(reverse("speaker_list"), {"sort": "quotes"}).content.decode()
    assert html.index("Vladimir Putin") < html.index("Narendra Modi")  # 3 quotes against 2
    html = journalist_client.get(reverse("speaker_list"), {"sort": "name"}).content.decode()
    assert html.index("Narendra Modi") < html.index("Vladimir Putin")


def test_speakers_list_leaves_out_merged_speakers(journalist_client, cast):
    Speaker.objects.create(name="V. Putin", merged_into=cast["putin"])
    html = journalist_client.get(reverse("speaker_list"), {"q": "putin"}).content.decode()
    assert "V. Putin" not in html and "Vladimir Putin" in html


def test_a_merged_speaker_redirects_to_the_target(journalist_client, cast):
    old = Speaker.objects.create(name="V. Putin", merged_into=cast["putin"])
    response = journalist_client.get(old.get_absolute_url())
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == cast["putin"].get_absolute_url()


def test_speaker_page_shows_profile_timeline_alongside_and_sources(journalist_client, cast):
    html = journalist_client.get(cast["putin"].get_absolute_url()).content.decode()
    assert "President Putin" in html  # alias
    assert "3 quotes" in html
    # Three quotes over three days of one month: a bar per day, not one bar for the month.
    assert html.count("<rect ") == 3 and "Mon 5 May 2025: 2" in html and "Tue 6 May 2025: 0" in html
    alongside = html.split('id="alongside-heading"')[1].split("</ol>")[0]
    assert f'<a href="{cast["modi"].get_absolute_url()}">Narendra Modi</a>' in alongside
    sources = html.split('id="sources-heading"')[1].split("</ol>")[0]
    assert "Russian embassy readout" in sources


def test_speaker_timeline_per_week_fills_empty_weeks(journalist_client, cast):
    make_article([(cast["putin"], "three weeks on", {})], published=date(2025, 5, 26))
    Speaker.objects.all().refresh_quote_stats()
    html = journalist_client.get(cast["putin"].get_absolute_url(), {"per": "week"}).content.decode()
    assert html.count("<rect ") == 4  # weeks of 5, 12, 19 and 26 May, two of them empty
    assert "week of 12 May 2025: 0" in html


def test_speaker_page_filters_its_quotes(journalist_client, cast):
    url = cast["putin"].get_absolute_url()
    html = journalist_client.get(url, {"outlet": cast["post"].pk}).content.decode()
    assert "1 quote<" in html and "Later story" in html and "Leaders condemn attack" not in html
    html = journalist_client.get(url, {"verified": "on"}).content.decode()
    assert "we stand together" in html and "barbaric" not in html.split('id="results"')[1]
    html = journalist_client.get(url, {"date_from": "2025-05-06"}).content.decode()
    assert "Later story" in html and "Leaders condemn attack" not in html
    html = journalist_client.get(url, {"source_kind": "readout"}).content.decode()
    assert "1 quote<" in html
    html = journalist_client.get(url, {"kind": "partial"}).content.decode()
    assert "1 quote<" in html


def test_the_filter_form_offers_outlets_added_since_the_last_request(journalist_client, cast):
    url = reverse("quote_list")
    first = journalist_client.get(url, {"outlet": cast["wire"].pk}).content.decode()
    assert f'<option value="{cast["wire"].pk}" selected>Delhi Wire</option>' in first
    Outlet.objects.create(name="Brand New Gazette")
    second = journalist_client.get(url).content.decode()
    assert "Brand New Gazette" in second and " selected>Delhi Wire" not in second
    # The list is cached between pages, and forgotten when an outlet is renamed or deleted.
    wire = cast["wire"]
    wire.name = "Delhi Wire Service"
    wire.save()
    Outlet.objects.get(name="Brand New Gazette").delete()
    third = journalist_client.get(url).content.decode()
    assert f'<option value="{wire.pk}">Delhi Wire Service</option>' in third and "Brand New Gazette" not in third


def test_speaker_page_updates_only_the_results_for_htmx(journalist_client, cast):
    url = cast["putin"].get_absolute_url()
    html = journalist_client.get(url, {"outlet": cast["post"].pk}, headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in html and html.lstrip().startswith('<div id="results"')
    restore = journalist_client.get(url, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in restore.content.decode()  # the back button gets the whole page


def test_speaker_page_includes_the_editing_hook(journalist_client, cast, settings):
    html = journalist_client.get(cast["putin"].get_absolute_url()).content.decode()
    assert 'id="speaker-name"' in html


def test_speaker_history_opens_on_demand_for_every_reader(journalist_client, cast):
    putin = cast["putin"]
    Correction.objects.create(speaker=putin, action=Correction.Action.ROLE, old_display="(none)",
                              new_display="President", reason="<b>from the readout</b>")
    history_url = reverse("speaker_history", args=[putin.pk])
    page = journalist_client.get(putin.get_absolute_url()).content.decode()
    # collapsed: fetched by htmx when opened, a plain link without JavaScript; not read until then
    assert f'hx-get="{history_url}"' in page and f'href="{history_url}"' in page
    assert "from the readout" not in page
    fragment = journalist_client.get(history_url, headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in fragment and "(none) → President" in fragment
    assert "&lt;b&gt;from the readout&lt;/b&gt;" in fragment and "<b>from" not in fragment
    whole = journalist_client.get(history_url).content.decode()
    assert "<html" in whole and "(none) → President" in whole and putin.get_absolute_url() in whole
    assert "Undo" not in whole  # a journalist reads the history, as before, and cannot undo


def test_speaker_history_follows_a_merge_and_needs_a_login(client, journalist_client, cast):
    modi, putin = cast["modi"], cast["putin"]
    Speaker.objects.filter(pk=modi.pk).update(merged_into=putin)
    response = journalist_client.get(reverse("speaker_history", args=[modi.pk]))
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == reverse("speaker_history", args=[putin.pk])
    client.logout()
    response = client.get(reverse("speaker_history", args=[putin.pk]))
    assert response.status_code == HTTPStatus.FOUND and response["Location"].startswith(reverse("login"))


def test_after_a_correction_without_javascript_the_history_is_open(editor_client, cast):
    putin = cast["putin"]
    response = editor_client.post(reverse("speaker_correct", args=[putin.pk, "details"]), {
        "name": putin.name, "kind": putin.kind, "role": "Head of state", "affiliation": putin.affiliation,
        "reason": "official title", "version": putin.version}, follow=True)
    html = response.content.decode()
    assert "President → Head of state" in html and "official title" in html
    assert "Undo" in html.split('class="history"')[1]


@pytest.mark.parametrize("listing", ["quote list", "speaker page"])
def test_keyset_pages_walk_the_whole_list_without_gaps(journalist_client, db, listing):
    speaker = Speaker.objects.create(name="Busy Speaker")
    other = Speaker.objects.create(name="Someone Else")
    for day in range(30):
        make_article([(speaker, f"words number {day} one", {}), (speaker, f"words number {day} two", {})],
                     published=date(2025, 1, 1) + timedelta(days=day % 7))
        if listing == "speaker page":
            make_article([(other, f"other words {day}", {})], published=date(2025, 1, 1) + timedelta(days=day % 5))
    url = reverse("quote_list") if listing == "quote list" else speaker.get_absolute_url()
    seen, params, pages = [], {}, []
    while True:
        page = journalist_client.get(url, params).context["page"]
        pages.append(page)
        seen += [q.pk for q in page]
        if not page.has_next:
            break
        params = {"after": str(page.next_cursor), "page": page.number + 1}
    assert len(pages) == 3 and [p.number for p in pages] == [1, 2, 3]
    assert len(seen) == len(set(seen)) == 60
    keys = [(q.dated, q.pk) for q in Quote.objects.filter(pk__in=seen)]
    assert [k[1] for k in sorted(keys, reverse=True)] == seen
    back = journalist_client.get(url, {"before": str(pages[2].previous_cursor), "page": 2}).context["page"]
    assert [q.pk for q in back] == [q.pk for q in pages[1]]


def test_a_speakers_quotes_follow_a_corrected_publication_date(journalist_client, db):
    speaker = Speaker.objects.create(name="Dated Speaker")
    old_story, (old_quote,) = make_article([(speaker, "words from long ago", {})], published=date(2024, 3, 1))
    make_article([(speaker, "words from this spring", {})], published=date(2025, 4, 1))
    page = journalist_client.get(speaker.get_absolute_url()).context["page"]
    assert [q.text for q in page] == ["words from this spring", "words from long ago"]

    old_story.published = date(2025, 6, 1)  # the archive had it wrong
    old_story.save()

    page = journalist_client.get(speaker.get_absolute_url()).context["page"]
    assert [q.text for q in page] == ["words from long ago", "words from this spring"]
    assert QuoteSpeaker.objects.get(quote=old_quote).dated == date(2025, 6, 1)


def test_a_garbled_cursor_shows_the_first_page(journalist_client, cast):
    assert journalist_client.get(reverse("quote_list"), {"after": "nonsense"}).status_code == HTTPStatus.OK


def test_quote_page_has_citation_context_and_the_same_words_elsewhere(journalist_client, cast):
    quote = cast["barbaric"]
    html = journalist_client.get(quote.get_absolute_url()).content.decode()
    citation = ('"barbaric" — Vladimir Putin, via Russian embassy readout, in \u201cLeaders condemn attack\u201d, '
                f'Delhi Wire, 5 May 2025, {quote.article.url}')
    assert quote.citation() == citation
    assert f'>&quot;barbaric&quot; — Vladimir Putin, via Russian embassy readout, in \u201cLeaders condemn attack\u201d, Delhi Wire, 5 May 2025, {quote.article.url}</textarea>' in html
    assert "Copy citation" in html
    assert 'Vladimir Putin said \u201c<mark class="q">barbaric</mark>\u201d.' in html  # the paragraph, highlighted
    elsewhere = html.split('id="elsewhere-heading"')[1]
    assert elsewhere.index("Earlier story") < elsewhere.index("Later story")  # earliest first
    assert "Leaders condemn attack" not in elsewhere
    assert "Partial" in html and "Automatic" in html and "said" in html


def test_article_page_highlights_every_quote_with_its_attribution(journalist_client, cast):
    html = journalist_client.get(cast["barbaric"].article.get_absolute_url()).content.decode()
    marks = re.findall(r'<mark class="q (speaker-\d+)"[^>]*data-attribution="([^"]*)"[^>]*>([^<]*)</mark>', html)
    assert [(text, who) for _, who, text in marks] == [
        ("barbaric", "Vladimir Putin, via Russian embassy readout"),
        ("we stand together", "Vladimir Putin and Narendra Modi"),
    ]
    assert marks[0][0] == marks[1][0]  # coloured by first speaker
    assert 'tabindex="0"' in html


def test_quote_list_page_links_to_exports_with_the_same_filters(journalist_client, cast):
    html = journalist_client.get(reverse("quote_list"), {"kind": "partial"}).content.decode()
    assert "/quotes/export.csv?kind=partial" in html and "/quotes/export.json?kind=partial" in html


@pytest.mark.parametrize("extra", [0, 20])
def test_query_counts_do_not_grow_with_the_data(journalist_client, cast, django_assert_max_num_queries, extra):
    putin, modi = cast["putin"], cast["modi"]
    for n in range(extra):
        make_article([([putin, modi], f"extra words {n}", {"source": cast["readout"]})], outlet=cast["wire"])
    quote, article = cast["barbaric"], cast["barbaric"].article
    budgets = {
        # (the rankings: a stamp each, and on a cache miss their sums and names)
        reverse("home"): 11,
        reverse("speaker_list"): 7,
        reverse("speaker_list") + "?q=putin": 8,  # (+1: the matching ids first, SpeakerQuerySet.named_like)
        # (+1: how often outlets quote the speaker verbatim, quotes.checking; +1 over a span of
        # weeks: the quotes per day, which the stored stats do not keep; +1 on pages with the filter
        # form: its outlets, read to know whether the form as drawn last time still holds)
        putin.get_absolute_url(): 14,
        putin.get_absolute_url() + "?outlet=%d&verified=on" % cast["wire"].pk: 16,
        reverse("speaker_history", args=[putin.pk]): 6,
        reverse("quote_list"): 8,
        # (+1 the first time a search's words are seen: PostgreSQL's estimate of how common they are;
        # +1 the people the words name)
        reverse("quote_list") + "?q=barbaric": 11,
        # (+6: its checks against primary documents and its relay chain, quotes.checking: the speakers' quotes
        # nearest in time are read in two queries, one each side of its day)
        quote.get_absolute_url(): 15,
        # (+1: the story's later versions and syndicated copies, in one query)
        article.get_absolute_url(): 9,
    }
    for url, budget in budgets.items():
        with django_assert_max_num_queries(budget):
            assert journalist_client.get(url).status_code == HTTPStatus.OK, url


def test_quote_dates_follow_the_article(db):
    speaker = Speaker.objects.create(name="Someone")
    article, (quote,) = make_article([(speaker, "words", {})], published=date(2024, 1, 1))
    assert quote.dated == date(2024, 1, 1)
    article.published = date(2024, 2, 2)
    article.save()
    quote.refresh_from_db()
    assert quote.dated == date(2024, 2, 2)


def _ranked(client, heading):
    html = client.get(reverse("home")).content.decode()
    return re.findall(r'">([^<]+)</a> <span class="muted">(\d+)<', html.split(f'id="{heading}"')[1].split("</ol>")[0])


def test_home_rankings_follow_rejections_and_redated_articles(journalist_client, bob):
    from quotes.editing.workflows import set_status

    loud, steady = Speaker.objects.create(name="Loud Voice"), Speaker.objects.create(name="Steady Voice")
    today = timezone.localdate()
    article, loud_quotes = make_article([(loud, "one", {}), (loud, "two", {}), (loud, "three", {})], published=today)
    make_article([(steady, "calm", {}), (steady, "calmer", {})], published=today - timedelta(days=2))
    Speaker.objects.all().refresh_quote_stats()
    assert _ranked(journalist_client, "week-heading") == [("Loud Voice", "3"), ("Steady Voice", "2")]
    for quote in loud_quotes[:2]:  # an editor rejects two misreadings: the ranking follows at once
        set_status(quote=quote, status=Quote.Status.REJECTED, version=quote.version, user=bob)
    assert _ranked(journalist_client, "week-heading") == [("Steady Voice", "2"), ("Loud Voice", "1")]
    article.published = today - timedelta(days=20)  # the article was older than it seemed
    article.save()
    assert _ranked(journalist_client, "week-heading") == [("Steady Voice", "2")]
    assert _ranked(journalist_client, "month-heading") == [("Steady Voice", "2"), ("Loud Voice", "1")]


def test_a_filtered_speaker_page_counts_its_newest_matches(journalist_client, db, monkeypatch):
    from quotes.browse import views

    monkeypatch.setattr(views, "SPEAKER_MATCHES_COUNTED", 3)
    monkeypatch.setattr(views, "SPEAKER_RECENT_LINKS", 2)  # the two newest hold no match: all are read
    speaker = Speaker.objects.create(name="Ines Prolific")
    for day in range(1, 7):
        make_article([(speaker, "harbour news" if day < 6 else "ferry news", {})], published=date(2025, 3, day))
    make_article([(speaker, "more ferry news", {})], published=date(2025, 3, 9))
    Speaker.objects.all().refresh_quote_stats()
    few = journalist_client.get(speaker.get_absolute_url(), {"q": "ferry"})
    assert few.context["count"] == 2 and "2 quotes" in few.content.decode()
    many = journalist_client.get(speaker.get_absolute_url(), {"q": "harbour"})
    html = many.content.decode()
    assert "3+ quotes" in html and "the newest 3" in html
    assert len(many.context["page"].items) == 5  # the list itself is not capped
    assert sum(bar.count for bar in many.context["timeline"].bars) == 3


def test_refresh_quote_stats_counts_visible_quotes_only(cast):
    cast["rejected"].delete()
    Quote.objects.filter(pk=cast["second"].pk).update(status=Quote.Status.REJECTED)
    Speaker.objects.all().refresh_quote_stats()
    putin, modi = Speaker.objects.get(pk=cast["putin"].pk), Speaker.objects.get(pk=cast["modi"].pk)
    assert (putin.quote_count, putin.last_quoted_at) == (2, date(2025, 5, 5))
    assert (modi.quote_count, modi.last_quoted_at) == (2, date(2025, 5, 5))
    assert Speaker.objects.get(name="Russian embassy").quote_count == 0


def test_stored_speaker_stats_match_a_live_count(journalist_client, cast):
    putin = cast["putin"]
    make_article([([putin, cast["modi"]], "fresh", {"source": cast["readout"]})], published=date(2025, 7, 1))
    stale = journalist_client.get(putin.get_absolute_url()).context
    assert stale["count"] == 3  # stored counts lag until refresh_quote_stats runs
    Speaker.objects.filter(pk=putin.pk).refresh_quote_stats()
    stored = journalist_client.get(putin.get_absolute_url()).context
    filtered = journalist_client.get(putin.get_absolute_url(), {"date_from": "2000-01-01"}).context  # always live
    assert stored["count"] == filtered["count"] == 4
    assert [(b.label, b.count) for b in stored["timeline"].bars] == [(b.label, b.count) for b in filtered["timeline"].bars]
    assert [(r["speaker__name"], r["n"]) for r in stored["alongside"]()] == [("Narendra Modi", 2)]
    assert [(r["full_label"], r["n"]) for r in stored["sources"]()] == [("Russian embassy readout", 2)]
    assert stored["alongside"]() == Quote.objects.visible().by_speaker(putin).quoted_alongside(putin, 8)


def test_quoted_alongside_counts_people_quoted_in_the_same_article(journalist_client, cast):
    putin, modi = cast["putin"], cast["modi"]
    lavrov = Speaker.objects.create(name="Sergei Lavrov")
    make_article([(putin, "one thing", {}), (lavrov, "another thing", {}), (lavrov, "a third thing", {})],
                 published=date(2025, 7, 1))
    Speaker.objects.all().refresh_quote_stats()
    stored = journalist_client.get(putin.get_absolute_url()).context["alongside"]()
    assert [(r["speaker__name"], r["n"]) for r in stored] == [("Narendra Modi", 1), ("Sergei Lavrov", 1)]
    live = journalist_client.get(putin.get_absolute_url(), {"date_from": "2000-01-01"}).context["alongside"]()
    assert live == stored


def test_undated_articles_show_as_undated_and_stay_out_of_this_week(journalist_client, cast):
    lavrov = Speaker.objects.create(name="Sergei Lavrov")
    article, _ = make_article([(lavrov, "no date on this one", {})])
    Article.objects.filter(pk=article.pk).update(published=None)
    Quote.objects.filter(article=article).update(dated=date.today())
    home = journalist_client.get(reverse("home")).context
    assert "Sergei Lavrov" not in [row["speaker__name"] for row in home["top_week"]()]
    html = journalist_client.get(lavrov.get_absolute_url()).content.decode()
    assert ">undated</span>" in html


def test_source_kinds_read_as_words(journalist_client, cast):
    Source.objects.filter(pk=cast["readout"].pk).update(kind=Source.Kind.SOCIAL_MEDIA_POST)
    Speaker.objects.all().refresh_quote_stats()
    html = journalist_client.get(cast["putin"].get_absolute_url()).content.decode()
    sources = html.split('id="sources-heading"')[1].split("</ol>")[0]
    assert "(social media post)" in sources


def test_one_readers_filters_and_errors_do_not_show_in_the_next_readers_form(journalist_client, cast):
    """Each request gets its own filter form: one reader's errors and choices never leak into another's."""
    url = reverse("quote_list")
    first = journalist_client.get(url, {"date_to": "not-a-date", "kind": "partial", "outlet": cast["wire"].pk,
                                        "verified": "on", "q": "barbaric"}).content.decode()
    assert "Enter a valid date." in first and "checked" in first
    assert '<option value="partial" selected>' in first and f'<option value="{cast["wire"].pk}" selected>' in first
    second = journalist_client.get(url).content.decode()
    assert "Enter a valid date." not in second and "checked" not in second
    assert '<option value="partial" selected>' not in second and f'<option value="{cast["wire"].pk}" selected>' not in second
    assert 'value="barbaric"' not in second


def test_a_citation_drops_the_sentences_comma_and_names_the_first_report(journalist_client, cast):
    putin = cast["putin"]
    article, (quote,) = make_article([(putin, "We will answer,", {})], outlet=cast["post"], published=date(2025, 5, 9),
                                     title="Answer promised")
    assert quote.citation().startswith('"We will answer" — Vladimir Putin, in \u201cAnswer promised\u201d, Moscow Post')
    assert quote.citation().endswith(article.url)
    # "barbaric" appeared first in the Moscow Post's "Earlier story" (1 May), before this article (5 May)
    html = journalist_client.get(cast["barbaric"].get_absolute_url()).content.decode()
    first = html.split('class="first-report"')[1].split("</p>")[0]
    assert "First reported by Moscow Post" in first and "1 May 2025" in first and "Earlier story" in first
    earliest = journalist_client.get(cast["earliest"].get_absolute_url()).content.decode()
    assert "This article reported these words first." in earliest


def test_a_counted_list_offers_first_numbered_and_last_pages(journalist_client, db):
    Speaker.objects.bulk_create([Speaker(name=f"Speaker {n:03}") for n in range(30 * 9)])
    html = journalist_client.get(reverse("speaker_list"), {"page": 5, "sort": "name"}).content.decode()
    pages = html.split('class="pages"')[1].split("</ol>")[0]
    assert 'aria-label="First page">1</a>' in pages and 'aria-label="Last page, 9">9</a>' in pages
    assert '<span aria-current="page">5</span>' in pages
    assert "sort=name&amp;page=3" in pages and "page=7" in pages


def test_the_speakers_list_counts_once_a_minute_per_filter(journalist_client, db):
    # Counting every speaker of a large archive costs more than a page of them: the count of the same
    # list (same filters, any page) is reused for a minute; a new filter counts again.
    Speaker.objects.bulk_create([Speaker(name=f"Speaker {n:03}") for n in range(45)])

    def heading(**query):
        html = journalist_client.get(reverse("speaker_list"), query).content.decode()
        return html.split('id="speakers-heading" role="status">')[1].split("<")[0]

    assert heading(sort="name") == "45 speakers"
    Speaker.objects.create(name="Speaker 999")
    assert heading(sort="name", page=2) == "45 speakers"  # within the minute: the count seen a moment ago
    assert heading(sort="latest") == "46 speakers"  # another list, counted now
    cache.clear()  # as a minute later
    assert heading(sort="name") == "46 speakers"


def test_the_filter_form_drawn_before_is_reused_until_its_outlets_change(journalist_client, cast):
    url, wire = reverse("quote_list"), cast["wire"]
    drawn = [t.name for t in journalist_client.get(url, {"outlet": wire.pk}).templates]
    assert "quotes/browse/_filter_field.html" in drawn
    again = journalist_client.get(url, {"outlet": wire.pk})
    assert "quotes/browse/_filter_field.html" not in [t.name for t in again.templates]
    assert f'<option value="{wire.pk}" selected>{wire.name}</option>' in again.content.decode()
    Outlet.objects.filter(pk=wire.pk).update(name="Wire Renamed Quietly")  # no signal, no save()
    assert "Wire Renamed Quietly" in journalist_client.get(url, {"outlet": wire.pk}).content.decode()
    assert f"{wire.name}<" not in journalist_client.get(url).content.decode()


def test_a_new_date_redraws_that_field_only_and_keeps_every_other_choice(journalist_client, cast):
    """A new search or date leaves the other fields as drawn before (their options are the costly
    part of the form), each still showing the reader's choice; a field given a new value is drawn
    again with it."""
    url, wire = reverse("quote_list"), cast["wire"]
    drawn = journalist_client.get(url, {"outlet": wire.pk, "kind": "partial", "date_to": "2025-05-01"})
    assert [t.name for t in drawn.templates].count("quotes/browse/_filter_field.html") == 7
    later = journalist_client.get(url, {"outlet": wire.pk, "kind": "partial", "date_to": "2025-05-09"})
    assert [t.name for t in later.templates].count("quotes/browse/_filter_field.html") == 1
    html = later.content.decode()
    assert 'value="2025-05-09"' in html and 'value="2025-05-01"' not in html
    assert f'<option value="{wire.pk}" selected>' in html and '<option value="partial" selected>' in html
    other = journalist_client.get(url, {"outlet": cast["post"].pk, "kind": "partial", "date_to": "2025-05-09"})
    html = other.content.decode()
    assert f'<option value="{cast["post"].pk}" selected>' in html and f'<option value="{wire.pk}" selected>' not in html
