from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from alliance.opendata.api import api as opendata_api
from alliance.site import views as site_views

urlpatterns = [
    path("admin/2fa/", include("alliance.core.twofactor.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", site_views.health, name="health"),
    path("api/v1/", opendata_api.urls),
]

# Each domain adds its public addresses here, under the language prefix.
urlpatterns += i18n_patterns(
    path("participants/", include("alliance.participants.urls")),
    path("focal-point/", include("alliance.focalpoints.urls")),
    path("", include("alliance.applications.urls")),
    path("declaration/", include("alliance.declaration.urls")),
    path("programmes/", include("alliance.programmes.urls")),
    path("networks/", include("alliance.networks.urls")),
    path("events/", include("alliance.events.urls")),
    path("practices/", include("alliance.practices.urls")),
    path("texts/", include("alliance.library.urls")),
    path("dosta-prize/", include("alliance.prizes.urls")),
    path("search/", include("alliance.news.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "alliance.site.views.page_not_found"
handler500 = "alliance.site.views.server_error"

if settings.SERVE_MEDIA:
    # Public uploads (images and their renditions) from the media folder. Private files (letters)
    # live elsewhere and are never served here. A site whose storage is a cloud bucket sets SERVE_MEDIA=0.
    urlpatterns = [re_path(r"^media/(?P<path>.*)$", site_views.media), *urlpatterns]
