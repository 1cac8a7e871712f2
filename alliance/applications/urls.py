from django.urls import path

from .views import confirmation, public

app_name = "applications"

urlpatterns = [
    path("join/", public.join, name="join"),
    path("join/sent/", public.sent, {"kind": "join"}, name="join_sent"),
    path("join/confirmed/", confirmation.confirmed, {"kind": "join"}, name="join_confirmed"),
    path("join/confirm/<str:token>/", confirmation.confirm, {"kind": "join"}, name="join_confirm"),
    path("join/more/added/", confirmation.supplement_added, {"kind": "join"}, name="join_more_added"),
    path("join/more/<str:token>/", confirmation.supplement, {"kind": "join"}, name="join_more"),
    path("cooperate/", public.cooperate, name="cooperate"),
    path("cooperate/sent/", public.sent, {"kind": "cooperate"}, name="cooperate_sent"),
    path("cooperate/confirmed/", confirmation.confirmed, {"kind": "cooperate"}, name="cooperate_confirmed"),
    path(
        "cooperate/confirm/<str:token>/",
        confirmation.confirm,
        {"kind": "cooperate"},
        name="cooperate_confirm",
    ),
    path(
        "cooperate/more/added/",
        confirmation.supplement_added,
        {"kind": "cooperate"},
        name="cooperate_more_added",
    ),
    path(
        "cooperate/more/<str:token>/", confirmation.supplement, {"kind": "cooperate"}, name="cooperate_more"
    ),
    path("contact/", public.contact, name="contact"),
    path("contact/sent/", public.sent, {"kind": "contact"}, name="contact_sent"),
]
