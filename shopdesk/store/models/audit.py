"""Tables for the audit area (filled in by that feature)."""
