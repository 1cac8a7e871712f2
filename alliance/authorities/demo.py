from .countries import ensure_countries


def load(command):
    created = ensure_countries()
    return f"{created} countries created"
