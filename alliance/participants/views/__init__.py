from .directory import directory, history
from .exports import export_csv, export_geojson, export_json
from .map import participants_map
from .profile import profile

__all__ = [
    "directory",
    "export_csv",
    "export_geojson",
    "export_json",
    "history",
    "participants_map",
    "profile",
]
