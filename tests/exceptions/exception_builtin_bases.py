# __bases__, __base__ and __mro__ of built-in exception types, issubclass across the tree.
print(ValueError.__bases__)
print(ValueError.__base__)
print(BaseException.__bases__, BaseException.__base__)
print(object.__bases__, object.__base__)
print(ZeroDivisionError.__mro__)
print(KeyError.__mro__[1:3])
print(issubclass(KeyError, LookupError), issubclass(IndexError, KeyError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(UnicodeError, ValueError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(GeneratorExit, Exception), issubclass(StopAsyncIteration, Exception))
print(issubclass(TabError, SyntaxError), issubclass(IndentationError, SyntaxError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnboundLocalError, NameError))
print(issubclass(BrokenPipeError, OSError), issubclass(TimeoutError, ConnectionError))
class AppError(LookupError):
    pass
print([c.__name__ for c in AppError.__mro__])
print(AppError.__bases__ == (LookupError,))
print(isinstance(AppError(), (TypeError, LookupError)))
