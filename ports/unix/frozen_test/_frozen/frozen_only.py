# Frozen, with nothing of the same name on disk: found through '.frozen'.
WHERE = "frozen"
