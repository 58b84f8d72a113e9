# OSError(errno, msg) builds the PEP 3151 subclass for well-known errno values (Linux numbering).
cases = [(1, "EPERM"), (2, "ENOENT"), (3, "ESRCH"), (4, "EINTR"), (10, "ECHILD"), (11, "EAGAIN"),
         (13, "EACCES"), (17, "EEXIST"), (20, "ENOTDIR"), (21, "EISDIR"), (32, "EPIPE"),
         (103, "ECONNABORTED"), (104, "ECONNRESET"), (110, "ETIMEDOUT"), (111, "ECONNREFUSED"),
         (114, "EALREADY"), (115, "EINPROGRESS"), (22, "EINVAL"), (5, "EIO")]
for number, name in cases:
    e = OSError(number, name)
    print(number, type(e).__name__, isinstance(e, OSError), e)
print(type(OSError(2)).__name__, type(OSError("2", "x")).__name__)
print(repr(OSError(2, "No such file or directory")))
print(type(FileExistsError(2, "x")).__name__)
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except FileNotFoundError as e:
    print("caught FileNotFoundError:", e)
try:
    raise OSError(104, "Connection reset by peer")
except ConnectionError as e:
    print("caught", type(e).__name__, e.errno)
