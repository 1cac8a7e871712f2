from django.urls import path

from . import views

app_name = "subscriptions"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("sent/", views.sent, name="sent"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("preferences/<str:token>/", views.manage, name="manage"),
    path("leave/<str:token>/", views.leave, name="leave"),
]
