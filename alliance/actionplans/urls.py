from django.urls import path

from alliance.core.exports import export_urls

from . import datasets
from .views import dashboard, members, public

app_name = "actionplans"

urlpatterns = [
    path("", dashboard.index, name="index"),
    *export_urls(datasets.PLANS, stem="plans"),
    *export_urls(datasets.MEASURES, stem="measures"),
    *export_urls(datasets.REPORTS, stem="reports"),
    path("<int:pk>/", public.detail, name="detail"),
    path("<int:pk>/decision.pdf", public.decision, name="decision"),
    path("write/", members.new, name="new"),
    path("write/<int:pk>/", members.edit, name="edit"),
    path("write/<int:plan_pk>/report/", members.new_report, name="new_report"),
    path("report/<int:pk>/", members.edit_report, name="edit_report"),
]
