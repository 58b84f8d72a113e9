# array.array and the buffer protocol: tobytes/frombytes, bytes(), bytearray(), memoryview (read)
from array import array

a = array('h', [1, -2, 256])
print(a.tobytes(), bytes(a), bytearray(a))
print(len(bytes(array('i', [1, 2]))), len(bytes(array('d', [1.0]))), bytes(array('b')))
m = memoryview(array('B', [1, 2, 3]))
print(m.tobytes(), bytes(m), len(m))
b = array('B')
b.frombytes(b'\x01\x02\x03')
print(b)
h = array('h')
h.frombytes(bytes(array('h', [7, -7])))
print(h)
d = array('d', [2.5])
e = array('d')
e.frombytes(d.tobytes())
print(e)
b.frombytes(bytes(b))
print(b)
print(b'\x01\x02' in bytes(b), bytes(array('B', [65, 66])).decode())
try:
    array('h').frombytes(b'\x01\x02\x03')
except ValueError as e:
    print('ValueError', e)
try:
    array('h').frombytes([1, 2])
except TypeError:
    print('TypeError')
