# The builtin exception hierarchy as seen through issubclass.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (GeneratorExit, BaseException), (GeneratorExit, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (Exception, BaseException),
    (AssertionError, Exception), (AttributeError, Exception), (ImportError, Exception),
    (ModuleNotFoundError, ImportError), (OSError, Exception), (TypeError, ValueError),
    (IndentationError, SyntaxError), (StopAsyncIteration, Exception),
]
for sub, base in pairs:
    print(sub.__name__, "<", base.__name__, issubclass(sub, base))
try:
    {}[1]
except LookupError as e:
    print("KeyError caught as LookupError:", isinstance(e, KeyError), isinstance(e, Exception))
