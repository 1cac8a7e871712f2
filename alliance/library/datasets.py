"""The adopted texts as a dataset, exported in every format by `alliance.core.exports`: the same
rows, columns and order as the texts' page with its search and filters."""

import datetime

from django.db.models import Max, Min
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alliance.core.exports import Column, Table

from .forms import TextFilterForm
from .models import AdoptedText, TextType

COLUMNS = (
    Column("id", "integer", _("Identifier of the text on this site"), 12, {"required": True}),
    Column(
        "text_type",
        "string",
        _("resolution, recommendation, declaration or guidelines"),
        "resolution",
        {"enum": list(TextType.values)},
    ),
    Column("number", "string", _("The Congress's number, when known"), "366 (2014)"),
    Column("adopted_on", "date", _("Day of adoption"), "2014-03-26", {"required": True}),
    Column("adopted_by_en", "string", _("Body that adopted it, in English"), "the Congress, 26th Session"),
    Column("adopted_by_fr", "string", _("Body that adopted it, in French"), "le Congrès, 26e session"),
    Column("title_en", "string", _("Title in English"), "Empowering Roma youth through participation"),
    Column("title_fr", "string", _("Title in French"), "Autonomiser les jeunes Roms par la participation"),
    Column("summary_en", "string", _("Summary in English"), ""),
    Column("summary_fr", "string", _("Summary in French"), ""),
    Column("languages", "string", _("Languages of the PDF versions, separated by spaces"), "en fr"),
    Column("url", "string", _("Address of the text's page on this site"), "https://example.org/en/texts/12/"),
)


def _texts(query):
    return TextFilterForm(query or None).filter(AdoptedText.objects.public().prefetch_related("versions"))


def _rows(request, query):
    for text in _texts(query):
        yield {
            "id": text.pk,
            "text_type": text.text_type,
            "number": text.number,
            "adopted_on": text.adopted_on,
            "adopted_by_en": text.adopted_by_en,
            "adopted_by_fr": text.adopted_by_fr,
            "title_en": text.title_en,
            "title_fr": text.title_fr,
            "summary_en": text.summary_en,
            "summary_fr": text.summary_fr,
            "languages": " ".join(sorted(version.language for version in text.versions.all())),
            "url": request.build_absolute_uri(reverse("library:detail", args=[text.pk])),
        }


def _span():
    days = AdoptedText.objects.aggregate(first=Min("adopted_on"), changed=Max("updated_at"))
    return days["first"], timezone.localdate(days["changed"]) if days["changed"] else None


TEXTS = Table(
    name="adopted-texts",
    title=_("Texts adopted by the Congress"),
    description=_(
        "Resolutions, recommendations and other texts of the Congress of Local and Regional "
        "Authorities that concern Roma and Travellers, newest first, as the texts' page lists them."
    ),
    columns=COLUMNS,
    rows=_rows,
    page="library:index",
    frequency="IRREG",
    frequency_label=_("after each session of the Congress that adopts a text, a few times a year"),
    primary_key=("id",),
    keywords=(
        _("Congress of Local and Regional Authorities"),
        _("resolutions"),
        _("recommendations"),
        _("Roma"),
    ),
    themes=("GOVE", "JUST", "SOCI"),
    issued=datetime.date(2026, 12, 2),
    span=_span,
)
