# Bytes-like str: encode() and decode() copy the bytes ('utf-8' does not validate); 'ascii' still checks.
s = 'héllo ' + chr(0xff)
print(s.encode(), s.encode('utf-8'), s.encode('latin-1'), len(s.encode()) == len(s))
print(repr(b'h\xc3\xa9'.decode()), repr(b'\xff\xfe'.decode()), repr(b'\xc3'.decode('utf-8')))
print(repr(b'\xe9'.decode('latin-1')), b'\xe9'.decode('latin-1') == chr(0xe9), len(b'\xed\xa0\x80'.decode()))
print(repr(str(b'caf\xc3\xa9', 'utf-8')), repr(str(bytearray(b'\xff'), 'utf-8')), bytes('é', 'utf-8'))
print(repr(b'a\x80b'.decode('ascii', 'replace')), repr(b'a\x80b'.decode('ascii', 'ignore')))
print('aéb'.encode('ascii', 'replace'), 'aéb'.encode('ascii', 'ignore'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
try:
    b'\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    'x'.encode('utf-16')
except LookupError as e:
    print('LookupError', e)
print(bytes(s, 'utf-8').decode() == s, chr(0xff).encode()[0], list('€'.encode()))
