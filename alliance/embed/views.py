"""The Alliance's counter on other sites: how to embed it, the page for an iframe, the SVG badge.

Partner sites show these to their own visitors, so they hold nothing personal, set no cookie and
may be kept by caches; only the iframe page may be framed, by any site.
"""

import json

from csp.decorators import csp_replace
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy
from django.views.decorators.clickjacking import xframe_options_exempt

from alliance.core.http_caching import EMBEDDED, cache_for
from alliance.core.links import absolute_url
from alliance.declaration.counters import signatory_count
from alliance.participants.counters import participant_count

from .badge import badge_svg

# ?declaration=1 adds the number of signatories of the Declaration against anti-Gypsyism.
DECLARATION_OPTION = "declaration"
# The text alternative of the badge, in its <title> and in the guide's preview.
_ALLIANCE_SAYS = gettext_lazy("European Alliance of Cities and Regions for Roma Inclusion: %(figures)s")
# The alt of the image in the snippet partners copy: it stays on their page for years, so it names
# what the image shows rather than today's figures.
BADGE_ALT = gettext_lazy(
    "The number of cities and regions in the European Alliance of Cities and Regions for Roma "
    "Inclusion, up to date"
)
# The frame's documented size, in CSS pixels. Measured in Chromium with the widest of the usual
# system fonts (DejaVu Sans), the counter needs 165 px in English and 184 px in French in a 300 px
# column, and with the Declaration 232 and 251 px: these heights leave room for larger figures.
# The browser test `test_counter_embed_browser.py` measures them again in both languages.
FRAME_WIDTH = 340
FRAME_NARROWEST = 300
FRAME_HEIGHT = 200
FRAME_HEIGHT_WITH_DECLARATION = 270


def _wants_declaration(request):
    return request.GET.get(DECLARATION_OPTION) == "1"


def _figures(request):
    return {
        "count": participant_count(),
        "signatory_count": signatory_count() if _wants_declaration(request) else None,
        "today": timezone.localdate(),
    }


def index(request):
    """How to show the counter on another site, with snippets to copy."""
    counter_url = absolute_url(reverse("embed:counter"))
    badge_url = absolute_url(reverse("embed:badge"))
    home_url = absolute_url(f"/{request.LANGUAGE_CODE}/")
    count = participant_count()
    api_example = {
        "as_of": count.as_of.isoformat(),
        "participants": count.participants,
        "countries": count.countries,
    }
    return render(
        request,
        "embed/index.html",
        {
            "counter_url": counter_url,
            "declaration_counter_url": f"{counter_url}?{DECLARATION_OPTION}=1",
            "badge_url": badge_url,
            # The previews on this page come from this very site, whatever its address.
            "preview_counter_url": reverse("embed:counter"),
            "preview_badge_url": reverse("embed:badge"),
            "home_url": home_url,
            "api_url": absolute_url("/api/v1/counters"),
            "api_example": json.dumps(api_example),
            "badge_alt": BADGE_ALT,
            "preview_badge_alt": _ALLIANCE_SAYS % {"figures": _badge_text(count)},
            "frame": {
                "width": FRAME_WIDTH,
                "narrowest": FRAME_NARROWEST,
                "height": FRAME_HEIGHT,
                "height_with_declaration": FRAME_HEIGHT_WITH_DECLARATION,
            },
        },
    )


@cache_for(EMBEDDED)
@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})
def counter(request):
    """A page made for an iframe on any site: the counter alone, with its own small stylesheet."""
    context = _figures(request)
    context["home_url"] = f"/{request.LANGUAGE_CODE}/"
    return render(request, "embed/counter.html", context)


@cache_for(EMBEDDED)
def badge(request):
    """The counter as an SVG image, for a plain <img> (no script, read by screen readers)."""
    figures = _figures(request)
    lines = [_badge_text(figures["count"])]
    if figures["signatory_count"] is not None:
        lines.append(
            strip_tags(
                render_to_string("declaration/counter_sentence.html", {"count": figures["signatory_count"]})
            ).strip()
        )
    context = badge_svg(lines)
    context["title"] = _ALLIANCE_SAYS % {"figures": " · ".join(lines)}
    context["home_url"] = absolute_url(f"/{request.LANGUAGE_CODE}/")
    return render(request, "embed/counter.svg", context, content_type="image/svg+xml; charset=utf-8")


def _badge_text(count):
    """The counter's sentence as plain text, from the very template the site shows it with."""
    sentence = render_to_string("site/counter_sentence.html", {"count": count})
    return " ".join(strip_tags(sentence).split())
