from django.urls import path

from alliance.core.exports import export_urls

from . import datasets, views

app_name = "networks"

urlpatterns = [
    path("", views.index, name="index"),
    *export_urls(datasets.NETWORKS),
    *export_urls(datasets.MEMBERS, prefix="members/"),
    path("<slug:slug>/", views.detail, name="detail"),
]
