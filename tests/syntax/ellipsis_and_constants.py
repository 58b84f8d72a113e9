# Ellipsis, None, True, False and NotImplemented constants.
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
def stub():
    ...
print(stub())
print(NotImplemented is NotImplemented, type(None).__name__, True is not False)
x = [1, ...]
print(x, x[1] is Ellipsis)
class Todo:
    def method(self):
        ...
print(Todo().method())
