# The frozen version of _shadowed: a _shadowed.py in the script's folder comes first on sys.path and wins.
WHERE = "frozen"
