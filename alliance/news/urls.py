"""Site search. Lives with the news (the main body of searchable pages); included at "search/"."""

from django.urls import path

from .search import search

app_name = "search"

urlpatterns = [path("", search, name="index")]
