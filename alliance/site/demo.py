"""The demo site's shell: languages, home and about pages in English and French, the
terminology note, the secretariat's contact and social links, and the demo administrator."""

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site

from .demo_pages import ACCESSIBILITY, LEGAL, PRIVACY
from .demo_texts import ABOUT, CONTACT, HOME, TERMINOLOGY
from .models import (
    HomePage,
    PrivacyNoticePage,
    SecretariatContact,
    SitePages,
    SocialLinks,
    StandardPage,
    TerminologyNote,
)


def load(command):
    english, _ = Locale.objects.get_or_create(language_code="en")
    french, _ = Locale.objects.get_or_create(language_code="fr")
    home = _home_page(english)
    home_fr = _translation(home, french, HOME["fr"])
    chosen = {}
    for name, page_class, texts in (
        ("about", StandardPage, ABOUT),
        ("privacy_notice", PrivacyNoticePage, PRIVACY),
        ("legal_notice", StandardPage, LEGAL),
        ("accessibility_statement", StandardPage, ACCESSIBILITY),
    ):
        chosen[name] = _child_page(home, page_class, texts["en"])
        _translation(chosen[name], french, texts["fr"], parent=home_fr)
    _chosen_pages(chosen)
    for locale, text in ((english, TERMINOLOGY["en"]), (french, TERMINOLOGY["fr"])):
        _terminology(locale, text, english)
    _settings()
    _admin()
    return "home, about, privacy, legal and accessibility pages and terminology note in English and French"


def _home_page(english):
    home = HomePage.objects.filter(locale=english).first()
    if home:
        return home
    root = Page.get_first_root_node()
    # Wagtail's own "Welcome" page goes; the Alliance's home page takes its place as the site root.
    for page in root.get_children().specific():
        if not isinstance(page, HomePage):
            page.delete()
    home = root.add_child(instance=HomePage(locale=english, **HOME["en"]))
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    return home


def _child_page(parent, page_class, fields):
    existing = page_class.objects.child_of(parent).filter(slug=fields["slug"]).first()
    if existing:
        return existing
    page = parent.add_child(instance=page_class(locale=parent.locale, **fields))
    page.save_revision().publish()
    return page


def _translation(page, locale, fields, parent=None):
    existing = page.get_translation_or_none(locale)
    if existing:
        return existing
    translated = page.copy_for_translation(locale, copy_parents=parent is None)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


def _chosen_pages(chosen):
    """Links the pages from the navigation and the footer, unless an editor chose others."""
    setting = SitePages.load()
    for name, page in chosen.items():
        if getattr(setting, f"{name}_id") is None:
            setattr(setting, name, page)
    setting.save()


def _terminology(locale, text, english):
    if TerminologyNote.objects.filter(locale=locale).exists():
        return
    source = TerminologyNote.objects.filter(locale=english).first()
    note = TerminologyNote(locale=locale, **text)
    if source and locale != english:
        note.translation_key = source.translation_key
    note.save()


def _settings():
    social = SocialLinks.load()
    if not social.facebook:
        social.facebook = "https://www.facebook.com/RomaAlliance"
        social.x = "https://x.com/RomaAlliance"
        social.save()
    contact = SecretariatContact.load()
    if not contact.name_fr and contact.name == CONTACT["name"]:
        contact.name_fr, contact.address_fr = CONTACT["name_fr"], CONTACT["address_fr"]
        contact.save(update_fields=["name_fr", "address_fr"])
    if not contact.email:
        for field, value in CONTACT.items():
            setattr(contact, field, value)
        contact.email = settings.SECRETARIAT_EMAIL
        contact.phone = "+33 3 88 41 20 00"
        contact.save()


def _admin():
    if not settings.DEMO_ADMIN_PASSWORD:
        return
    user_model = get_user_model()
    if not user_model.objects.filter(username=settings.DEMO_ADMIN_USERNAME).exists():
        user_model.objects.create_superuser(
            settings.DEMO_ADMIN_USERNAME, "admin@example.org", settings.DEMO_ADMIN_PASSWORD
        )
