from django.urls import path

from alliance.core.exports import export_urls

from . import datasets, views

app_name = "events"

urlpatterns = [
    path("", views.index, name="index"),
    # Before the event pattern: "feed" is a reserved slug.
    path("feed.ics", views.feed, name="feed"),
    *export_urls(datasets.EVENTS),
    path("<slug:slug>.ics", views.event_ics, name="ics"),
    path("<slug:slug>/", views.detail, name="detail"),
]
