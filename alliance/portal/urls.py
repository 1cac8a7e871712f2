"""Site search, included at "search/" under the language prefix."""

from django.urls import path

from .search import search

app_name = "search"

urlpatterns = [path("", search, name="index")]
