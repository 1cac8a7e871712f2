"""The site's addresses plus one that fails, for the tests of error pages."""

from django.urls import path

from alliance.urls import urlpatterns as site_urlpatterns

handler404 = "alliance.site.views.page_not_found"
handler500 = "alliance.site.views.server_error"


def fails(request):
    raise RuntimeError("a failure the error page must cover")


urlpatterns = [path("fails/", fails), *site_urlpatterns]
