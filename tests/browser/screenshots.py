"""README screenshots: with SAVE_SCREENSHOTS=1 the browser tests that show a page worth seeing
refresh docs/screenshots/<name>.png as they pass (and do nothing otherwise)."""

import os
from pathlib import Path

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shoot(page, name: str, *, full_page: bool = True) -> None:
    if not os.environ.get("SAVE_SCREENSHOTS"):
        return
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)
