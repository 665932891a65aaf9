"""The background workflow of one import batch: read its files into articles in resumable chunks,
then extract quotes from claimed groups of articles; hand back the work of dead workers.

Every step claims its work with a conditional UPDATE on a status column and commits its result
together with the move of its cursor, so any step can be killed and run again without losing or
doubling anything.
"""

import logging
import os
import socket
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from itertools import islice
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, connections, transaction
from django.db.models import Count, F, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from quotes.extraction import extract, extract_many
from quotes.models import Article, ImportBatch, ImportProblem, NearDuplicateKey, Outlet, Speaker, content_hash
from quotes.resolution import SpeakerResolver
from quotes.services import store_extraction, store_extractions

from .dedupe import is_near_duplicate, near_duplicate_keys
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


def batch_files(batch: ImportBatch) -> list[Path]:
    folder = Path(batch.stored_path)
    return sorted(path for path in folder.iterdir() if path.is_file()) if folder.is_dir() else []


def _display_name(path: Path) -> str:
    return path.name.split("-", 1)[1] if "-" in path.name else path.name  # "001-archive.csv" -> "archive.csv"


def iter_batch_records(batch: ImportBatch, limits: Limits):
    count = 0
    for path in batch_files(batch):
        for record in read_file(path, display_name=_display_name(path), limits=limits):
            count += 1
            if count > limits.max_records:
                yield RawRecord(_display_name(path), record.line, error=f"more than {limits.max_records:,} records "
                                "(IMPORT_MAX_RECORDS); the rest were not read")
                return
            yield record


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


def ingest_batch(batch_id: int, *, owner: str) -> bool:
    """Read the batch's files from where the last run stopped; False if someone else holds it."""
    if not claim_batch_for_ingest(batch_id, owner):
        return False
    batch = ImportBatch.objects.select_related("default_outlet").get(pk=batch_id)
    limits = Limits.from_settings()
    records = islice(iter_batch_records(batch, limits), batch.records_done, None)
    store = _ChunkStore(batch, owner, limits)
    try:
        while chunk := list(islice(records, INGEST_CHUNK)):
            store.store(chunk)
    except ClaimLost:
        log.warning("import %s: lost the claim on reading; another worker goes on", batch_id)
        return False
    with transaction.atomic():
        finished = ImportBatch.objects.filter(pk=batch_id, claimed_by=owner).update(
            status=ImportBatch.Status.EXTRACTING, claimed_by="", heartbeat_at=timezone.now()
        )
        if finished:
            transaction.on_commit(lambda: finish_if_complete(batch_id))
    return bool(finished)


class _ChunkStore:
    def __init__(self, batch: ImportBatch, owner: str, limits: Limits):
        self.batch, self.owner, self.limits = batch, owner, limits
        self.default_outlet = batch.default_outlet.name if batch.default_outlet else ""
        self.outlets: dict[str, Outlet] = {}

    def store(self, chunk: list[RawRecord]) -> None:
        """One chunk, all or nothing: its articles, its problems, its counts and the cursor move."""
        counts = {"parsed_count": len(chunk), "created_count": 0, "duplicate_count": 0,
                  "near_duplicate_count": 0, "error_count": 0}
        problems: list[ImportProblem] = []
        with transaction.atomic():
            held = ImportBatch.objects.filter(pk=self.batch.pk, claimed_by=self.owner).update(
                heartbeat_at=timezone.now(), records_done=F("records_done") + len(chunk)
            )
            if not held:
                raise ClaimLost
            checked = [self._check(record) for record in chunk]
            # What the chunk's records may duplicate, looked up in three queries rather than three each.
            known = _KnownArticles.for_records([item for item in checked if not isinstance(item[1], str)])
            for record, clean_or_error, keys in checked:
                if isinstance(clean_or_error, str):
                    outcome, problem = "error_count", self._problem(record, clean_or_error)
                else:
                    outcome, problem = self._store_one(record, clean_or_error, keys, known)
                counts[outcome] += outcome != "parsed_count"
                if problem:
                    problems.append(problem)
            ImportProblem.objects.bulk_create(problems)
            ImportBatch.objects.filter(pk=self.batch.pk).update(**{name: F(name) + value for name, value in counts.items()})
            if counts["created_count"]:
                # One task per stored chunk, so every idle worker gets one while reading goes on;
                # a task that finds nothing left to claim ends at once.
                transaction.on_commit(lambda: _enqueue_extraction(self.batch.pk))

    def _problem(self, record, message, kind=ImportProblem.Kind.ERROR, article_id=None):
        return ImportProblem(batch=self.batch, file=record.file[:500], line=record.line, kind=kind,
                             message=message, article_id=article_id)

    def _check(self, record: RawRecord):
        """(record, cleaned record or the reason it was rejected, its near-duplicate keys)."""
        if record.error:
            return record, record.error, []
        clean, error = validate(record, default_outlet=self.default_outlet, max_chars=self.limits.max_article_chars)
        if clean is None:
            return record, error, []
        return record, clean, near_duplicate_keys(clean.text)

    def _store_one(self, record: RawRecord, clean, keys: list[int], known: "_KnownArticles"):
        existing = known.duplicate_of(clean.text, clean.url)
        if existing:
            return "duplicate_count", self._problem(record, existing[1], ImportProblem.Kind.DUPLICATE, existing[0])
        first_copy = known.first_copy(clean.text, keys)
        try:
            with transaction.atomic():
                article = Article.objects.create(
                    title=clean.title, url=clean.url, published=clean.published, body=clean.text,
                    outlet=self._outlet(clean.outlet), import_batch=self.batch, duplicate_of_id=first_copy,
                    extraction_status=Article.ExtractionStatus.SKIPPED if first_copy else Article.ExtractionStatus.PENDING,
                    created_by=self.batch.created_by,
                )
                NearDuplicateKey.objects.bulk_create(NearDuplicateKey(article=article, key=key) for key in keys)
        except IntegrityError:  # a concurrent import stored the same text or URL a moment ago
            existing = _KnownArticles.for_records([(record, clean, [])]).duplicate_of(clean.text, clean.url)
            message = existing[1] if existing else "same text or URL as an article stored meanwhile"
            return "duplicate_count", self._problem(record, message, ImportProblem.Kind.DUPLICATE,
                                                    existing[0] if existing else None)
        known.add(article, keys)
        if first_copy:
            return "near_duplicate_count", self._problem(
                record, f"near-duplicate of article {first_copy}; linked to it, not extracted again",
                ImportProblem.Kind.NEAR_DUPLICATE, first_copy,
            )
        return "created_count", None

    def _outlet(self, name: str) -> Outlet | None:
        if not name:
            return None
        if name not in self.outlets:
            self.outlets[name], _ = Outlet.objects.get_or_create(name=name)
        return self.outlets[name]


class _KnownArticles:
    """The stored articles a chunk's records could duplicate: same text, same URL, or a shared
    near-duplicate key. Loaded once per chunk, and kept up to date as the chunk's own articles
    are stored (so a copy later in the same chunk is caught too)."""

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
        by_key: dict[int, list[int]] = {}
        if keys:
            for key, article_id in NearDuplicateKey.objects.filter(key__in=keys).values_list("key", "article_id").order_by("article_id"):
                by_key.setdefault(key, []).append(article_id)
        wanted = {pk for _, _, record_keys in checked for pk in cls._candidate_ids(by_key, record_keys)}
        bodies = {pk: (duplicate_of, body) for pk, duplicate_of, body in
                  Article.objects.filter(pk__in=wanted).values_list("pk", "duplicate_of_id", "body")} if wanted else {}
        return cls(by_hash, by_url, by_key, bodies)

    @classmethod
    def _candidate_ids(cls, by_key: dict, keys: list[int]) -> list[int]:
        return sorted({pk for key in keys for pk in by_key.get(key, ())})[: cls.CANDIDATES]

    def duplicate_of(self, text: str, url: str | None):
        by_text = self.by_hash.get(content_hash(text))
        if by_text:
            return by_text, f"duplicate: same text as article {by_text}"
        by_url = self.by_url.get(url) if url else None
        if by_url:
            return by_url, f"duplicate: same URL as article {by_url}"
        return None

    def first_copy(self, text: str, keys: list[int]) -> int | None:
        for pk in self._candidate_ids(self.by_key, keys):
            duplicate_of, body = self.bodies.get(pk, (None, ""))
            if body and is_near_duplicate(text, body):
                return duplicate_of or pk
        return None

    def add(self, article: Article, keys: list[int]) -> None:
        self.by_hash[article.content_hash] = article.pk
        if article.url:
            self.by_url[article.url] = article.pk
        for key in keys:
            self.by_key.setdefault(key, []).append(article.pk)
        self.bodies[article.pk] = (article.duplicate_of_id, article.body)


# ----------------------------------------------------------------------------------------------
# Extracting quotes


def request_extraction(batch_id: int) -> None:
    """Make sure a worker will extract the batch's pending articles: one waiting task is enough,
    since every extraction task keeps claiming until nothing is left."""
    from quotes.tasks import extract_batch_task

    if not _task_waiting(extract_batch_task, batch_id):
        extract_batch_task.enqueue(batch_id=batch_id)


def _enqueue_extraction(batch_id: int) -> None:
    from quotes.tasks import extract_batch_task

    extract_batch_task.enqueue(batch_id=batch_id)


def _task_waiting(task, batch_id: int) -> bool:
    from django_tasks_db.backend import DatabaseBackend

    if not isinstance(task.get_backend(), DatabaseBackend):
        return False
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.ready().filter(task_path=task.module_path, args_kwargs__kwargs__batch_id=batch_id).exists()


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


def extract_batch(batch_id: int, *, owner: str, chunk_size: int | None = None) -> int:
    """Claim and extract the batch's pending articles, a chunk at a time through nlp.pipe, until
    none are left. Returns how many this call stored.

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
            while articles := claim_articles(batch_id, owner, chunk_size):
                extracted = _extract_chunk(articles, owner)
                if storing is not None:
                    storing.result()
                storing = storer.submit(store.store, extracted)
            if storing is not None:
                storing.result()
            storer.submit(connections.close_all).result()  # the thread's own connection
    finish_if_complete(batch_id)
    return store.stored


def _extract_chunk(articles: list[Article], owner: str) -> list:
    """The chunk's extractions; an article that breaks the extractor is marked failed and left out."""
    try:
        extractions = list(extract_many([article.body for article in articles], batch_size=len(articles)))
    except Exception:  # one article broke the shared pipe: go one by one to find which
        extractions = []
        for article in articles:
            try:
                extractions.append(extract(article.body))
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
    Article.objects.filter(pk__in=ours).update(claimed_by="")
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


def retry_failed(batch: ImportBatch, *, article_id: int | None = None) -> int:
    """Put failed articles back in the queue (keeping their last error until they succeed)."""
    failed = batch.articles.filter(extraction_status=Article.ExtractionStatus.FAILED)
    if article_id is not None:
        failed = failed.filter(pk=article_id)
    with transaction.atomic():
        count = failed.update(extraction_status=Article.ExtractionStatus.PENDING, claimed_by="", claimed_at=None)
        if count:
            ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.Status.DONE).update(
                status=ImportBatch.Status.EXTRACTING, finished_at=None
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
    )
    if finished:
        Speaker.objects.refresh_stale_stats()
    return bool(finished)


# ----------------------------------------------------------------------------------------------
# Recovery


def release_stale_claims() -> int:
    """Hand back work held by dead workers: their process is gone (same host), or they showed no
    sign of life for IMPORT_CLAIM_TIMEOUT seconds. Returns how many claims were released."""
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
    released += ImportBatch.objects.filter(pk__in=stale_batches).filter(
        Q(claimed_by__in=dead) | Q(heartbeat_at__lt=cutoff)
    ).update(claimed_by="")
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
            status="FAILED", finished_at=timezone.now(), exception_class_path="quotes.ingest.batches.WorkerDied",
            traceback="The worker process died while running this task; its work was handed to another worker.",
        )


def resume_batch(batch_id: int) -> None:
    """Whatever an unfinished batch still needs: reading restarted, extraction requested, or closing."""
    from quotes.tasks import ingest_batch_task

    release_stale_claims()
    batch = ImportBatch.objects.get(pk=batch_id)
    if batch.status in (ImportBatch.Status.PENDING, ImportBatch.Status.PARSING) and not batch.claimed_by:
        if not _task_waiting(ingest_batch_task, batch_id):
            ingest_batch_task.enqueue(batch_id=batch_id)
    if batch.articles.filter(extraction_status=Article.ExtractionStatus.PENDING).exists():
        request_extraction(batch_id)
    finish_if_complete(batch_id)


def unfinished_batches():
    return ImportBatch.objects.exclude(status__in=[ImportBatch.Status.DONE, ImportBatch.Status.FAILED])
