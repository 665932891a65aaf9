"""The alerts' background tasks (Django Tasks, run by `manage.py db_worker`): one webhook attempt
per task, the next one queued with a delay (run_after) where the queue can wait. The truth is in
WebhookDelivery's status columns: `manage.py sendalerts` also re-queues any attempt that is due,
so a lost task (or a queue that cannot wait) only delays a delivery."""

from django.db import transaction
from django.tasks import task
from django.utils import timezone

from quotes.alerts import matching, webhooks
from quotes.models import WebhookDelivery


@task()
def deliver_webhook_task(delivery_id: int) -> str:
    with transaction.atomic():
        delivery = (WebhookDelivery.objects.select_for_update().select_related("search")
                    .filter(pk=delivery_id, status=WebhookDelivery.Status.PENDING).first())
        if delivery is None or (delivery.next_attempt_at and delivery.next_attempt_at > timezone.now()):
            return "not due"
        again = webhooks.attempt(delivery)
    if again and deliver_webhook_task.get_backend().supports_defer:
        deliver_webhook_task.using(run_after=delivery.next_attempt_at).enqueue(delivery_id=delivery_id)
    return delivery.status


def enqueue_delivery(delivery_id: int) -> None:
    deliver_webhook_task.enqueue(delivery_id=delivery_id)


def enqueue_due_deliveries(now=None) -> int:
    """Queue every pending delivery whose next attempt is due (sendalerts calls this each run)."""
    due = WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now or timezone.now())
    ids = list(due.values_list("pk", flat=True)[:1000])
    for pk in ids:
        enqueue_delivery(pk)
    return len(ids)


def run_alerts(now=None) -> dict:
    """What `manage.py sendalerts` runs: the alert pass, then any webhook attempt that is due."""
    summary = matching.run_alerts(enqueue_delivery=enqueue_delivery, now=now)
    summary["retried"] = enqueue_due_deliveries(now)
    return summary
