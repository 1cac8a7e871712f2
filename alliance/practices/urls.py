from django.urls import path

from .views import members, public

app_name = "practices"

urlpatterns = [
    path("", public.index, name="index"),
    path("<int:pk>/", public.detail, name="detail"),
    path("propose/", members.propose, name="propose"),
    path("propose/<int:pk>/", members.edit, name="edit"),
]
