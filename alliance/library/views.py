from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from . import datasets
from .forms import TextFilterForm
from .models import AdoptedText


def index(request):
    form = TextFilterForm(request.GET or None)
    texts = form.filter(AdoptedText.objects.public().prefetch_related("versions__document"))
    page = Paginator(texts, 25).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "library/index.html",
        {
            "form": form,
            "page_obj": page,
            "query_string": query.urlencode(),
            "filtered": bool(query),
            "dataset": datasets.TEXTS,
        },
    )


def detail(request, pk):
    text = get_object_or_404(AdoptedText.objects.public(), pk=pk)
    versions = text.versions.select_related("document")
    return render(request, "library/detail.html", {"text": text, "versions": versions})
