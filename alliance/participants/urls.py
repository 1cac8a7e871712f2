from django.urls import path

from . import views

app_name = "participants"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<slug:slug>/", views.profile, name="profile"),
]
