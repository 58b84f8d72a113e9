# Helper package (not a test): each module here is deliberately invalid Python.
