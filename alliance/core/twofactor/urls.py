from django.urls import path

from . import views

app_name = "twofactor"

urlpatterns = [
    path("", views.manage, name="manage"),
    path("backup/", views.backup, name="backup"),
    path("backup-codes/", views.new_backup_codes, name="new_backup_codes"),
    path("authenticator/", views.new_authenticator, name="new_authenticator"),
    path("setup/", views.setup, name="setup"),
    path("verify/", views.verify, name="verify"),
]
