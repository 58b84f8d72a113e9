# Bytes-like str in text streams: read(n) and write() count bytes, and any bytes can be read as str.
import io
f = io.StringIO('héllo')
print(repr(f.read(2)), repr(f.read(1)), repr(f.read()))
out = io.StringIO()
print(out.write('é€'), out.write(chr(0xff)), len(out.getvalue()), repr(out.getvalue()))
b = io.BytesIO(b'\xff\xfe\n')
print(repr(b.read()))
import sys
print(sys.stdout.write('é\n'))
