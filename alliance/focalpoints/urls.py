from django.urls import path

from . import password, programme_steps, views

app_name = "focalpoints"

urlpatterns = [
    path("", views.home, name="home"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("invitation/<str:token>/", views.accept, name="accept"),
    path("password/", password.PasswordResetView.as_view(), name="password_reset"),
    path("password/sent/", password.PasswordResetSentView.as_view(), name="password_reset_sent"),
    path(
        "password/<uidb64>/<token>/",
        password.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("profile/", views.profile, name="profile"),
    path("programmes/", programme_steps.steps, name="programme_steps"),
    path("programmes/<int:pk>/", programme_steps.record, name="record_step"),
]
