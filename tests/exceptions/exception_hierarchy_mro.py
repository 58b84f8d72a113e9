# Every built-in exception class has CPython's bases: __mro__ names from the class to object.
names = [
    "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
    "StopAsyncIteration", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
    "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError",
    "LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
    "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
    "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
    "TimeoutError", "ReferenceError", "RuntimeError", "NotImplementedError", "SyntaxError",
    "IndentationError", "TabError", "SystemError", "TypeError", "ValueError", "UnicodeError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
]
for name in names:
    cls = eval(name)
    print(name, cls.__name__, [c.__name__ for c in cls.__mro__])
