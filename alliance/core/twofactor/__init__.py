"""Two-factor sign-in for the secretariat's back office (time-based one-time codes, RFC 6238).

When settings.STAFF_2FA_REQUIRED is on, every signed-in user of /admin/ must enter a code from an
authenticator app once per session; a user without a device is first asked to set one up.
"""
