from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from .. import datasets
from ..forms import PracticeFilterForm
from ..models import GoodPractice


def index(request):
    form = PracticeFilterForm(request.GET or None)
    practices = form.filter(GoodPractice.objects.public().select_related("authority", "authority__country"))
    page = Paginator(practices, 20).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "practices/index.html",
        {
            "form": form,
            "page_obj": page,
            "query_string": query.urlencode(),
            "filtered": bool(query),
            "dataset": datasets.PRACTICES,
        },
    )


def detail(request, pk):
    practice = get_object_or_404(
        GoodPractice.objects.public().select_related("authority", "authority__country"), pk=pk
    )
    return render(
        request, "practices/detail.html", {"practice": practice, "documents": practice.documents.all()}
    )
