"""Demo articles written for this project (invented people and events), loaded by `manage.py loaddemo`."""

import datetime
from dataclasses import dataclass
from pathlib import Path

DEMO_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class DemoArticle:
    title: str
    outlet: str
    published: datetime.date
    url: str
    body: str


def read_demo_article(path: Path) -> DemoArticle:
    """A demo file is `key: value` header lines, a blank line, then the body."""
    header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    fields = dict(line.split(": ", 1) for line in header.splitlines())
    return DemoArticle(
        title=fields["title"],
        outlet=fields["outlet"],
        published=datetime.date.fromisoformat(fields["published"]),
        url=fields["url"],
        body=body.strip(),
    )


def demo_articles() -> list[DemoArticle]:
    return [read_demo_article(path) for path in sorted(DEMO_DIR.glob("*.txt"))]
