"""Invented news articles for import tests and the benchmark: each one different (so no two look
like syndicated copies), each with quotes and named speakers."""

import csv
import io
import json
import random

FIRST = ["Amara", "Bruno", "Chen", "Dalia", "Emeka", "Farah", "Goran", "Hana", "Ivan", "Jonas", "Keiko", "Lars",
         "Mira", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Yusuf"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Haddad", "Tanaka", "Kowalski", "Reyes", "Novak", "Ferreira", "Singh",
        "Brennan", "Petrov", "Adeyemi", "Larsen", "Costa", "Yilmaz", "Dubois", "Nakamura", "Svensson", "Mensah"]
ROLES = ["minister", "spokesperson", "mayor", "union leader", "chief executive", "senator", "professor", "governor"]
TOPICS = ["the port", "the budget", "flood defences", "the rail strike", "vaccine supply", "housing costs",
          "fishing quotas", "the new bridge", "school meals", "grid upgrades", "water prices", "the court ruling"]
VERBS = ["said", "told reporters", "said in a statement", "wrote on social media", "told a press conference"]
NOUNS = ["plan", "deal", "vote", "report", "proposal", "review", "inquiry", "contract", "reform", "audit",
         "tender", "levy", "subsidy", "merger", "strike", "ruling", "permit", "survey", "budget", "treaty"]
ADJECTIVES = ["reckless", "overdue", "fair", "unworkable", "historic", "modest", "bold", "flawed", "urgent",
              "costly", "welcome", "vague", "sensible", "cynical", "timely", "rushed", "careful", "narrow"]
PLACES = ["Harbourton", "Eastmere", "Lakeside", "Northgate", "Riverton", "Westfield", "Kingsbridge", "Ashford"]


def article(index: int, *, paragraphs: int = 5) -> dict:
    rng = random.Random(index * 7919 + 13)
    place = rng.choice(PLACES)
    topic = rng.choice(TOPICS)
    people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)) for _ in range(3)]
    lines = [f"{place.upper()} -- Officials argued on day {index} over {topic} and the {rng.choice(NOUNS)} number {index}."]
    for _ in range(paragraphs):
        name, role = rng.choice(people)
        words = " ".join(rng.choice(NOUNS + ADJECTIVES) for _ in range(6))
        lines.append(
            f"\u201cThe {rng.choice(NOUNS)} is {rng.choice(ADJECTIVES)} and {rng.choice(ADJECTIVES)},\u201d "
            f"{role} {name} {rng.choice(VERBS)}, adding that {words} would follow item {rng.randint(1, 10**6)}."
        )
    return {
        "title": f"{topic.capitalize()}: {people[0][0]} speaks out ({index})",
        "url": f"https://news.example/{index}/{rng.randint(1, 10**9)}",
        "outlet": rng.choice(["Harbour Wire", "Eastmere Echo", "Daily Ledger"]),
        "published": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "text": "\n\n".join(lines),
    }


def articles_csv(items, *, header=("title", "url", "outlet", "published", "text")) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for item in items:
        writer.writerow([item["title"], item["url"], item["outlet"], item["published"], item["text"]])
    return out.getvalue().encode("utf-8")


def articles_jsonl(items) -> bytes:
    return "".join(json.dumps(item) + "\n" for item in items).encode("utf-8")


def updated(item: dict, index: int) -> dict:
    """A later version of the story `item`: the same text with one new paragraph, which quotes
    someone new (the words returned as "added_quote"), published a day later under another URL."""
    rng = random.Random(index * 104729 + 7)
    name, role = f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)
    added = f"We will publish the figures for item {index} before the {rng.choice(NOUNS)} closes"
    paragraphs = item["text"].split("\n\n")
    paragraphs.insert(2, f"\u201c{added},\u201d {role} {name} said later on day {index}.")
    return dict(item, url=f"{item['url']}-updated", text="\n\n".join(paragraphs),
                title=f"{item['title']} (updated)", added_quote=added)
