"""Tables for the appraisal area (filled in by that feature)."""
