"""Screens of the reader. compare, overview and export are written separately and
imported lazily by the reading screen, so a missing one never breaks the reader."""
