from django.urls import path

from . import views

app_name = "programmes"

urlpatterns = [
    path("", views.index, name="index"),
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
