"""Background tasks of checking (Django Tasks, run by `manage.py db_worker`), and what queues them:
a document's check when it is attached, and new quotes' checks when an extraction is stored."""

from django.db import transaction
from django.dispatch import receiver
from django.tasks import task

from quotes.checking import checks
from quotes.models import PrimaryDocument
from quotes.store.extractions import quotes_stored


@task()
def check_document_task(document_id: int) -> int:
    """Align the document's candidate quotes against it, with progress on the document."""
    return checks.check_document(document_id=document_id)


@task()
def check_articles_task(article_ids: list[int]) -> int:
    """Check newly extracted quotes against the documents they could come from."""
    return checks.check_articles(article_ids=article_ids)


def start_document_check(document_id: int) -> None:
    """Queue a document's check once the transaction that saved it commits."""
    PrimaryDocument.objects.filter(pk=document_id).update(
        check_status=PrimaryDocument.CheckStatus.PENDING, check_done=0, check_error="")
    transaction.on_commit(lambda: check_document_task.enqueue(document_id=document_id))


@receiver(quotes_stored, dispatch_uid="check_new_quotes")
def check_new_quotes(sender, article_ids: list[int], **kwargs) -> None:
    def enqueue():
        # Nothing to check against, nothing queued: most archives have no documents yet.
        if PrimaryDocument.objects.exists():
            check_articles_task.enqueue(article_ids=article_ids)

    transaction.on_commit(enqueue)
