"""Fill the database with a large synthetic corpus for benchmarks: outlets, speakers (with
aliases), sources, articles whose bodies really contain their quotes, and quotes whose speakers
follow a Zipf-like distribution (a few speakers are quoted very often, most rarely).

    manage.py seedcorpus --quotes 1000000      # ~100k articles, ~20k speakers; minutes on PostgreSQL

PostgreSQL is written with COPY, other databases with bulk_create. Rows are appended (ids after
the current maximum), so it can run on a database that already has data.
"""

import itertools
import json
import random
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import JSONField
from django.utils import timezone

from quotes.models import Article, Outlet, Quote, QuoteSpeaker, Source, Speaker, SpeakerAlias, content_hash, normalize_name
from quotes.store.bulk import search_vectors_deferred

FIRST = ("Anna Boris Carla Dmitri Elena Farid Grace Hugo Ines Jonas Kofi Lena Marco Nadia Omar Paula Quentin Rosa "
         "Samir Tara Umar Vera Wen Ximena Yusuf Zara Adel Beatriz Chen Daria Emil Fatima Goran Hana Ivan Julia "
         "Kenji Laila Mateo Nora Olga Pavel Rania Sven Tomas Ula Viktor Wanda Yara Zoltan").split()
LAST = ("Abbott Berger Costa Dubois Engel Ferreira Garcia Haddad Ivanova Jensen Kowalski Laurent Moreau Nakamura "
        "Okafor Petrov Quinn Rossi Schmidt Tanaka Ueda Varga Weber Xu Yilmaz Zhang Almeida Bianchi Cruz Dimitrov "
        "Eriksen Fischer Gomez Horvat Iqbal Jovanovic Kim Lindqvist Mendes Novak Ortiz Popescu Reyes Silva Torres "
        "Urban Vasquez Walsh Young Zimmer").split()
ROLES = ["Foreign Minister", "President", "Prime Minister", "spokesperson", "Finance Minister", "Governor", "Mayor",
         "chief executive", "senator", "opposition leader", "union leader", "central bank governor", "general"]
AFFILIATIONS = ["Government", "Parliament", "Central Bank", "United Nations", "Workers' Union", "People's Party",
                "Liberal Alliance", "Ministry of Health", "Port Authority", "Chamber of Commerce", "Supreme Court"]
ORG_NAMES = ["Ministry of", "Office of", "Council for", "Agency for", "Federation of", "Institute for"]
TOPICS = ["Trade", "Health", "Energy", "Transport", "Defence", "Finance", "Education", "Fisheries", "Housing", "Water"]
OUTLETS = ["Daily Ledger", "Evening Courier", "Harbour Times", "Capital Wire", "Northern Star", "Global Dispatch",
           "Metro Herald", "Coastal Post", "Union Gazette", "Market Journal", "Nordic Wire", "Iberia Wire",
           "Valley Tribune", "Island Chronicle", "Frontier News", "Civic Observer", "Morning Bulletin", "Press Review",
           "Continental Report", "City Register"]
CUES = ["said", "told reporters", "described", "warned", "added", "argued", "insisted", "wrote", "called for"]
COMMON_WORDS = ("government people economy country security talks agreement support plan prices workers "
                "election budget minister policy future crisis peace trade growth reform rights children health "
                "water energy jobs families border war law court market taxes ports farmers cities region").split()
FILLER_WORDS = ("the we will not this is a an of to and for in on with our that they must be have has it all "
                "very clear today now never again fully strongly there are need time every one more").split()
# Words a search should find in only a handful of quotes.
RARE_WORDS = ["zeppelin", "quasar", "marzipan", "obsidian", "kaleidoscope", "tamarind", "gondola", "halcyon"]


class Command(BaseCommand):
    help = "Fill the database with a large synthetic corpus (for benchmarks; not for production)."

    def add_arguments(self, parser):
        parser.add_argument("--quotes", type=int, default=1_000_000)
        parser.add_argument("--articles", type=int, help="default: quotes / 10")
        parser.add_argument("--speakers", type=int, help="default: quotes / 50")
        parser.add_argument("--days", type=int, default=730, help="articles spread over this many days up to today")
        parser.add_argument("--skew", type=float, default=0.8, help="Zipf exponent of quotes per speaker")
        parser.add_argument("--busy-week", type=float, default=0.04,
                            help="share of the articles published in the last week's news event")
        parser.add_argument("--seed", type=int, default=4)
        parser.add_argument("--chunk", type=int, default=5000, help="articles written per batch")
        parser.add_argument("--copies", type=int, default=1,
                            help="PostgreSQL: generate 1/N of the articles and copy them N-1 times in SQL (same "
                                 "dates, speakers and words, new ids): ten million quotes in minutes, not hours")

    def handle(self, *args, quotes, articles, speakers, days, skew, busy_week, seed, chunk, copies, **options):
        rng = random.Random(seed)
        n_articles = max(1, articles or quotes // 10)
        n_speakers = max(2, speakers or quotes // 50)
        self.now = timezone.now()
        self.stdout.write(f"Seeding {quotes} quotes in {n_articles} articles by {n_speakers} speakers on {connection.vendor}…")

        with transaction.atomic():
            outlet_ids = self._outlets()
            speaker_rows = self._speakers(rng, n_speakers)
            source_ids = self._sources(rng, speaker_rows)
        speaker_weights = list(itertools.accumulate(1 / (rank + 1) ** skew for rank in range(len(speaker_rows))))
        rng.shuffle(speaker_rows)  # popularity is unrelated to id or name
        # Like a real archive, the news comes in bursts: a busy week (the last one, so the home
        # page's "this week" ranking differs from the all-time one) in which a few speakers,
        # otherwise rarely quoted, take a large share of the quotes; and a few outlets publish most.
        self.busy_week, self.busy_speakers = busy_week, speaker_rows[-3:]
        self.outlet_weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(outlet_ids))))

        copies = max(1, copies) if connection.vendor == "postgresql" else 1
        per_article = self._split(rng, quotes // copies, max(1, n_articles // copies))
        today = timezone.localdate()
        next_ids = {model: self._next_id(model) for model in (Article, Quote, QuoteSpeaker)}
        firsts = dict(next_ids)
        for first in range(0, len(per_article), chunk):
            with transaction.atomic():
                self._write_chunk(rng, per_article[first : first + chunk], next_ids, outlet_ids, speaker_rows,
                                  speaker_weights, source_ids, today, days)
            self.stdout.write(f"  articles {min(first + chunk, len(per_article))}/{n_articles}")
        for copy in range(1, copies):
            # A copy keeps its original's search vector (same words, speakers and title).
            with search_vectors_deferred():
                for model in (Article, Quote, QuoteSpeaker):
                    self._copy_rows(model, firsts, next_ids, copy)
            self.stdout.write(f"  copy {copy}/{copies - 1} written")

        self._reset_sequences()
        self.stdout.write("Counting quotes per speaker…")
        Speaker.objects.filter(pk__in=[row["id"] for row in speaker_rows]).refresh_quote_stats()
        if connection.vendor == "postgresql":
            # What autovacuum does to a table after a bulk load: planner statistics, and the
            # visibility map that lets searches read quotes off an index alone (migration 0009).
            # (VACUUM cannot run inside a transaction, as in a test.)
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE" if connection.get_autocommit() else "ANALYZE")
        self.stdout.write(self.style.SUCCESS("Done."))

    # --- reference data -------------------------------------------------------------------

    def _outlets(self):
        for name in OUTLETS:
            Outlet.objects.get_or_create(name=name, defaults={"domain": normalize_name(name).replace(" ", "") + ".example"})
        return list(Outlet.objects.filter(name__in=OUTLETS).values_list("id", flat=True))

    def _speakers(self, rng, count):
        taken_names = set(Speaker.objects.values_list("name", flat=True))
        taken_aliases = set(SpeakerAlias.objects.values_list("normalized", flat=True))
        first_id = self._next_id(Speaker)
        speakers, aliases = [], []
        for index in range(count):
            roll = rng.random()
            if roll < 0.82:
                kind, first, last = Speaker.Kind.PERSON, rng.choice(FIRST), rng.choice(LAST)
                name = f"{first} {last}"
                if name in taken_names:
                    name = f"{first} {chr(65 + index % 26)}. {last}"
                if name in taken_names:
                    name = f"{first} {last} ({index})"
                role, affiliation = rng.choice(ROLES), rng.choice(AFFILIATIONS)
            else:
                kind = Speaker.Kind.ORGANIZATION if roll < 0.96 else Speaker.Kind.GROUP
                name = f"{rng.choice(ORG_NAMES)} {rng.choice(TOPICS)} {rng.choice(LAST)}"
                if name in taken_names:
                    name = f"{name} {index}"
                role, affiliation, last = "", rng.choice(AFFILIATIONS), name.split()[-1]
            taken_names.add(name)
            row = {"id": first_id + index, "name": name, "kind": kind, "role": role, "affiliation": affiliation,
                   "created_at": self.now, "quote_count": 0}
            speakers.append(row)
            for alias in (name, f"{role} {last}".strip() if role else ""):
                key = normalize_name(alias)
                if alias and key not in taken_aliases:
                    taken_aliases.add(key)
                    aliases.append({"speaker_id": row["id"], "name": alias, "normalized": key,
                                    "confirmed": alias == name, "created_at": self.now})
        self._write(Speaker, speakers)
        self._write(SpeakerAlias, aliases)
        return speakers

    def _sources(self, rng, speakers):
        taken = set(Source.objects.values_list("normalized", "kind"))
        first_id = self._next_id(Source)
        rows = []
        for speaker in speakers[: max(1, len(speakers) // 10)]:
            kind = rng.choice([k for k in Source.Kind.values if k != Source.Kind.OTHER])
            label = f"{speaker['name']} {Source.Kind(kind).label.lower()}"
            if (normalize_name(label), kind) in taken:
                continue
            taken.add((normalize_name(label), kind))
            rows.append({"id": first_id + len(rows), "label": label, "kind": kind, "issuer_id": speaker["id"],
                         "normalized": normalize_name(label), "created_at": self.now})
        self._write(Source, rows)
        return [(row["id"], row["issuer_id"]) for row in rows]

    @staticmethod
    def _split(rng, total, parts):
        """`total` quotes over `parts` articles, each at least one, unevenly."""
        counts = [1] * parts
        for index in rng.choices(range(parts), k=max(0, total - parts)):
            counts[index] += 1
        return counts

    # --- articles, quotes and their speakers ----------------------------------------------

    def _sentence(self, rng):
        words = [rng.choice(COMMON_WORDS) if rng.random() < 0.35 else rng.choice(FILLER_WORDS)
                 for _ in range(rng.randint(5, 18))]
        if rng.random() < 0.00002 * len(RARE_WORDS):
            words[rng.randrange(len(words))] = rng.choice(RARE_WORDS)
        return " ".join(words).capitalize()

    def _write_chunk(self, rng, counts, next_ids, outlet_ids, speaker_rows, weights, source_ids, today, days):
        articles, quotes, links = [], [], []
        for n_quotes in counts:
            article_id = next_ids[Article]
            next_ids[Article] += 1
            busy = rng.random() < self.busy_week
            if busy:
                published = today - timedelta(days=rng.randrange(7))
            else:
                published = today - timedelta(days=int(days * rng.random() ** 1.5))
            paragraphs, cursor = [], 0
            for _ in range(n_quotes):
                chosen = rng.choices(speaker_rows, cum_weights=weights, k=2 if rng.random() < 0.08 else 1)
                if busy and rng.random() < 0.4:
                    chosen[0] = rng.choice(self.busy_speakers)
                chosen = list({row["id"]: row for row in chosen}.values())
                names = " and ".join(row["name"] for row in chosen)
                cue = rng.choice(CUES)
                text = self._sentence(rng)
                kind = rng.choices(["direct", "partial", "indirect"], [60, 30, 10])[0]
                lead = f"{names} {cue} "
                if kind == "indirect":
                    opening, closing = "that ", "."
                else:
                    opening, closing = "\u201c", ".\u201d"
                prefix = (self._sentence(rng) + ". ") if rng.random() < 0.5 else ""
                start = cursor + len(prefix) + len(lead) + len(opening)
                paragraph = f"{prefix}{lead}{opening}{text}{closing}"
                source = rng.choice(source_ids) if source_ids and rng.random() < 0.4 else None
                status = rng.choices(["auto", "verified", "corrected", "rejected"], [950, 40, 5, 5])[0]
                quote_id = next_ids[Quote]
                next_ids[Quote] += 1
                quotes.append({
                    "id": quote_id, "article_id": article_id, "text": text, "start": start, "end": start + len(text),
                    "kind": kind, "source_id": source[0] if source else None, "cue": cue,
                    "cue_start": cursor + len(prefix) + len(names) + 1,
                    "cue_end": cursor + len(prefix) + len(names) + 1 + len(cue),
                    "confidence": round(rng.uniform(0.4, 0.99), 2), "status": status, "extractor_version": "seed",
                    "version": 1, "dated": published, "created_at": self.now, "updated_at": self.now,
                })
                mention_start = cursor + len(prefix)
                for position, row in enumerate(chosen):
                    links.append({"id": next_ids[QuoteSpeaker], "quote_id": quote_id, "speaker_id": row["id"],
                                  "mention": row["name"], "mention_start": mention_start,
                                  "mention_end": mention_start + len(row["name"]), "position": position, "dated": published})
                    next_ids[QuoteSpeaker] += 1
                    mention_start += len(row["name"]) + len(" and ")
                paragraphs.append(paragraph)
                cursor += len(paragraph) + 2
            body = "\n\n".join(paragraphs)
            title = self._sentence(rng)[:120]
            articles.append({
                "id": article_id, "outlet_id": rng.choices(outlet_ids, cum_weights=self.outlet_weights)[0], "url": f"https://news.example/{article_id}",
                "title": title, "published": published, "dateline": "", "body": body,
                "content_hash": content_hash(f"{article_id}\n{body}"), "extraction_status": "done",
                "extractor_version": "seed", "extracted_at": self.now, "created_at": self.now,
            })
        self._write(Article, articles)
        if connection.vendor == "postgresql":
            # Links before their quotes (foreign keys are checked at commit), then the quotes with
            # their search vectors, names and title included, computed as they go in: each quote row
            # written once. The search triggers, which would compute each vector twice, stay idle.
            with search_vectors_deferred():
                self._write(QuoteSpeaker, links)
                self._write_quotes_with_search(quotes)
        else:
            self._write(Quote, quotes)
            self._write(QuoteSpeaker, links)

    # --- writing ----------------------------------------------------------------------------

    @staticmethod
    def _next_id(model):
        last = model.objects.order_by("-pk").values_list("pk", flat=True).first()
        return (last or 0) + 1

    def _write(self, model, rows, table=None):
        if not rows:
            return
        # A primary key the rows do not give is left to the database.
        fields = [f for f in model._meta.concrete_fields if not (f.primary_key and f.attname not in rows[0])]
        # Fields this command does not know (added later) get their model default.
        defaults = {f.attname: (f.get_default() if f.has_default() or f.null else "") for f in fields}
        if connection.vendor == "postgresql":
            columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
            with connection.cursor() as cursor:
                with cursor.cursor.copy(f"COPY {table or model._meta.db_table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row([self._copy_value(f, row.get(f.attname, defaults[f.attname])) for f in fields])
        else:
            model.objects.bulk_create(
                [model(**{f.attname: row.get(f.attname, defaults[f.attname]) for f in fields}) for row in rows],
                batch_size=500,
            )

    def _write_quotes_with_search(self, rows):
        """PostgreSQL: COPY the quotes into a temporary table, then into quotes_quote with each one's
        search vector computed in the same statement, set-based, by migration 0016's functions."""
        columns = ", ".join(connection.ops.quote_name(f.column) for f in Quote._meta.concrete_fields)
        with connection.cursor() as cursor:
            cursor.execute("CREATE TEMPORARY TABLE seed_quote (LIKE quotes_quote)")
            self._write(Quote, rows, table="seed_quote")
            cursor.execute(f"""
                INSERT INTO quotes_quote ({columns}, search_vector)
                SELECT {", ".join(f"s.{connection.ops.quote_name(f.column)}" for f in Quote._meta.concrete_fields)},
                       quotes_search_document(s.text, n.names, a.title)
                FROM seed_quote s
                LEFT JOIN quotes_quote_names(ARRAY(SELECT id FROM seed_quote)) n ON n.quote_id = s.id
                LEFT JOIN quotes_article a ON a.id = s.article_id""")
            cursor.execute("DROP TABLE seed_quote")  # a caller's transaction may write more chunks

    @staticmethod
    def _copy_rows(model, firsts, next_ids, copy):
        """The rows of `model` this run generated, inserted again with ids shifted `copy` times their span."""
        shifts = {model: next_ids[model] - firsts[model] for model in (Article, Quote, QuoteSpeaker)}
        shifted = {"id": shifts[model] * copy, "article_id": shifts[Article] * copy, "quote_id": shifts[Quote] * copy}
        columns, values = [], []
        if model is Quote:
            columns.append("search_vector")  # not a model field: kept by triggers (migration 0015)
            values.append("search_vector")
        for field in model._meta.concrete_fields:
            column = connection.ops.quote_name(field.column)
            columns.append(column)
            if field.attname in shifted:
                values.append(f"{column} + {shifted[field.attname]:d}")
            elif model is Article and field.attname == "url":
                values.append(f"{column} || '?copy={copy:d}'")
            elif model is Article and field.attname == "content_hash":
                values.append(f"md5({column} || '{copy:d}')")
            else:
                values.append(column)
        table = model._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} FROM {table} "
                           f"WHERE id >= %s AND id < %s", [firsts[model], next_ids[model]])

    @staticmethod
    def _copy_value(field, value):
        if isinstance(field, JSONField):
            return json.dumps(value)
        return value

    @staticmethod
    def _reset_sequences():
        statements = connection.ops.sequence_reset_sql(
            no_style(), [Outlet, Speaker, SpeakerAlias, Source, Article, Quote, QuoteSpeaker]
        )
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
