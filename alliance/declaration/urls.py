from django.urls import path

from .views import public, signing

app_name = "declaration"

urlpatterns = [
    path("", public.index, name="index"),
    path("sign/", signing.sign, name="sign"),
    path("sign/thanks/", signing.signed, name="signed"),
    path("confirm/<str:token>/", signing.confirm, name="confirm"),
    path("withdraw/<str:token>/", signing.withdraw, name="withdraw"),
    path("signatories/", public.signatories, name="signatories"),
    path("signatories/export.csv", public.export_csv, name="export_csv"),
    path("signatories/export.json", public.export_json, name="export_json"),
]
