"""Build given_names_female.txt / given_names_male.txt from the name data of nomquamgender.

    pip install nomquamgender==0.1.4          # MIT licence; only this script needs it
    python quotes/extraction/data/build_given_names.py

nomquamgender (Van Buskirk, Clauset and Larremore, 2023) pools 36 name-gender sources from many
countries into one table: for each name, the number of sources that list it, the number of
people counted and p(gf), the share counted as women. A name is kept when at least
MIN_SOURCES sources count at least MIN_PEOPLE people and p(gf) is within THRESHOLD of 0 or 1
(the package's own default threshold). Names are stored without diacritics, as the package
stores them; the extractor strips diacritics before looking one up.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

MIN_SOURCES, MIN_PEOPLE, THRESHOLD = 3, 50, 0.1
HERE = Path(__file__).resolve().parent
_NAME = re.compile(r"[a-z][a-z'-]*[a-z]")


def main() -> None:
    # the package's module imports pandas at import time; its data file is all this needs
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None:
        raise SystemExit("pip install nomquamgender==0.1.4 first")
    data = json.loads(Path(spec.submodule_search_locations[0], "name_data.json").read_text(encoding="utf-8"))
    female, male = [], []
    for name, (sources, people, share_women, *_) in data.items():
        if _NAME.fullmatch(name) and sources >= MIN_SOURCES and people >= MIN_PEOPLE:
            if share_women >= 1 - THRESHOLD:
                female.append(name)
            elif share_women <= THRESHOLD:
                male.append(name)
    for gender, names in (("female", female), ("male", male)):
        (HERE / f"given_names_{gender}.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(female)} female, {len(male)} male given names")


if __name__ == "__main__":
    main()
