# errno: the usual constants (Linux numbering, as MicroPython's) and the errorcode table.
import errno

for name in ('EPERM', 'ENOENT', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENODEV', 'ENOTDIR',
             'EISDIR', 'EINVAL', 'ENOSPC', 'ENOTEMPTY', 'ETIMEDOUT', 'ECONNRESET', 'EINPROGRESS'):
    value = getattr(errno, name)
    print(name, value, errno.errorcode[value])
print(errno.ENOENT == 2, errno.errorcode[errno.EEXIST])
e = OSError(errno.ENOENT, 'No such file or directory', 'f.txt')
print(type(e).__name__, e.errno, e.strerror, e.filename, e)
