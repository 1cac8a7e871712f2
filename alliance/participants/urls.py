from django.urls import path

from . import views

app_name = "participants"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("history/", views.history, name="history"),
    path("map/", views.participants_map, name="map"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("export.json", views.export_json, name="export_json"),
    path("export.geojson", views.export_geojson, name="export_geojson"),
    path("<slug:slug>/", views.profile, name="profile"),
]
