"""Tables for the payroll area (filled in by that feature)."""
