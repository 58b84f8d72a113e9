# Caught exceptions keep working after the handler; storing them in lists and re-raising later.
errors = []
for v in ["1", "x", "3", "y"]:
    try:
        int(v)
    except ValueError as e:
        errors.append(e)
print(len(errors), [type(e).__name__ for e in errors])
def reraise(e):
    raise e
for e in errors:
    try:
        reraise(e)
    except ValueError as again:
        print(again is e, str(again) == str(e))
