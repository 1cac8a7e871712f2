"""Background tasks of subscriptions, run by `manage.py db_worker`."""

from django_tasks import task


@task()
def send_announcement(announcement_id):
    """Write to every subscriber who wants this item as it comes (in batches; see sending.py)."""
    from .sending import send_announcement as send

    return send(announcement_id)
