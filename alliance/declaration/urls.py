from django.urls import path

from alliance.core.exports import export_urls

from . import datasets
from .views import public, signing

app_name = "declaration"

urlpatterns = [
    path("", public.index, name="index"),
    path("sign/", signing.sign, name="sign"),
    path("sign/thanks/", signing.signed, name="signed"),
    path("confirm/<str:token>/", signing.confirm, name="confirm"),
    path("withdraw/<str:token>/", signing.withdraw, name="withdraw"),
    path("signatories/", public.signatories, name="signatories"),
    path("signatories/map.svg", public.signatories_map, name="signatories_map"),
    *export_urls(datasets.SIGNATORIES, prefix="signatories/"),
]
