# Bytes-like str: maketrans/translate map bytes (0..255), so a UTF-8 letter's bytes are mapped one by one.
t = str.maketrans('ab', 'xy')
print(sorted(t.items()), 'abc'.translate(t))
t2 = str.maketrans({'a': '1', 'b': None, 0xe9: 0x45})
print(sorted(t2.items(), key=lambda kv: kv[0]), 'abc\xe9'.translate(t2))
print(repr('é'.translate({0xc3: None})), repr('é'.translate({0xa9: 'e', 0xc3: ''})), 'é'.translate({}) == 'é')
print(repr('aé'.translate(str.maketrans('', '', '\xc3\xa9'))), len(str.maketrans('é', 'ab')))
for args in (({'é': 1},), ('é', 'a')):
    try:
        str.maketrans(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    'a'.translate({97: 256})
except ValueError as e:
    print('ValueError', e)
print(repr('a'.translate({97: 255})), 'a'.translate({97: 'é'}))
