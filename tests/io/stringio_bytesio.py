# io.StringIO and io.BytesIO: the same stream methods as files, over memory.
import io

s = io.StringIO()
print(s.write('alpha\n'), s.write('beta\ngamma'))
print(s.tell(), repr(s.read()))
s.seek(0)
print(repr(s.readline()), s.readlines())
print(repr(s.getvalue()))
s = io.StringIO('one\ntwo\nthree\n')
print([line for line in s])
s.seek(4)
print(repr(s.read(3)), s.tell())
with io.StringIO('ctx') as s:
    print(s.read(), s.closed)
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print('closed:', type(e).__name__)

b = io.BytesIO(b'0123456789')
print(b.read(3), b.tell(), b.seek(-2, 2), b.read())
b.seek(4)
b.write(b'AB')
print(b.getvalue(), b.tell())
b.seek(12)
b.write(b'!')
print(b.getvalue())
buffer = bytearray(4)
b.seek(0)
print(b.readinto(buffer), buffer)
b = io.BytesIO()
b.write(b'x\ny\n')
b.seek(0)
print(b.readline(), b.readlines(), b.read())
try:
    b.write('str')
except TypeError:
    print('BytesIO wants bytes')
try:
    io.StringIO().write(b'bytes')
except TypeError:
    print('StringIO wants str')
