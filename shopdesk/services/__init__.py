"""Use cases: permissions, validation and one transaction per user action."""
