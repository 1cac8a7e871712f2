from .directory import directory, history
from .map import participants_map
from .profile import profile

__all__ = [
    "directory",
    "history",
    "participants_map",
    "profile",
]
