"""Platform exports into daily figures (DESIGN §4.6): preview, import, products."""
