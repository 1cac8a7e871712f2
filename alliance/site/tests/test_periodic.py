"""The periodic jobs run in one loop; a page scheduled for publication goes live on the next round."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from alliance.site.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_a_round_publishes_a_page_whose_time_has_come(site_shell):
    home = HomePage.objects.get(locale__language_code="en")
    page = home.add_child(
        instance=StandardPage(
            title="Scheduled notice", slug="scheduled-notice", body="<p>Soon.</p>", live=False
        )
    )
    page.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(seconds=5))
    assert not StandardPage.objects.get(pk=page.pk).live

    out = io.StringIO()
    call_command("run_periodic", "--once", stdout=out)

    assert StandardPage.objects.get(pk=page.pk).live
    assert "publish_scheduled" in out.getvalue()
