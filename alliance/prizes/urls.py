from django.urls import path

from . import views

app_name = "prizes"

urlpatterns = [
    path("", views.index, name="index"),
]
