"""Every page under the Content-Security-Policy in Chromium: any violation the browser reports (in
the console, or as a securitypolicyviolation event) fails the test. The pages are also used a
little (a search typed, a panel opened) so that what htmx swaps in is checked too."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from quotes.models import Correction, ImportBatch
from tests.browser.test_browse import newsroom  # noqa: F401

LISTEN = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});
"""


@pytest.fixture
def watched(page):
    """The page, with every CSP complaint collected; the test fails at the end if there was one."""
    complaints = []
    page.on("console", lambda message: complaints.append(message.text) if "Content Security Policy" in message.text
            or "Content-Security-Policy" in message.text else None)
    page.add_init_script(LISTEN)
    page.complaints = complaints
    yield page
    assert complaints == []


def visit(page, url):
    response = page.goto(url)
    assert response.status < 400, url
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    violations = page.evaluate("window.__csp")
    assert violations == [] and page.complaints == [], (url, violations, page.complaints)


def test_every_page_runs_under_the_policy(watched, login, live_server, alice, newsroom):
    putin, quote = newsroom["putin"], newsroom["barbaric"]
    Correction.objects.create(speaker=putin, action=Correction.Action.ROLE, old_display="(none)", new_display="President")
    batch = ImportBatch.objects.create(created_by=alice, original_name="archive.csv", status=ImportBatch.Status.EXTRACTING)
    page = watched
    visit(page, f"{live_server.url}{reverse('login')}")
    login(alice)  # an Admin: every page and tool
    urls = [
        reverse("home"), reverse("quote_list"), f"{reverse('quote_list')}?q=barbaric", reverse("speaker_list"),
        putin.get_absolute_url(), reverse("speaker_history", args=[putin.pk]), quote.get_absolute_url(),
        newsroom["article"].get_absolute_url(), reverse("quote_edit", args=[quote.pk]), reverse("review_queue"),
        reverse("article_create"), reverse("import_upload"), batch.get_absolute_url(),
        reverse("article_list"), reverse("batch_problems", args=[batch.pk, "errors"]),
    ]
    for url in urls:
        visit(page, f"{live_server.url}{url}")

    # what htmx swaps in: a search typed, a speaker's history opened, a correction panel
    page.goto(f"{live_server.url}{reverse('quote_list')}")
    page.get_by_label("Search quotes").press_sequentially("sanctions", delay=10)
    page.wait_for_function("() => document.querySelectorAll('#results .quote-row').length >= 1")
    page.goto(f"{live_server.url}{putin.get_absolute_url()}")
    page.locator("summary", has_text="History").first.click()
    page.get_by_text("(none) → President").first.wait_for()
    page.goto(f"{live_server.url}{reverse('quote_list')}")
    page.locator(".quote-row").first.get_by_role("link", name="Correct…").click()
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__csp") == []


def test_the_admin_runs_under_the_policy(watched, login, live_server, alice, admin_user, newsroom):
    page = watched
    visit(page, f"{live_server.url}{reverse('admin:login')}")
    page.get_by_label("Username").fill(admin_user.username)
    page.get_by_label("Password").fill("password")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{live_server.url}{reverse('admin:index')}")
    user = get_user_model().objects.get(username="alice")
    for url in [
        reverse("admin:index"), reverse("admin:auth_user_changelist"), reverse("admin:auth_user_change", args=[user.pk]),
        reverse("admin:auth_user_add"), reverse("admin:auth_user_password_change", args=[user.pk]),
        reverse("admin:quotes_speaker_change", args=[newsroom["putin"].pk]), reverse("admin:quotes_quote_changelist"),
        reverse("admin:axes_accessattempt_changelist"),
    ]:
        visit(page, f"{live_server.url}{url}")
