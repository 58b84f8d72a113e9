# Bytes-like str literals: source text is UTF-8 bytes; \xNN and octal escapes are bytes; \u and \U are UTF-8.
print(len('é'), len('\xe9'), len('\u00e9'), len('\u20ac'), len('\U0001F600'))
print('\u00e9' == 'é', '\u00e9' == '\xc3\xa9', '\xe9' == 'é', '\xe9' == chr(0xe9))
print('\u20ac', '\U0001F600', '\u00e9t\u00e9')
print(len('\351'), '\351' == '\xe9', len('\777'), '\777' == '\u01ff', '\101\x41\u0041')
print(len(r'\xe9'), r'\u00e9', len(b'\xe9'), b'\u00e9')
print(len('caf\u00e9 \u2014 ok'), 'caf\u00e9 \u2014 ok')
print('\x00' + 'a' == chr(0) + 'a', len('\0'), len('\x7f\x80'))
s = 'ab\
cd'
print(s, len("""é
"""))
e = '\xe9'
print(f'{"é"}|{e == chr(233)}|{len("€")}|\xe9' == 'é|True|3|' + chr(233))
