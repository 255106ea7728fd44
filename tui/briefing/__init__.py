"""The Markdown briefing: Workspace -> Markdown text -> a file, with no Textual import."""

from .escape import md_cell, md_inline, md_quote
from .render import Briefing, BriefingOptions, build_briefing, render_briefing
from .write import BriefingExists, BriefingWriteError, write_atomic

__all__ = ["Briefing", "BriefingOptions", "build_briefing", "render_briefing", "write_atomic", "BriefingExists",
           "BriefingWriteError", "md_inline", "md_cell", "md_quote"]
