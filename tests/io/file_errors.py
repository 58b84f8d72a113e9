# File errors: the exception types and errno values CPython gives, and no file lost or truncated on error.
import errno
import io
import _scratch

d = _scratch.make_dir('err')
p = d + '/keep.txt'
with open(p, 'w') as f:
    f.write('precious')

try:
    open(d + '/missing.txt')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, isinstance(e, FileNotFoundError))
try:
    open(p, 'x')
except OSError as e:
    print(type(e).__name__, e.errno == errno.EEXIST)
with open(p) as f:
    print(f.read())
try:
    open(d)
except OSError as e:
    print(type(e).__name__, e.errno == errno.EISDIR)
try:
    open(p + '/below')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOTDIR)

f = open(p)
try:
    f.write('x')
except OSError as e:
    print('write to read-only:', type(e).__name__, isinstance(e, io.UnsupportedOperation))
f.close()
f.close()
for action in (f.read, f.readline, f.tell, lambda: f.write('x'), lambda: iter(f)):
    try:
        action()
    except ValueError as e:
        print('closed:', e)
with open(d + '/w.txt', 'w') as g:
    try:
        g.read()
    except OSError as e:
        print('read from write-only:', type(e).__name__)
    try:
        g.write(b'bytes')
    except TypeError:
        print('text file wants str')
with open(d + '/w.bin', 'wb') as g:
    try:
        g.write('text')
    except TypeError:
        print('binary file wants bytes')

for mode in ('rw', 'z', 'rbt', 'rr', ''):
    try:
        open(p, mode)
    except ValueError:
        print('bad mode', repr(mode))
with open(p) as f:
    print(f.read())
_scratch.remove_tree(d)
