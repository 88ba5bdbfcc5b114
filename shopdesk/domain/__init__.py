"""Pure business rules: no Qt, no SQL."""
