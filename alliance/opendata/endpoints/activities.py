"""Events, good practices and adopted texts, as their pages list them."""

from typing import Literal

from django.utils import translation
from ninja import Field, Query

from alliance.events import datasets as event_datasets
from alliance.library import datasets as text_datasets
from alliance.library.forms import TextFilterForm
from alliance.library.models import TextType
from alliance.practices import datasets as practice_datasets
from alliance.practices.forms import PracticeFilterForm
from alliance.practices.models import Theme

from ..paging import PageParameters, page_schema, paginate, record_schema
from ..problems import Problem
from .registry import NAME_PATTERN

Event = record_schema(event_datasets.EVENTS, "Event")
EventPage = page_schema(Event, "EventPage", "A page of events")
Practice = record_schema(practice_datasets.PRACTICES, "GoodPractice")
PracticePage = page_schema(Practice, "GoodPracticePage", "A page of good practices")
Text = record_schema(text_datasets.TEXTS, "AdoptedText")
TextPage = page_schema(Text, "AdoptedTextPage", "A page of adopted texts")


class EventParameters(PageParameters):
    lang: Literal["en", "fr"] = Field("en", description="Language of the events' wording", examples=["fr"])


class PracticeFilters(PageParameters):
    q: str | None = Field(
        None,
        max_length=200,
        pattern=NAME_PATTERN,
        description="Words of the text or authority",
        examples=["school"],
    )
    theme: Literal[tuple(Theme.values)] | None = Field(None, description="Theme", examples=["education"])  # type: ignore[valid-type]
    country: str | None = Field(
        None,
        pattern=r"^[A-Z]{2}$",
        description="ISO 3166-1 alpha-2 code of the authority's country",
        examples=["AL"],
    )
    authority: str | None = Field(
        None,
        max_length=120,
        pattern=r"^[-a-zA-Z0-9_]+$",
        description="Identifier of the authority",
        examples=["korce"],
    )


class TextFilters(PageParameters):
    q: str | None = Field(
        None,
        max_length=200,
        pattern=NAME_PATTERN,
        description="Words of the number, title or summary",
        examples=["youth"],
    )
    text_type: Literal[tuple(TextType.values)] | None = Field(
        None, description="Kind of text", examples=["resolution"]
    )  # type: ignore[valid-type]
    year: int | None = Field(None, ge=1900, le=2200, description="Year of adoption", examples=[2014])


def _page_query(form_class, filters):
    """The page's query string, or None when a filter names something the page does not offer."""
    query = filters.dict(exclude={"page", "per_page"}, exclude_none=True)
    form = form_class(query)
    form.is_valid()
    return None if set(form.errors) & set(query) else query


def register(api):
    @api.get(
        "/events",
        response={200: EventPage, 404: Problem, 422: Problem},
        summary="Events: upcoming ones first, then past ones, as the events page lists them",
        tags=["activities"],
    )
    def events(request, parameters: Query[EventParameters]):
        with translation.override(parameters.lang):
            return paginate(request, event_datasets.EVENTS, {}, parameters)

    @api.get(
        "/practices",
        response={200: PracticePage, 404: Problem, 422: Problem},
        summary="Published good practices, as their page lists them",
        description="The same search and filters as /en/practices/ and its files; a filter "
        "naming something the page does not offer gives no result.",
        tags=["activities"],
    )
    def practices(request, filters: Query[PracticeFilters]):
        return paginate(
            request, practice_datasets.PRACTICES, _page_query(PracticeFilterForm, filters), filters
        )

    @api.get(
        "/texts",
        response={200: TextPage, 404: Problem, 422: Problem},
        summary="Texts adopted by the Congress, as their page lists them",
        description="The same search and filters as /en/texts/ and its files; a year with no "
        "text gives no result.",
        tags=["activities"],
    )
    def texts(request, filters: Query[TextFilters]):
        return paginate(request, text_datasets.TEXTS, _page_query(TextFilterForm, filters), filters)
