# An exception during import propagates; the failed module is not kept, so importing retries.
for attempt in range(2):
    try:
        import _mod_raises
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e)
try:
    _mod_raises
except NameError:
    print("name not bound after failed import")
