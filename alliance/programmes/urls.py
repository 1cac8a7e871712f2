from django.urls import path

from alliance.core.exports import export_urls

from . import datasets, views

app_name = "programmes"

urlpatterns = [
    path("", views.index, name="index"),
    *export_urls(datasets.PARTICIPATIONS),
    *export_urls(datasets.FIGURES, prefix="figures/"),
    path("<slug:slug>/", views.detail, name="detail"),
    path(
        "<slug:slug>/infographic.png",
        views.infographic_download,
        {"extension": "png"},
        name="infographic_png",
    ),
    path(
        "<slug:slug>/infographic.pdf",
        views.infographic_download,
        {"extension": "pdf"},
        name="infographic_pdf",
    ),
]
