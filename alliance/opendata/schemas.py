"""Shapes of the open-data API's answers and query parameters (they make its OpenAPI schema)."""

import datetime
from typing import Literal

from ninja import Field, Schema


class CounterOut(Schema):
    as_of: datetime.date
    participants: int
    countries: int


class SignatoryCounterOut(Schema):
    signatories: int
    countries: int


class CountryOut(Schema):
    code: str
    name_en: str
    name_fr: str
    coe_member: bool


class ParticipantOut(Schema):
    accession_number: int
    name: str
    local_name: str
    slug: str
    country_code: str
    country_name_en: str
    country_name_fr: str
    level: str
    kind: str
    subdivision_code: str
    population: int | None
    latitude: float | None
    longitude: float | None
    website: str
    joined_on: str
    left_on: str | None
    profile_url: str


class ParticipantPage(Schema):
    count: int
    page: int
    pages: int
    results: list[ParticipantOut]


class ParticipantFilters(Schema):
    q: str | None = Field(None, max_length=100, description="Part of the name; case and accents do not count")
    country: str | None = Field(None, max_length=2, description="ISO 3166-1 alpha-2 code")
    level: Literal["local", "regional"] | None = None
    year: int | None = Field(None, ge=2013, le=2100, description="Year of joining")
    sort: str | None = Field(None, max_length=20)
    page: int = Field(1, ge=1, le=100000)
    per_page: int = Field(50, ge=1, le=200)


class SignatoryOut(Schema):
    number: int
    country: str
    country_code: str
    authority: str
    authority_slug: str | None
    level: str
    capacity: str
    signed_on: str | None
    signer: str
    office: str
    party: str


class SignatoryPage(Schema):
    count: int
    page: int
    pages: int
    results: list[SignatoryOut]


class SignatoryFilters(Schema):
    q: str | None = Field(None, max_length=100)
    country: str | None = Field(None, min_length=2, max_length=2, description="ISO 3166-1 alpha-2 code")
    level: Literal["local", "regional"] | None = None
    year: int | None = Field(None, ge=2017, le=2100)
    page: int = Field(1, ge=1, le=100000)
    per_page: int = Field(50, ge=1, le=200)
