from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from alliance.participants.models import Participation

from . import datasets, infographic, infographic_pdf
from .models import STEP_ORDER, Programme
from .related import events_of, news_about
from .snapshot import snapshot


def index(request):
    programmes = Programme.objects.prefetch_related("phases")
    today = timezone.localdate()
    rows = []
    for programme in programmes:
        latest = programme.latest_overall_total(today)
        headline = infographic.headline_sentence(latest, programme) if latest else ""
        rows.append((programme, snapshot(programme, today), headline))
    return render(request, "programmes/index.html", {"rows": rows})


def read_as_of(request):
    """(day, error message or None); a day that cannot be read falls back to today."""
    text = request.GET.get("as_of", "").strip()
    today = timezone.localdate()
    if not text:
        return today, None
    try:
        day = parse_date(text)
    except ValueError:
        day = None
    if day is None:
        return today, _("Enter the date as YYYY-MM-DD, for example 2018-09-30.")
    if day.year < 1900 or day > today:
        return today, _("Choose a day between 1900 and today.")
    return day, None


def detail(request, slug):
    programme = get_object_or_404(Programme, slug=slug)
    as_of, error = read_as_of(request)
    snap = snapshot(programme, as_of)
    width, height, shapes = infographic.shapes(snap)
    # The dataset's own query: the table and its files list the same rows in the same order.
    participations = datasets.participations({"programme": programme.slug})
    participant_ids = set(
        Participation.objects.filter(authority__in=[p.authority_id for p in participations]).values_list(
            "authority_id", flat=True
        )
    )
    rows = []
    for participation in participations:
        steps = sorted(participation.steps.all(), key=lambda record: STEP_ORDER.index(record.step))
        rows.append(
            {
                "participation": participation,
                "steps": steps,
                "has_profile": participation.authority_id in participant_ids,
            }
        )
    latest = programme.latest_overall_total(timezone.localdate())
    context = {
        "programme": programme,
        "headline": infographic.headline_sentence(latest, programme) if latest else "",
        "snap": snap,
        "as_of": as_of,
        "as_of_text": request.GET.get("as_of", as_of.isoformat()) if error else as_of.isoformat(),
        "error": error,
        "chart": {"width": width, "height": height, "shapes": shapes, "font_family": infographic.FONT_FAMILY},
        "rows": rows,
        "dataset": datasets.PARTICIPATIONS,
        "dataset_query": f"programme={programme.slug}",
        "events": events_of(programme),
        "news": news_about(programme),
        "phases": programme.phases.all(),
        "reported_totals": programme.reported_totals.select_related("country", "phase").prefetch_related(
            "countries_covered"
        ),
    }
    return render(request, "programmes/detail.html", context, status=400 if error else 200)


def infographic_download(request, slug, extension):
    programme = get_object_or_404(Programme, slug=slug)
    as_of, error = read_as_of(request)
    if error:
        return HttpResponse(error, status=400, content_type="text/plain; charset=utf-8")
    snap = snapshot(programme, as_of)
    if extension == "png":
        body, content_type = infographic.png_bytes(snap), "image/png"
    else:
        body, content_type = infographic_pdf.pdf_bytes(snap), "application/pdf"
    response = HttpResponse(body, content_type=content_type)
    filename = f"{programme.slug}-{as_of.isoformat()}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
