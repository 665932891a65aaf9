"""The background workflow of one import batch: read its files into articles in resumable chunks,
then extract quotes from claimed groups of articles; hand back the work of dead workers.

Every step claims its work with a conditional UPDATE on a status column and commits its result
together with the move of its cursor, so any step can be killed and run again without losing or
doubling anything.
"""

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import timedelta
from itertools import islice
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connections, transaction
from django.db.models import Count, F, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from quotes.extraction import extract, extract_many
from quotes.models import Article, ImportBatch, ImportProblem, NearDuplicateKey, Outlet, Quote, Speaker, content_hash
from quotes.store.bulk import insert_rows
from quotes.store.extractions import store_extraction, store_extractions
from quotes.store.resolution import SpeakerResolver

from .dedupe import Relation, near_duplicate_keys, relation
from .limits import Limits
from .readers import RawRecord, read_file
from .validation import validate

log = logging.getLogger(__name__)

INGEST_CHUNK = 200
_HOST = socket.gethostname()[:80]


class ClaimLost(Exception):
    """Another worker took over this work (we were presumed dead); stop without writing."""


def worker_owner(task_id: str | None = None) -> str:
    """Who holds a claim: host and pid (so a dead process is recognised at once) and the task."""
    return f"{_HOST}:{os.getpid()}:{task_id or uuid.uuid4()}"


def _owner_is_dead(owner: str) -> bool:
    host, _, rest = owner.partition(":")
    pid = rest.partition(":")[0]
    if host != _HOST or not pid.isdigit():
        return False  # another machine: only the timeout can tell
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


# ----------------------------------------------------------------------------------------------
# Claims stay alive while their worker is: a heartbeat


def renew_claims(batch_id: int, owner: str) -> int:
    """Show that `owner` is alive: push the time on every claim it holds in the batch."""
    now = timezone.now()
    renewed = Article.objects.filter(
        import_batch_id=batch_id, extraction_status=Article.ExtractionStatus.RUNNING, claimed_by=owner
    ).update(claimed_at=now)
    return renewed + ImportBatch.objects.filter(pk=batch_id, claimed_by=owner).update(heartbeat_at=now)


class Heartbeat:
    """While the work inside `with Heartbeat(...)` runs, a thread renews its claims every
    IMPORT_HEARTBEAT_INTERVAL seconds, however long one chunk takes. Only a worker that stopped
    (killed, hung machine, lost network) lets its claims age past IMPORT_CLAIM_TIMEOUT, on this
    host or any other. (Inside a transaction, as in tests, there is no thread: it could not see
    the uncommitted claims.)"""

    def __init__(self, batch_id: int, owner: str):
        self.batch_id, self.owner = batch_id, owner
        self.stopped, self.thread = threading.Event(), None

    def __enter__(self):
        if not transaction.get_connection().in_atomic_block:
            self.thread = threading.Thread(target=self._beat, name=f"heartbeat-{self.batch_id}", daemon=True)
            self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stopped.set()
        if self.thread is not None:
            self.thread.join()

    def _beat(self):
        try:
            while not self.stopped.wait(settings.IMPORT_HEARTBEAT_INTERVAL):
                try:
                    renew_claims(self.batch_id, self.owner)
                except Exception:  # a database hiccup: the next beat tries again
                    log.warning("import %s: could not renew the claims of %s", self.batch_id, self.owner, exc_info=True)
        finally:
            connections.close_all()  # this thread's own


def reading_failed(batch_id: int, *, owner: str, error: BaseException) -> timedelta | None:
    """A reading task broke: record why on the batch (its page shows it) and hand the claim back.
    Returns how long to wait before the next attempt, or None once IMPORT_MAX_ATTEMPTS are spent
    (the batch is then failed, with the error)."""
    message = f"{type(error).__name__}: {error}"[:2000]
    with transaction.atomic():
        batch = ImportBatch.objects.select_for_update().get(pk=batch_id)
        batch.attempts += 1
        batch.last_error = message
        if batch.claimed_by == owner:
            batch.claimed_by = ""
        if batch.attempts >= settings.IMPORT_MAX_ATTEMPTS:
            batch.status, batch.finished_at, batch.retry_at, delay = ImportBatch.Status.FAILED, timezone.now(), None, None
        else:
            delay = timedelta(seconds=settings.IMPORT_RETRY_BACKOFF * 2 ** (batch.attempts - 1))
            batch.retry_at = timezone.now() + delay
        batch.save(update_fields=["attempts", "last_error", "claimed_by", "status", "finished_at", "retry_at"])
    log.error("import %s: reading failed (attempt %s): %s", batch_id, batch.attempts, message)
    return delay


def batch_files(batch: ImportBatch) -> list[Path]:
    folder = Path(batch.stored_path)
    return sorted(path for path in folder.iterdir() if path.is_file()) if folder.is_dir() else []


def _display_name(path: Path) -> str:
    return path.name.split("-", 1)[1] if "-" in path.name else path.name  # "001-archive.csv" -> "archive.csv"


def iter_batch_records(batch: ImportBatch, limits: Limits):
    count = 0
    for path in batch_files(batch):
        for record in _file_records(path, limits):
            count += 1
            if count > limits.max_records:
                yield RawRecord(_display_name(path), record.line, error=f"more than {limits.max_records:,} records "
                                "(IMPORT_MAX_RECORDS); the rest were not read")
                return
            yield record


def _file_records(path: Path, limits: Limits):
    """One file's records; a reader that breaks costs the rest of that file (reported), not the
    batch, and breaks at the same record on a rerun, so the reading cursor stays true."""
    name, last = _display_name(path), None
    try:
        for record in read_file(path, display_name=name, limits=limits):
            last = record
            yield record
    except Exception as error:
        log.exception("import: reading %s broke", path)
        yield RawRecord(last.file if last else name, (last.line or 0) + 1 if last else None,
                        error=f"this file could not be read past here ({type(error).__name__}: {str(error)[:200]}); "
                        "the rest of it was skipped")


# ----------------------------------------------------------------------------------------------
# Reading files into articles


def claim_batch_for_ingest(batch_id: int, owner: str) -> bool:
    now = timezone.now()
    return bool(
        ImportBatch.objects.filter(pk=batch_id, status__in=[ImportBatch.Status.PENDING, ImportBatch.Status.PARSING])
        .filter(claimed_by="")
        .update(status=ImportBatch.Status.PARSING, claimed_by=owner, heartbeat_at=now,
                started_at=Coalesce(F("started_at"), Value(now)))
    )


def ingest_batch(batch_id: int, *, owner: str, enqueue_extraction: Callable[[int], None],
                 extract_meanwhile: bool = False) -> bool:
    """Read the batch's files from where the last run stopped; False if someone else holds it.

    enqueue_extraction(batch_id) is called as each chunk of new articles is committed (the task
    module passes the function that queues an extraction task).

    With extract_meanwhile, the reading goes on in a second thread while this one extracts the
    chunks already stored. Reading is Python work and parsing mostly matrix products, which let
    go of the GIL, so a lone worker reads an upload almost for free instead of before its first
    extraction. (Never with a task backend that runs each chunk's extraction task inline: two
    threads must not share the spaCy pipeline.)
    """
    if not claim_batch_for_ingest(batch_id, owner):
        return False
    connection = transaction.get_connection()
    # SQLite takes one writer at a time: the reading thread would only queue behind the storing one.
    if not extract_meanwhile or connection.in_atomic_block or connection.vendor == "sqlite":
        return _read_batch(batch_id, owner, enqueue_extraction)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="read") as reader:
        reading = reader.submit(_read_batch, batch_id, owner, enqueue_extraction, close_connections=True)
        extract_batch(batch_id, owner=owner, reading=reading)
        return reading.result()


def _read_batch(batch_id: int, owner: str, enqueue_extraction, *, close_connections: bool = False) -> bool:
    try:
        return _read_claimed_batch(batch_id, owner, enqueue_extraction)
    finally:
        if close_connections:
            connections.close_all()  # this thread's own


def _read_claimed_batch(batch_id: int, owner: str, enqueue_extraction) -> bool:
    batch = ImportBatch.objects.select_related("default_outlet").get(pk=batch_id)
    limits = Limits.from_settings()
    records = islice(iter_batch_records(batch, limits), batch.records_done, None)
    store = _ChunkStore(batch, owner, limits, enqueue_extraction)
    try:
        while chunk := list(islice(records, INGEST_CHUNK)):
            store.store(chunk)
    except ClaimLost:
        log.warning("import %s: lost the claim on reading; another worker goes on", batch_id)
        return False
    with transaction.atomic():
        finished = ImportBatch.objects.filter(pk=batch_id, claimed_by=owner).update(
            status=ImportBatch.Status.EXTRACTING, claimed_by="", heartbeat_at=timezone.now(), retry_at=None, last_error=""
        )
        if finished:
            transaction.on_commit(lambda: finish_if_complete(batch_id))
    return bool(finished)


class _ChunkStore:
    def __init__(self, batch: ImportBatch, owner: str, limits: Limits, enqueue_extraction):
        self.batch, self.owner, self.limits = batch, owner, limits
        self.enqueue_extraction = enqueue_extraction
        self.default_outlet = batch.default_outlet.name if batch.default_outlet else ""
        self.outlets: dict[str, Outlet] = {}

    def store(self, chunk: list[RawRecord]) -> None:
        """One chunk, all or nothing: its articles, its problems, its counts and the cursor move."""
        counts = {"parsed_count": len(chunk), "created_count": 0, "duplicate_count": 0,
                  "near_duplicate_count": 0, "version_count": 0, "error_count": 0}
        with transaction.atomic():
            held = ImportBatch.objects.filter(pk=self.batch.pk, claimed_by=self.owner).update(
                heartbeat_at=timezone.now(), records_done=F("records_done") + len(chunk)
            )
            if not held:
                raise ClaimLost
            checked = [self._check(record) for record in chunk]
            valid = [item for item in checked if not isinstance(item[1], str)]
            for _, clean, _ in valid:
                self._outlet(clean.outlet)  # created out here: a rolled-back insert below must not take them along
            try:
                with transaction.atomic():
                    outcomes = self._store_together(checked, _KnownArticles.for_records(valid))
            except (DatabaseError, ValueError):
                # A concurrent import stored some of the same texts or URLs a moment ago, or one
                # record holds what the database refuses: one by one, so each clash is reported
                # against the article that won and a bad record costs only itself.
                known = _KnownArticles.for_records(valid)
                outcomes = [self._store_alone(record, clean_or_error, keys, known) for record, clean_or_error, keys in checked]
            problems = []
            for outcome, problem in outcomes:
                counts[outcome] += 1
                if problem:
                    problems.append(problem)
            counts["created_count"] += counts["version_count"]  # a version is a new article, extracted like any
            problems += [self._problem(record, record.warning, ImportProblem.Kind.WARNING) for record in chunk if record.warning]
            ImportProblem.objects.bulk_create(problems)
            ImportBatch.objects.filter(pk=self.batch.pk).update(**{name: F(name) + value for name, value in counts.items()})
            if counts["created_count"]:
                # One task per stored chunk, so every idle worker gets one while reading goes on;
                # a task that finds nothing left to claim ends at once.
                transaction.on_commit(lambda: self.enqueue_extraction(self.batch.pk))

    def _store_together(self, checked: list, known: "_KnownArticles") -> list[tuple[str, ImportProblem | None]]:
        """The chunk's new articles in one bulk insert, or a few when a near-duplicate's first copy
        or earlier version is in this same chunk (its id comes from the insert before)."""
        decided, new = [], []
        for record, clean_or_error, keys in checked:
            if isinstance(clean_or_error, str):
                decided.append(("error_count", record, clean_or_error, None))
                continue
            created, outcome, reason, of = self._classify(clean_or_error, keys, known)
            if created is not None:
                new.append((created, keys, of))
            decided.append((outcome, record, reason, of))
        waiting: list[Article] = []  # inserted in file order, so ids follow the upload
        for created, _, of in new:
            if isinstance(of, _New) and of.article.pk is None:  # it relates to one in this chunk: insert up to it
                Article.objects.bulk_create(waiting)
                waiting = []
            created.link_to(of)
            waiting.append(created.article)
        Article.objects.bulk_create(waiting)
        insert_rows(NearDuplicateKey, [{"article_id": created.article.pk, "key": key} for created, keys, _ in new for key in keys])
        return [(outcome, self._outcome_problem(outcome, record, reason, of)) for outcome, record, reason, of in decided]

    def _store_alone(self, record: RawRecord, clean_or_error, keys: list[int], known: "_KnownArticles"):
        if isinstance(clean_or_error, str):
            return "error_count", self._problem(record, clean_or_error)
        created, outcome, reason, of = self._classify(clean_or_error, keys, known)
        if created is not None:
            try:
                with transaction.atomic():
                    created.link_to(of)
                    created.article.save()
                    insert_rows(NearDuplicateKey, [{"article_id": created.article.pk, "key": key} for key in keys])
            except IntegrityError:
                existing = _KnownArticles.for_records([(record, clean_or_error, [])]).duplicate_of(clean_or_error.text, clean_or_error.url)
                outcome, reason, of = "duplicate_count", *(existing or ("same text or URL as an article stored meanwhile", None))
            except (DatabaseError, ValueError) as error:
                log.warning("import %s: %s:%s could not be stored", self.batch.pk, record.file, record.line, exc_info=True)
                outcome, reason, of = "error_count", f"could not store this record ({type(error).__name__}: {str(error)[:200]})", None
        return outcome, self._outcome_problem(outcome, record, reason, of)

    def _classify(self, clean, keys: list[int], known: "_KnownArticles"):
        """(the article to store or None, outcome, reason, the article it duplicates); the chunk's
        known articles learn of the new one, so a copy later in the chunk is caught too."""
        existing = known.duplicate_of(clean.text, clean.url)
        if existing:
            return None, "duplicate_count", *existing
        related, of = known.related(clean.text, keys)
        created = _New(Article(
            title=clean.title, url=clean.url or None, published=clean.published, body=clean.text,
            primary_document_url=clean.document_url or "",
            content_hash=content_hash(clean.text), outlet=self._outlet(clean.outlet), import_batch=self.batch,
            created_by=self.batch.created_by,
            extraction_status=Article.ExtractionStatus.SKIPPED if related == Relation.COPY else Article.ExtractionStatus.PENDING,
        ), related)
        known.add(created, of, keys)
        if related == Relation.COPY:
            return created, "near_duplicate_count", "near-duplicate", of
        if related == Relation.VERSION:
            return created, "version_count", "version", of
        return created, "created_count", None, None

    def _outcome_problem(self, outcome: str, record: RawRecord, reason: str | None, of) -> ImportProblem | None:
        of_id = of.article.pk if isinstance(of, _New) else of
        if outcome == "error_count":
            return self._problem(record, reason)
        if outcome == "duplicate_count":
            message = f"duplicate: {reason} as article {of_id}" if of_id else f"duplicate: {reason}"
            return self._problem(record, message, ImportProblem.Kind.DUPLICATE, of_id)
        if outcome == "near_duplicate_count":
            return self._problem(record, f"near-duplicate of article {of_id}; linked to it, not extracted again",
                                 ImportProblem.Kind.NEAR_DUPLICATE, of_id)
        return None

    def _problem(self, record, message, kind=ImportProblem.Kind.ERROR, article_id=None):
        return ImportProblem(batch=self.batch, file=record.file[:500], line=record.line, kind=kind,
                             message=message, article_id=article_id)

    def _check(self, record: RawRecord):
        """(record, cleaned record or the reason it was rejected, its near-duplicate keys)."""
        if record.error:
            return record, record.error, []
        try:
            clean, error = validate(record, default_outlet=self.default_outlet, max_chars=self.limits.max_article_chars)
            if clean is None:
                return record, error, []
            return record, clean, near_duplicate_keys(clean.text)
        except Exception as error:  # whatever one record breaks is that record's problem
            log.exception("import %s: checking %s:%s broke", self.batch.pk, record.file, record.line)
            return record, f"could not check this record ({type(error).__name__}: {str(error)[:200]})", []

    def _outlet(self, name: str) -> Outlet | None:
        if not name:
            return None
        if name not in self.outlets:
            self.outlets[name], _ = Outlet.objects.get_or_create(name=name)
        return self.outlets[name]


class _KnownArticles:
    """The articles a chunk's records could duplicate: same text, same URL, or a shared
    near-duplicate key. Loaded once per chunk, and kept up to date as the chunk's own articles
    are added (so a copy later in the same chunk is caught too). An article is known by its id,
    or, for one of this chunk's not stored yet, as a _New."""

    CANDIDATES = 20  # near-duplicate candidates compared per record, oldest first

    def __init__(self, by_hash: dict, by_url: dict, by_key: dict, bodies: dict):
        self.by_hash, self.by_url, self.by_key, self.bodies = by_hash, by_url, by_key, bodies

    @classmethod
    def for_records(cls, checked: list) -> "_KnownArticles":
        hashes = {content_hash(clean.text) for _, clean, _ in checked}
        urls = {clean.url for _, clean, _ in checked if clean.url}
        keys = {key for _, _, record_keys in checked for key in record_keys}
        by_hash = dict(Article.objects.filter(content_hash__in=hashes).values_list("content_hash", "pk")) if hashes else {}
        by_url = dict(Article.objects.filter(url__in=urls).values_list("url", "pk")) if urls else {}
        by_key: dict[int, list] = {}
        if keys:
            # No ORDER BY: _candidates sorts; asked to, PostgreSQL walked the whole table in article order.
            for key, article_id in NearDuplicateKey.objects.filter(key__in=keys).values_list("key", "article_id").order_by():
                by_key.setdefault(key, []).append(article_id)
        wanted = {pk for _, _, record_keys in checked for pk in cls._candidates(by_key, record_keys)}
        bodies = {pk: (duplicate_of, body) for pk, duplicate_of, body in
                  Article.objects.filter(pk__in=wanted).values_list("pk", "duplicate_of_id", "body")} if wanted else {}
        # (first copy or None, body): a copy's first copy is the article it stands for, the one extracted.
        return cls(by_hash, by_url, by_key, bodies)

    @classmethod
    def _candidates(cls, by_key: dict, keys: list[int]) -> list:
        """Stored articles (ids, oldest first) before this chunk's own, in the order they came."""
        seen, stored, pending = set(), [], []
        for key in keys:
            for known in by_key.get(key, ()):
                if known not in seen:
                    seen.add(known)
                    (pending if isinstance(known, _New) else stored).append(known)
        return (sorted(stored) + pending)[: cls.CANDIDATES]

    def duplicate_of(self, text: str, url: str | None) -> tuple[str, object] | None:
        """(what is the same, the article) for an exact duplicate, else None."""
        by_text = self.by_hash.get(content_hash(text))
        if by_text:
            return "same text", by_text
        by_url = self.by_url.get(url) if url else None
        if by_url:
            return "same URL", by_url
        return None

    def related(self, text: str, keys: list[int]) -> tuple[Relation | None, object]:
        """(Relation.COPY, the extracted article it copies) when it copies a candidate (the oldest
        first); else (Relation.VERSION, the newest extracted article it updates); else (None, None).
        Every candidate is asked: an article copying version 2 of a story also updates version 1."""
        updates = None
        for known in self._candidates(self.by_key, keys):
            first_copy, body = self.bodies.get(known, (None, ""))
            found = relation(text, body) if body else None
            if found == Relation.COPY:
                return found, first_copy or known
            if found == Relation.VERSION:
                updates = first_copy or known  # candidates come oldest first: the last is the newest
        return (Relation.VERSION, updates) if updates is not None else (None, None)

    def add(self, created: "_New", related, keys: list[int]) -> None:
        self.by_hash[created.article.content_hash] = created
        if created.article.url:
            self.by_url[created.article.url] = created
        for key in keys:
            self.by_key.setdefault(key, []).append(created)
        self.bodies[created] = (related if created.relation == Relation.COPY else None, created.article.body)


def story_of(text: str) -> tuple[Relation | None, int | None, list[int]]:
    """What one article pasted by hand is to the stored ones, as an upload would file it:
    (Relation.COPY, the extracted article it copies), (Relation.VERSION, the newest version it
    updates) or (None, None); with its near-duplicate keys, to store beside it."""
    keys = near_duplicate_keys(text)
    known = _KnownArticles.for_records([(None, SimpleNamespace(text=text, url=None), keys)])
    related, of = known.related(text, keys)
    return related, of, keys


@dataclass(eq=False, slots=True)
class _New:
    """An article of the chunk being stored, known by identity until its insert gives it an id."""

    article: Article
    relation: Relation | None = None

    def link_to(self, related) -> None:
        """Point the article at what it copies or updates (an id, or another of the chunk, stored by now)."""
        related_id = related.article.pk if isinstance(related, _New) else related
        if self.relation == Relation.COPY:
            self.article.duplicate_of_id = related_id
        elif self.relation == Relation.VERSION:
            self.article.previous_version_id = related_id


# ----------------------------------------------------------------------------------------------
# Extracting quotes


def claim_articles(batch_id: int, owner: str, limit: int) -> list[Article]:
    with transaction.atomic():
        ids = list(
            Article.objects.filter(import_batch_id=batch_id, extraction_status=Article.ExtractionStatus.PENDING)
            .order_by("pk")
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)[:limit]
        )
        if not ids:
            return []
        Article.objects.filter(pk__in=ids, extraction_status=Article.ExtractionStatus.PENDING).update(
            extraction_status=Article.ExtractionStatus.RUNNING, claimed_by=owner, claimed_at=timezone.now()
        )
    return list(Article.objects.filter(pk__in=ids, claimed_by=owner, extraction_status=Article.ExtractionStatus.RUNNING).order_by("pk"))


def extract_batch(batch_id: int, *, owner: str, chunk_size: int | None = None, reading: Future | None = None) -> int:
    """Claim and extract the batch's pending articles, a chunk at a time through nlp.pipe, until
    none are left (and, given the `reading` of the batch going on in another thread, until that is
    over too). Returns how many this call stored.

    Storing chunk N (bulk inserts, mostly waiting on the database) runs in a second thread while
    spaCy parses chunk N+1. Inside a caller's transaction (tests, an eager task backend) the
    thread could not see uncommitted rows, so the chunks are stored in turn instead.
    """
    release_stale_claims()
    chunk_size = chunk_size or settings.IMPORT_EXTRACT_CHUNK
    store = _ExtractionStore(owner)
    if transaction.get_connection().in_atomic_block:
        while articles := claim_articles(batch_id, owner, chunk_size):
            store.store(_extract_chunk(articles, owner))
    else:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="store") as storer:
            storing = None
            for articles in _claims(batch_id, owner, chunk_size, reading):
                extracted = _extract_chunk(articles, owner)
                if storing is not None:
                    storing.result()
                storing = storer.submit(store.store, extracted)
            if storing is not None:
                storing.result()
            storer.submit(connections.close_all).result()  # the thread's own connection
    finish_if_complete(batch_id)
    return store.stored


def _claims(batch_id: int, owner: str, chunk_size: int, reading: Future | None):
    """Claimed chunks until none is left; while `reading` goes on, waiting for its next chunk."""
    while True:
        read_all = reading is None or reading.done()  # before the claim: a claim after the end sees everything
        if articles := claim_articles(batch_id, owner, chunk_size):
            yield articles
        elif read_all:
            return
        else:
            wait([reading], timeout=0.05)


def _extract_chunk(articles: list[Article], owner: str) -> list:
    """The chunk's extractions; an article that breaks the extractor is marked failed and left out."""
    try:
        extractions = list(extract_many([article.body for article in articles], batch_size=len(articles),
                                       indirect=settings.EXTRACT_INDIRECT))
    except Exception:  # one article broke the shared pipe: go one by one to find which
        extractions = []
        for article in articles:
            try:
                extractions.append(extract(article.body, indirect=settings.EXTRACT_INDIRECT))
            except Exception as error:
                extractions.append(error)
    extracted = []
    for article, extraction in zip(articles, extractions, strict=True):
        if isinstance(extraction, Exception):
            _mark_failed(article, owner, extraction)
        else:
            extracted.append((article, extraction))
    return extracted


class _ExtractionStore:
    """Stores extracted chunks for one worker, keeping the resolver's caches from chunk to chunk."""

    def __init__(self, owner: str):
        self.owner, self.resolver, self.stored = owner, SpeakerResolver(), 0

    def store(self, extracted: list) -> None:
        try:
            self.stored += _store_chunk(extracted, self.owner, self.resolver)
            return
        except Exception:
            log.warning("a chunk of %d articles could not be stored together; storing them one by one",
                        len(extracted), exc_info=True)
            self.resolver = SpeakerResolver()  # its cache may hold rows the rollback removed
        stored, self.resolver = _store_one_by_one(extracted, self.owner, self.resolver)
        self.stored += stored


# Speaker stats are recounted when the batch is done (finish_if_complete), not per chunk: a
# prolific speaker's recount reads all their quotes, and two workers recounting the same speakers
# would queue on row locks. Chunks only flag the speakers they touched.


@transaction.atomic
def _store_chunk(extracted: list, owner: str, resolver: SpeakerResolver) -> int:
    """The whole chunk in one transaction and a few bulk queries. Articles a reclaimer took from
    us meanwhile are left to their new owner."""
    ours = set(Article.objects.select_for_update().filter(
        pk__in=[article.pk for article, _ in extracted], claimed_by=owner,
        extraction_status=Article.ExtractionStatus.RUNNING,
    ).values_list("pk", flat=True))
    still_ours = [(article, extraction) for article, extraction in extracted if article.pk in ours]
    touched = store_extractions(items=still_ours, resolver=resolver)
    Speaker.objects.filter(pk__in=touched).mark_stats_stale()
    return len(still_ours)


def _store_one_by_one(extracted: list, owner: str, resolver: SpeakerResolver) -> tuple[int, SpeakerResolver]:
    """After a chunk failed as a whole: each article alone, so one bad article fails alone."""
    stored = 0
    for article, extraction in extracted:
        try:
            with transaction.atomic():
                still_ours = Article.objects.filter(
                    pk=article.pk, claimed_by=owner, extraction_status=Article.ExtractionStatus.RUNNING
                ).update(claimed_by="")  # also locks the row until the extraction is stored
                if not still_ours:
                    continue
                touched = store_extraction(article=article, extraction=extraction, resolver=resolver)
                Speaker.objects.filter(pk__in=touched).mark_stats_stale()
            stored += 1
        except Exception as error:
            resolver = SpeakerResolver()  # its cache may hold rows the rollback removed
            _mark_failed(article, owner, error)
    return stored, resolver


def _mark_failed(article: Article, owner: str, error: Exception) -> None:
    log.warning("article %s: extraction failed: %r", article.pk, error)
    Article.objects.filter(pk=article.pk, extraction_status=Article.ExtractionStatus.RUNNING).filter(
        Q(claimed_by=owner) | Q(claimed_by="")
    ).update(extraction_status=Article.ExtractionStatus.FAILED, extraction_error=f"{type(error).__name__}: {error}"[:2000],
             claimed_by="", claimed_at=None)


def retry_failed(batch: ImportBatch, *, article_id: int | None = None, request_extraction: Callable[[int], None]) -> int:
    """Put failed articles back in the queue (keeping their last error until they succeed);
    request_extraction(batch_id) runs once that is committed."""
    failed = batch.articles.filter(extraction_status=Article.ExtractionStatus.FAILED)
    if article_id is not None:
        failed = failed.filter(pk=article_id)
    with transaction.atomic():
        count = failed.update(extraction_status=Article.ExtractionStatus.PENDING, claimed_by="", claimed_at=None)
        if count:
            ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.Status.DONE).update(
                status=ImportBatch.Status.EXTRACTING, finished_at=None, quote_count=None  # counted again when done
            )
            transaction.on_commit(lambda: request_extraction(batch.pk))
    return count


def finish_if_complete(batch_id: int) -> bool:
    """Mark the batch done once reading is over and no article waits or runs."""
    if Article.objects.filter(
        import_batch_id=batch_id,
        extraction_status__in=[Article.ExtractionStatus.PENDING, Article.ExtractionStatus.RUNNING],
    ).exists():
        return False
    counts = dict(
        Article.objects.filter(import_batch_id=batch_id).values_list("extraction_status").annotate(n=Count("pk")).order_by()
    )
    finished = ImportBatch.objects.filter(pk=batch_id, status=ImportBatch.Status.EXTRACTING).update(
        status=ImportBatch.Status.DONE, finished_at=timezone.now(),
        extracted_count=counts.get(Article.ExtractionStatus.DONE, 0),
        failed_count=counts.get(Article.ExtractionStatus.FAILED, 0),
        quote_count=Quote.objects.filter(article__import_batch_id=batch_id).count(),
    )
    if finished:
        Speaker.objects.refresh_stale_stats()
    return bool(finished)


# ----------------------------------------------------------------------------------------------
# Recovery


def release_stale_claims() -> int:
    """Hand back work held by dead workers: their process is gone (same host), or their heartbeat
    (see Heartbeat) stopped IMPORT_CLAIM_TIMEOUT seconds ago. Returns how many claims were released."""
    cutoff = timezone.now() - timedelta(seconds=settings.IMPORT_CLAIM_TIMEOUT)
    article_owners = set(
        Article.objects.filter(extraction_status=Article.ExtractionStatus.RUNNING).exclude(claimed_by="")
        .values_list("claimed_by", flat=True).distinct()
    )
    batch_owners = set(
        ImportBatch.objects.filter(status=ImportBatch.Status.PARSING).exclude(claimed_by="")
        .values_list("claimed_by", flat=True)
    )
    dead = {owner for owner in article_owners | batch_owners if _owner_is_dead(owner)}
    released = Article.objects.filter(extraction_status=Article.ExtractionStatus.RUNNING).filter(
        Q(claimed_by__in=dead) | Q(claimed_at__lt=cutoff)
    ).update(extraction_status=Article.ExtractionStatus.PENDING, claimed_by="", claimed_at=None)
    stale_batches = list(
        ImportBatch.objects.filter(status=ImportBatch.Status.PARSING).exclude(claimed_by="")
        .filter(Q(claimed_by__in=dead) | Q(heartbeat_at__lt=cutoff)).values_list("pk", flat=True)
    )
    # A reader that died counts as a failed attempt: a record that kills its worker every time
    # (memory) must not have the batch read again forever.
    released += ImportBatch.objects.filter(pk__in=stale_batches).filter(
        Q(claimed_by__in=dead) | Q(heartbeat_at__lt=cutoff)
    ).update(claimed_by="", attempts=F("attempts") + 1,
             last_error="The worker reading the files stopped (killed, or its machine went away); "
                        "reading goes on where it stopped.")
    ImportBatch.objects.filter(pk__in=stale_batches, claimed_by="", attempts__gte=settings.IMPORT_MAX_ATTEMPTS).update(
        status=ImportBatch.Status.FAILED, finished_at=timezone.now())
    _fail_dead_tasks(dead)
    if released:
        log.warning("released %s claim(s) held by dead workers", released)
    return released


def _fail_dead_tasks(dead_owners: set[str]) -> None:
    """The queue's own record of a dead worker's task stays RUNNING forever; close it."""
    from django_tasks_db.models import DBTaskResult

    task_ids = [owner.rsplit(":", 1)[1] for owner in dead_owners]
    valid = []
    for task_id in task_ids:
        try:
            valid.append(uuid.UUID(task_id))
        except ValueError:
            continue
    if valid:
        DBTaskResult.objects.running().filter(pk__in=valid).update(
            status="FAILED", finished_at=timezone.now(), exception_class_path="quotes.imports.batches.WorkerDied",
            traceback="The worker process died while running this task; its work was handed to another worker.",
        )


def unfinished_batches():
    return ImportBatch.objects.exclude(status__in=[ImportBatch.Status.DONE, ImportBatch.Status.FAILED])
