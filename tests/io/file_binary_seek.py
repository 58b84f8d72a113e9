# Binary files: bytes round trip, seek/tell with every whence, readinto, read(n) at the end, 'r+b' and 'w+b'.
import _scratch

d = _scratch.make_dir('bin')
p = d + '/b.bin'
data = bytes(range(256)) * 4
with open(p, 'wb') as f:
    print(f.write(data), f.tell())
    print(f.write(bytearray(b'tail')), f.tell())
with open(p, 'rb') as f:
    print(f.read(4), f.tell())
    print(f.seek(10), f.read(3))
    print(f.seek(5, 1), f.read(2))
    print(f.seek(-4, 2), f.read())
    print(f.read(10), f.read())
    f.seek(0)
    whole = f.read()
    print(len(whole), whole == data + b'tail')
    f.seek(250)
    buffer = bytearray(8)
    print(f.readinto(buffer), buffer)
with open(p, 'r+b') as f:
    f.seek(2)
    f.write(b'XY')
    f.seek(0)
    print(f.read(6))
with open(p, 'w+b') as f:
    print(f.read())
    f.write(b'line one\nline two\n')
    f.seek(0)
    print(f.readline(), f.readlines())
with open(p, 'ab') as f:
    f.write(b'more')
with open(p, 'rb') as f:
    print(f.read())
_scratch.remove_tree(d)
