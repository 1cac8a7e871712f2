from django.urls import path

from .views import members, public

app_name = "actionplans"

urlpatterns = [
    path("<int:pk>/", public.detail, name="detail"),
    path("<int:pk>/decision.pdf", public.decision, name="decision"),
    path("write/", members.new, name="new"),
    path("write/<int:pk>/", members.edit, name="edit"),
]
