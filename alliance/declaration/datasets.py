"""The public list of the Declaration's signatories as a dataset, exported in every format by
`alliance.core.exports`: the same rows, columns and order as the list's page with its filters.

A signer's name, office and party appear only when the signer agreed to show them; email
addresses and network addresses never reach a row.
"""

import datetime

from django.db.models import Max, Min
from django.utils.translation import gettext_lazy as _

from alliance.core.exports import Column, Table, as_of

from .listing import Filters, ListFilterForm, PublicList
from .models import Signature

COLUMNS = (
    Column(
        "number",
        "integer",
        _("Position in the list as filtered, from 1"),
        1,
        {"required": True, "minimum": 1},
    ),
    Column("country", "string", _("Country of the authority, in the reader's language"), "Albania"),
    Column("country_code", "string", _("ISO 3166-1 alpha-2 code of the country"), "AL"),
    Column("authority", "string", _("City or region on whose behalf the Declaration was signed"), "Korçë"),
    Column(
        "authority_slug",
        "string",
        _("Identifier of the authority's profile when it takes part in the Alliance; empty otherwise"),
        "korce",
    ),
    Column("level", "string", _("local or regional"), "local", {"enum": ["local", "regional"]}),
    Column(
        "capacity",
        "string",
        _("authority: signed on behalf of the authority; personal: in the signer's own name"),
        "authority",
        {"enum": ["authority", "personal"]},
    ),
    Column("signed_on", "date", _("Day of signing"), "2017-10-19"),
    Column("signer", "string", _("Name of the signer, only if they agreed to show it"), "Robert Damo"),
    Column("office", "string", _("Office of the signer, only if they agreed to show it"), "Mayor"),
    Column("party", "string", _("Political group of the signer, only if they agreed to show it"), ""),
)


def _list(query):
    filters = ListFilterForm(query).filters() if query else Filters()
    filters.until = as_of(query)
    return PublicList(filters)


def _span():
    days = Signature.objects.public().aggregate(first=Min("signed_on"), last=Max("signed_on"))
    return days["first"], days["last"]


def _rows(request, query):
    return _list(query).rows()


def _window(request, query, start, stop):
    listing = _list(query)
    return listing.count(), listing[start:stop]


SIGNATORIES = Table(
    name="signatories",
    title=_("Signatories of the Declaration against anti-Gypsyism"),
    description=_(
        "The verified signatures of the Declaration of mayors and regional elected "
        "representatives against anti-Gypsyism, by country and then by authority, as the public "
        "list shows them with the same filters."
    ),
    columns=COLUMNS,
    rows=_rows,
    window=_window,
    page="declaration:signatories",
    frequency="DAILY",
    frequency_label=_("every day a moderator verifies new signatures"),
    primary_key=("number",),
    dated=True,
    keywords=(_("anti-Gypsyism"), _("Declaration"), _("Roma"), _("mayors"), _("elected representatives")),
    themes=("SOCI", "JUST", "GOVE"),
    issued=datetime.date(2026, 12, 2),
    span=_span,
)
