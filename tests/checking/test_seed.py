"""The seed article (../shared/seed/, skipped when absent) against a readout in an embassy's style.

No words of the seed are kept in this repository: the readout is written here around slots, and
the slots are filled at run time with the quotes the seed attributes to the embassy's readout.
"""

import json
from pathlib import Path

import pytest

from quotes.extraction import parse_txt_article
from quotes.models import Article, PrimaryDocument, Quote, Source
from quotes.store.extractions import extract_article
from tests.checking.conftest import attach

SEED_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed"

# An embassy's readout, invented: each {} is one of the quotes the seed credits to the readout.
FRAMES = [
    "On the initiative of the Indian side, a telephone conversation took place between the two leaders.",
    "The President of Russia expressed deep condolences and described the incident as {}.",
    "It was stressed that the parties reaffirmed {} between the two countries.",
    "The Russian side noted {} in the spirit of the long-standing partnership.",
    "The Embassy recalls that {}.",
    "Minister Lavrov, for his part, had earlier stated that {}.",
    "The leaders agreed to maintain regular contacts at various levels.",
]


@pytest.fixture
def seed(db):
    gold_path = SEED_DIR / "gold.json"
    if not gold_path.exists():
        pytest.skip("../shared/seed/ is not available")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = (SEED_DIR / gold["article"]["file"]).read_text(encoding="utf-8")
    published, offset = parse_txt_article(raw)
    article = Article.objects.create(title="Seed article", body=raw[offset:].strip(), published=published)
    extract_article(article=article)
    readout_quotes = [quote["text"] for quote in gold["quotes"] if quote["source"] == "ru-readout"]
    return article, readout_quotes


def readout_of(quotes: list[str]) -> str:
    slots = iter(quotes)
    lines = [frame.format(next(slots)) if "{}" in frame else frame for frame in FRAMES]
    lines += [f"It was also noted that {rest}." for rest in slots]
    return "\n\n".join(lines)


def attach_readout(client, article, text, capture, readout_quotes):
    speakers = {link.speaker.name for quote in article.quotes.filter(text__in=readout_quotes)
                for link in quote.quote_speakers.all()}
    issuer = next(name for name in sorted(speakers) if "putin" in name.lower())
    labels = "\n".join(Source.objects.filter(kind=Source.Kind.READOUT, quotes__article=article).values_list("label", flat=True).distinct())
    with capture(execute=True):
        response = attach(client, title="Readout of the leaders' call", issuer_name=issuer, issued=str(article.published),
                          text=text, source_labels=labels,
                          participant_names="\n".join(sorted(speakers - {issuer})))
    assert response.status_code == 302, response.content.decode()[:3000]
    return PrimaryDocument.objects.get()


def test_the_seeds_readout_quotes_are_verbatim_in_the_readout(seed, editor_client, django_capture_on_commit_callbacks):
    article, readout_quotes = seed
    document = attach_readout(editor_client, article, readout_of(readout_quotes), django_capture_on_commit_callbacks,
                              readout_quotes)
    checked = {check.quote.text: check for check in document.checks.select_related("quote")}
    for text in readout_quotes:
        assert checked[text].result in ("verbatim", "minor"), text
    # The quotes of the ministry's post are the president's too, so they are checked, and not found.
    others = Quote.objects.filter(article=article, checks__document=document).exclude(text__in=readout_quotes)
    assert others.exists()
    assert set(others.values_list("checks__result", flat=True)) == {"not_found"}


def test_a_word_changed_in_the_readout_shows_as_altered(seed, editor_client, django_capture_on_commit_callbacks):
    article, readout_quotes = seed
    longest = max(readout_quotes, key=len)
    words = longest.split()
    position = len(words) // 2
    changed = readout_quotes.copy()
    changed[changed.index(longest)] = " ".join([*words[:position], "entirely", *words[position + 1 :]])
    document = attach_readout(editor_client, article, readout_of(changed), django_capture_on_commit_callbacks, readout_quotes)
    check = document.checks.get(quote__text=longest)
    assert check.result == "altered"
    assert any(op[0] == "~" and op[1] == "entirely" for op in check.diff)
