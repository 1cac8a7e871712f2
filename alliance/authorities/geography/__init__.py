"""Maps of Europe drawn on the server as SVG, from Natural Earth's boundaries (data/README.md)."""

from .maps import ATTRIBUTION, project, render_map, shading_legend

__all__ = ["ATTRIBUTION", "project", "render_map", "shading_legend"]
