"""Background tasks of the core app, run by `manage.py run_tasks` (django-tasks, database backend)."""

from django_tasks import task


@task()
def send_email(email_id):
    """Send one OutboundEmail; on failure it schedules its own retry (see alliance.core.mail)."""
    from alliance.core.mail import deliver

    return deliver(email_id)
