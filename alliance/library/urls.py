from django.urls import path

from alliance.core.exports import export_urls

from . import datasets, views

app_name = "library"

urlpatterns = [
    path("", views.index, name="index"),
    *export_urls(datasets.TEXTS),
    path("<int:pk>/", views.detail, name="detail"),
]
