"""On approval a draft news item is prepared in both languages; a failure there never undoes the approval."""

import pytest
from wagtail.models import ModelLogEntry

from alliance.applications import announcements, services
from alliance.authorities.models import Authority

from .factories import make_application


@pytest.mark.django_db
def test_approval_prepares_a_draft_news_item_in_both_languages(countries, moderator, site_shell):
    from wagtail.models import Locale

    from alliance.news.models import NewsIndexPage
    from alliance.site.models import HomePage

    index_en = HomePage.objects.get(locale__language_code="en").add_child(
        instance=NewsIndexPage(title="News", slug="news")
    )
    index_en.copy_for_translation(Locale.objects.get(language_code="fr"))
    application = make_application(countries["ME"], authority_name="Budva")
    services.approve(application, moderator)
    entry = ModelLogEntry.objects.for_instance(application).get(action="applications.news_draft")
    assert entry.data["title"] == "Budva becomes the 1st participant of the Alliance"
    from wagtail.models import Page

    drafts = Page.objects.filter(pk__in=entry.data["pages"], live=False)
    assert set(drafts.values_list("title", flat=True)) == {
        "Budva becomes the 1st participant of the Alliance",
        "Budva devient le 1er participant de l’Alliance",
    }


@pytest.mark.django_db
def test_approval_goes_through_when_news_cannot_prepare_a_draft(countries, moderator, monkeypatch):
    def broken(*args):
        raise RuntimeError("news is down")

    monkeypatch.setattr(announcements, "prepare_draft_news", broken)
    application = make_application(countries["ME"])
    services.approve(application, moderator)
    application.refresh_from_db()
    assert application.status == "approved"
    assert (
        not ModelLogEntry.objects.for_instance(application).filter(action="applications.news_draft").exists()
    )


@pytest.mark.django_db
def test_the_draft_is_recorded_in_the_audit_log(countries, moderator, monkeypatch):
    calls = []

    def prepare(title_en, title_fr, body_en, body_fr, authority, user=None):
        calls.append((title_en, title_fr, authority.name))
        return Authority.objects.first()  # any saved object stands for the draft page

    monkeypatch.setattr(announcements, "prepare_draft_news", prepare)
    application = make_application(countries["ME"], authority_name="Kotor")
    services.approve(application, moderator)
    assert calls == [
        (
            "Kotor becomes the 1st participant of the Alliance",
            "Kotor devient le 1er participant de l’Alliance",
            "Kotor",
        )
    ]
    entry = ModelLogEntry.objects.for_instance(application).get(action="applications.news_draft")
    assert entry.user == moderator
    assert entry.data["title"].startswith("Kotor becomes") and entry.data["title_fr"].startswith(
        "Kotor devient"
    )
    assert entry.data["pages"] == [Authority.objects.first().pk]
