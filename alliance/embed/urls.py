from django.urls import path

from . import views

app_name = "embed"

urlpatterns = [
    path("", views.index, name="index"),
    path("counter/", views.counter, name="counter"),
    path("counter.svg", views.badge, name="badge"),
]
