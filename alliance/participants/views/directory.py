import datetime

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from .. import counters, timeline_chart
from .. import directory as registry
from ..forms import DEFAULT_PAGE_SIZE, DirectoryForm


def directory(request):
    form = DirectoryForm(request.GET)
    filters = form.filters()
    participations = registry.find(filters)
    page = Paginator(participations, filters.get("per_page") or DEFAULT_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "form": form,
        "page_obj": page,
        "querystring": params.urlencode(),
        "filtered": any(key != "per_page" and key != "sort" for key in filters),
    }
    # htmx asks only for the results; a history restore and every other request get the whole page.
    partial = request.htmx and not request.htmx.history_restore_request
    template = "participants/directory_results.html" if partial else "participants/directory.html"
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def history(request):
    today = datetime.date.today()
    steps = counters.timeline()
    return render(
        request,
        "participants/history.html",
        {
            "steps": steps,
            "chart": timeline_chart.build(steps, today),
            "today": counters.participant_count(today),
        },
    )
