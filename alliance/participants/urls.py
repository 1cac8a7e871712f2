from django.urls import path

from alliance.core.exports import export_urls

from . import datasets, views

app_name = "participants"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("history/", views.history, name="history"),
    path("map/", views.participants_map, name="map"),
    *export_urls(datasets.PARTICIPANTS),
    *export_urls(datasets.PARTICIPATION_HISTORY, prefix="history/", stem="participations"),
    *export_urls(datasets.COUNTER_HISTORY, prefix="history/"),
    path("<slug:slug>/", views.profile, name="profile"),
]
