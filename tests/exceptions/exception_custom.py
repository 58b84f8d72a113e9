# Custom exception classes: extra attributes, overridden __str__, hierarchy.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(name)
        self.name = name
    def __str__(self):
        return f"{self.name} was not found"
class Invalid(AppError):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
for exc in (NotFound("file.txt"), Invalid("age", "negative"), AppError("generic")):
    try:
        raise exc
    except NotFound as e:
        print("NotFound:", e, "|", e.name, e.args)
    except AppError as e:
        print(type(e).__name__ + ":", e, "|", e.args)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e, repr(e))
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
