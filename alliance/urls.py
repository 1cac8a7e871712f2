from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as wagtaildocs_serve

from alliance.actionplans.sitemap import plans
from alliance.core.sign_in import shared_password_door
from alliance.core.sign_out import StaffLogoutView
from alliance.core.twofactor.login import StaffLoginView, StaffPasswordResetView
from alliance.events.sitemap import events
from alliance.library.sitemap import texts
from alliance.networks.sitemap import networks
from alliance.news.sitemap import speakers
from alliance.opendata import problems as opendata_problems
from alliance.opendata.api import api as opendata_api
from alliance.participants.sitemap import profiles
from alliance.practices.sitemap import practices
from alliance.programmes.sitemap import programmes
from alliance.site import sitemap
from alliance.site import views as site_views

# Every public page that is not a Wagtail page or a list, for /sitemap.xml.
SITEMAP_SOURCES = [profiles, programmes, networks, events, practices, plans, texts, speakers]

urlpatterns = [
    path("admin/2fa/", include("alliance.core.twofactor.urls")),
    # Wagtail's sign-in page, throttled (before Wagtail's own address, which it replaces).
    path("admin/login/", StaffLoginView.as_view(), name="wagtailadmin_login"),
    path("admin/password_reset/", StaffPasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    # Only a POST signs out; a GET shows the sign-out button and keeps the session's cookie.
    path("admin/logout/", StaffLogoutView.as_view(), name="wagtailadmin_logout"),
    path("admin/", include(wagtailadmin_urls)),
    # The shared password of a private collection, throttled (before Wagtail's own address).
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        shared_password_door("document-password", wagtaildocs_serve.authenticate_with_password),
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", site_views.health, name="health"),
    path("favicon.ico", site_views.favicon, name="favicon"),
    path("robots.txt", sitemap.robots, name="robots"),
    path("sitemap.xml", sitemap.sitemap, {"sources": SITEMAP_SOURCES}, name="sitemap"),
    path("api/v1/", opendata_api.urls),
    # Any other address under the API answers with a problem details 404, never the HTML page.
    re_path(r"^api/v1/(?P<rest>.*)$", opendata_problems.unknown_address),
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
    path("action-plans/", include("alliance.actionplans.urls")),
    path("subscribe/", include("alliance.subscriptions.urls")),
    path("open-data/", include("alliance.opendata.urls")),
    path("search/", include("alliance.portal.urls")),
    path("embed/", include("alliance.embed.urls")),
    path("manifest.webmanifest", site_views.manifest, name="manifest"),
    # Wagtail's front-end doors, before its own addresses: the sign-in for private pages is the
    # back office's one (throttled, audited, two-factor); a page's shared password is throttled.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="wagtailadmin_login", query_string=True),
        name="wagtailcore_login",
    ),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        shared_password_door("page-password", wagtail_views.authenticate_with_password),
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "alliance.site.views.page_not_found"
handler500 = "alliance.site.views.server_error"

if settings.SERVE_MEDIA:
    # Public uploads (images and their renditions) from the media folder. Private files (letters)
    # live elsewhere and are never served here. A site whose storage is a cloud bucket sets SERVE_MEDIA=0.
    urlpatterns = [re_path(r"^media/(?P<path>.*)$", site_views.media), *urlpatterns]
