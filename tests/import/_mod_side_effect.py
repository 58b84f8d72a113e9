# Helper module (not a test): prints when its body runs, which must happen once.
print("_mod_side_effect: executing module body")
loads = 1
