# The caught object is the raised object; instances can be stored and raised again.
err = ValueError("shared")
caught = []
for i in range(2):
    try:
        raise err
    except ValueError as e:
        caught.append(e)
print(caught[0] is err, caught[1] is err, caught[0] is caught[1])
def make():
    return KeyError("made")
try:
    raise make()
except KeyError as e:
    saved = e
print(repr(saved), saved.args)
try:
    raise saved
except LookupError as e:
    print("raised again:", e is saved)
print(isinstance(err, ValueError), type(err) is ValueError)
