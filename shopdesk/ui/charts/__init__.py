"""Chart screens. Importing anything here loads matplotlib: import on first use only."""
