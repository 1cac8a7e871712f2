from django.urls import path

from alliance.core.exports import export_urls

from . import datasets
from .views import members, public

app_name = "practices"

urlpatterns = [
    path("", public.index, name="index"),
    *export_urls(datasets.PRACTICES),
    path("<int:pk>/", public.detail, name="detail"),
    path("propose/", members.propose, name="propose"),
    path("propose/<int:pk>/", members.edit, name="edit"),
]
