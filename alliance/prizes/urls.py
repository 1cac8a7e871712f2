from django.urls import path

from alliance.core.exports import export_urls

from . import datasets, views

app_name = "prizes"

urlpatterns = [
    path("", views.index, name="index"),
    *export_urls(datasets.WINNERS),
    *export_urls(datasets.EDITIONS, prefix="editions/"),
]
