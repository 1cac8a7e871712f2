from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from .. import counters, datasets, timeline_chart
from .. import directory as registry
from ..forms import DEFAULT_PAGE_SIZE, DirectoryForm


def directory(request):
    form = DirectoryForm(request.GET)
    filters = form.filters()
    participations = registry.find(filters)
    page = registry.page(
        participations, request.GET.get("page"), filters.get("per_page") or DEFAULT_PAGE_SIZE
    )
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "form": form,
        "page_obj": page,
        "querystring": params.urlencode(),
        "filtered": any(key != "per_page" and key != "sort" for key in filters),
        "dataset": datasets.PARTICIPANTS,
    }
    # htmx asks only for the results; a history restore and every other request get the whole page.
    partial = request.htmx and not request.htmx.history_restore_request
    template = "participants/directory_results.html" if partial else "participants/directory.html"
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def history(request):
    today = timezone.localdate()
    steps = counters.timeline()
    years = counters.by_year(steps, today)
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        year = None
    changes = [step for step in steps if step.day.year == year and step.day <= today] if year else []
    return render(
        request,
        "participants/history.html",
        {
            "years": years,
            "year": year if changes else None,
            "changes": changes,
            "chart": timeline_chart.build(steps, today),
            "today": counters.participant_count(today),
            "counter_dataset": datasets.COUNTER_HISTORY,
            "history_dataset": datasets.PARTICIPATION_HISTORY,
        },
    )
