"""The news fixtures, for the tests of the site search and of the layout's cache."""

from alliance.news.tests.conftest import index_at_once, news_indexes, publish_article  # noqa: F401
