# Helper module (not a test): fails while being imported.
print("_mod_raises: body runs")
partial = 1
raise ValueError("module init failed")
