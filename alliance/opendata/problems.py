"""Every error of the API in one shape: problem details (RFC 9457), as `application/problem+json`.

A wrong query parameter, a page past the end, an unknown participant, an unknown address under
`/api/v1/`, a method the API does not offer, a database that cannot be reached (503 with
`Retry-After`, as the pages answer then) and an unexpected failure all answer with the same
members (`type`, `title`, `status`, `detail`, `instance`, and `errors` for invalid parameters),
and each endpoint's OpenAPI entry documents the ones it can give.
"""

import functools
import logging
from http import HTTPStatus

from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.views.decorators.csrf import csrf_exempt
from ninja import Field, Schema
from ninja.errors import HttpError, ValidationError

from alliance.core.middleware import unavailable_response

MEDIA_TYPE = "application/problem+json"
logger = logging.getLogger("django.request")


class InvalidParameter(Schema):
    name: str = Field(..., description="The parameter that was refused", examples=["as_of"])
    reason: str = Field(..., description="Why it was refused", examples=["Input should be a valid date"])


class Problem(Schema):
    type: str = Field(
        "about:blank",
        description="A URI naming the kind of problem; about:blank means the HTTP status says it all",
        examples=["about:blank"],
    )
    title: str = Field(..., description="The HTTP status in words", examples=["Not Found"])
    status: int = Field(..., ge=400, le=599, description="The HTTP status code", examples=[404])
    detail: str = Field(
        ..., description="What went wrong with this request, in English", examples=["There are 3 pages."]
    )
    instance: str = Field(
        ..., description="The address that was asked for", examples=["/api/v1/participants?page=9"]
    )
    errors: list[InvalidParameter] = Field(
        default_factory=list,
        description="For invalid parameters: each one and the reason; empty otherwise",
        examples=[[]],
    )


def problem(request, status, detail, errors=()):
    body = Problem(
        # RFC 9110's name for 422; Python still says "Unprocessable Entity".
        title="Unprocessable Content" if status == 422 else HTTPStatus(status).phrase,
        status=status,
        detail=str(detail),
        instance=request.get_full_path()[:2000],
        errors=list(errors),
    )
    response = HttpResponse(body.model_dump_json(), status=status, content_type=MEDIA_TYPE)
    response["Content-Language"] = "en"
    return response


def _parameter(error):
    location = [str(part) for part in error.get("loc", ()) if part not in ("query", "path", "filters")]
    return {"name": ".".join(location) or "request", "reason": error.get("msg", "invalid")}


def install(api):
    """Replace django-ninja's default error answers with problem details."""

    @api.exception_handler(ValidationError)
    def invalid(request, exc):
        errors = [_parameter(error) for error in exc.errors]
        names = ", ".join(sorted({error["name"] for error in errors}))
        return problem(request, 422, f"Invalid query or path parameters: {names}.", errors)

    @api.exception_handler(HttpError)
    def refused(request, exc):
        return problem(request, exc.status_code, exc.message)

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return problem(request, 404, str(exc) or "Nothing is published at this address.")

    def database_unavailable(request, exc):
        # A restart or a failover: the client may simply ask again (the pages say the same).
        logger.warning("Open-data API: database unavailable: %s", request.path)
        return unavailable_response(request)

    api.add_exception_handler(OperationalError, database_unavailable)
    api.add_exception_handler(InterfaceError, database_unavailable)

    @api.exception_handler(Exception)
    def failure(request, exc):
        # Logged as Django logs any server error (and mailed to the admins in production).
        logger.error("Open-data API failure: %s", request.path, exc_info=exc, extra={"request": request})
        return problem(request, 500, "The server failed to answer; the failure has been recorded.")


@csrf_exempt  # nothing is written here: whatever the method, the answer is a 404 in JSON
def unknown_address(request, rest=""):
    """Any address under /api/v1/ that names no endpoint, whatever the method."""
    return problem(request, 404, "No endpoint at this address; the index at /api/v1/ lists them all.")


def method_not_allowed(request, allowed):
    response = problem(request, 405, f"This endpoint answers {', '.join(allowed)} only.")
    response["Allow"] = ", ".join(allowed)
    return response


def answering_problems(view):
    """An endpoint's view that answers HEAD like GET, and a method it does not offer with a
    problem details 405 (django-ninja's own answer is a bare text)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "HEAD":
            request.method = "GET"
        response = view(request, *args, **kwargs)
        if isinstance(response, HttpResponseNotAllowed):
            return method_not_allowed(request, ["GET", "HEAD"])
        return response

    wrapper.csrf_exempt = True
    return wrapper
