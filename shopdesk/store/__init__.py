"""Storage: SQLAlchemy models, the database handle, migrations and queries."""
