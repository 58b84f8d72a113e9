# OSError(errno, strerror[, filename]): errno/strerror/filename, str() and args as CPython's.
e = OSError(5, "I/O error", "data.bin")
print(e.errno, e.strerror, e.filename)
print(str(e))
print(e.args)
e = OSError(5, "I/O error")
print(str(e), e.args, e.filename)
print(repr(e))
e = OSError("just a message")
print(str(e), e.errno, e.strerror, e.filename)
e = OSError()
print(repr(str(e)), e.errno, e.args)
e = OSError(5, "I/O error", None)
print(str(e), e.args, e.filename)
e = OSError(1, 2, 3, 4, 5, 6)
print(e.errno, e.args)
try:
    raise OSError(28, "No space left on device", "/flash/log.txt")
except OSError as err:
    print(type(err).__name__, err)
print(EnvironmentError is OSError, IOError is OSError)
try:
    raise IOError(5, "bad")
except EnvironmentError as err:
    print("alias caught", err)
class DeviceError(OSError):
    pass
d = DeviceError(19, "No such device", "spi0")
print(type(d).__name__, d, d.errno, d.filename)
