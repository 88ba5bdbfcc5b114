"""Tables for the tasks area (filled in by that feature)."""
