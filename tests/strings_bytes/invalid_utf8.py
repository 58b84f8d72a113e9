# Bytes-like str: strs that are not valid UTF-8 (chr(0xff), cut sequences) work everywhere without crashing.
bad = chr(0xff) + 'é'[0] + 'x' + '€'[1:]
print(len(bad), repr(bad), ascii(bad), repr(bad[::-1]), bad.encode())
print(bad.upper() == bad.upper(), repr(bad.upper()), repr(bad.strip()), bad.split(), repr(bad.title()))
print(hash(bad) == hash(chr(0xff) + '\xc3x\x82\xac'), {bad: 1}[chr(255) + '\xc3x\x82\xac'])
print(repr(bad.replace('x', 'é')), bad.find('x'), bad.count('\x82'), repr(bad.center(9, '*')))
print(repr('%s|%5s|%-7r' % (bad[:1], bad[1], bad[2:3])), repr('{}'.format(bad)), repr(f'{bad!r:>14}'))
print([ord(c) for c in bad], repr(''.join(sorted(bad))), repr(bad * 2)[:10])
cut = 'é€😀'[1:8]
print(len(cut), repr(cut), repr(cut.split('\x82')), repr(cut.splitlines()), cut.isprintable(), cut.isspace())
print(repr(str(cut)), repr(cut.encode('latin-1')), repr(cut.expandtabs()), repr(cut.zfill(9)))
print(repr(cut.translate({0xa9: None, 0x98: 'X'})), repr(cut.swapcase()), cut.isidentifier())
import json, re
print(json.dumps(bad), json.dumps(cut), json.loads(json.dumps(chr(0xff))) == chr(0xff))
print(re.findall('.', '\xff\xc3'), re.search('x+', bad).span(), re.sub('\xff', '!', bad) == '!\xc3x\x82\xac')
print(int('12'), float('1.5'), repr(str(b'\xff\xfe', 'utf-8')), repr(bytes.fromhex('ff').decode()))
