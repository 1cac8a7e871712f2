"""The project's addresses with the site search included, until alliance/urls.py includes it.

The search belongs under the language prefix, before Wagtail's catch-all pages.
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.urls.resolvers import LocalePrefixPattern

from alliance import urls as root

handler404 = root.handler404
handler500 = root.handler500

urlpatterns = [p for p in root.urlpatterns if not isinstance(p.pattern, LocalePrefixPattern)]
_localised = [p for p in root.urlpatterns if isinstance(p.pattern, LocalePrefixPattern)]
_inner = [pattern for resolver in _localised for pattern in resolver.url_patterns]
if not any(getattr(pattern, "namespace", None) == "search" for pattern in _inner):
    _inner.insert(0, path("search/", include("alliance.news.urls")))
urlpatterns += i18n_patterns(*_inner, prefix_default_language=True)
