"""Qt widgets. The UI calls services; it never touches SQL."""
