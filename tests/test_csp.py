"""Content-Security-Policy: every response carries it, and no template needs more than it allows
(no inline script, no style attribute, no htmx expression that needs eval). tests/browser/test_csp.py
loads every page in Chromium and fails on any violation."""

import re
from http import HTTPStatus
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

TEMPLATES = Path(settings.BASE_DIR) / "templates"


@pytest.mark.parametrize("url", ["login", "home", "quote_list", "speaker_list", "review_queue", "import_upload",
                                 "article_create", "admin:index", "admin:auth_user_changelist"])
def test_every_response_carries_the_policy(client, alice, url):
    if url != "login":
        client.force_login(alice)
    response = client.get(reverse(url))
    assert response.status_code == HTTPStatus.OK
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy and "default-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_errors_and_redirects_carry_it_too(client):
    assert "Content-Security-Policy" in client.get("/no-such-page/")
    assert "Content-Security-Policy" in client.get(reverse("home"))


def test_htmx_is_configured_without_eval_or_inline_styles(client, alice):
    client.force_login(alice)
    html = client.get(reverse("home")).content.decode()
    assert '<meta name="htmx-config" content=\'{"allowEval": false, "includeIndicatorStyles": false}\'>' in html


@pytest.mark.parametrize("template", sorted(TEMPLATES.rglob("*.html")), ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_no_template_needs_inline_script_style_or_eval(template):
    text = template.read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), "inline <script>: move it to static/js/"
    assert not re.search(r"\sstyle=", text), "style attribute: use a class in static/css/app.css"
    assert not re.search(r"<style\b", text), "<style> element: use static/css/app.css"
    assert not re.search(r"\son[a-z]+=", text), "inline event handler: wire it in static/js/"
    assert not re.search(r"\shx-on[:-]|\bjs:|\bjavascript:|hx-vars=|hx-trigger=\"[^\"]*\[", text), "needs eval"
