"""One spaCy pipeline for the whole extraction suite (loading it is the slow part)."""

from pathlib import Path

import pytest

SEED_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed"


@pytest.fixture(scope="session")
def nlp():
    from quotes.extraction import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def seed_article():
    """(text, gold) of the seed article in ../shared/seed/, or skip when it is not there."""
    import json

    gold_path = SEED_DIR / "gold.json"
    if not gold_path.exists():
        pytest.skip("../shared/seed/ is not available")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return (SEED_DIR / gold["article"]["file"]).read_text(encoding="utf-8"), gold
