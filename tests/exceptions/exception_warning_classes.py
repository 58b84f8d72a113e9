# The Warning classes exist with Warning as their base and can be raised and caught like other exceptions.
names = ["UserWarning", "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning", "RuntimeWarning",
         "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning"]
print(Warning.__bases__[0].__name__, issubclass(Warning, Exception))
for name in names:
    cls = eval(name)
    print(name, cls.__base__.__name__, issubclass(cls, Warning), issubclass(cls, ValueError))
try:
    raise DeprecationWarning("old api")
except Warning as w:
    print(type(w).__name__, w, w.args)
class MyWarning(UserWarning):
    pass
try:
    raise MyWarning("mine")
except UserWarning as w:
    print(type(w).__name__, repr(w), isinstance(w, Warning))
