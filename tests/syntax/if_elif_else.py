# if/elif/else chains with various truthy and falsy tests.
def classify(v):
    if v is None:
        return "none"
    elif v == 0:
        return "zero"
    elif isinstance(v, str) and v:
        return "text"
    elif not v:
        return "empty"
    else:
        return "other"
for v in (None, 0, "a", "", [], [0], 3.5, 0.0):
    print(repr(v), classify(v))
x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
if []:
    print("never")
elif {}:
    print("never either")
print("done")
