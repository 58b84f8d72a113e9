# Bytes-like str methods on UTF-8 text: byte positions, ASCII case mapping, ASCII-only whitespace and line breaks.
s = 'crème brûlée'
print(len(s), s.find('b'), s.index('brû'), s.rfind('é'), s.count('è'), s.count('\xc3'), s.find('e', 4))
print(s.split(), s.split('è'), s.partition('û'), s.rpartition('é'))
print(s.replace('é', 'e'), s.replace('', '|', 3) == '|c|r|\xc3ème brûlée', s.startswith('cr\xc3'), s.endswith('e'))
print(s.upper(), s.title(), 'ÉCOLE'.lower(), 'straße'.title(), 'ärger'.capitalize(), 'éa'.swapcase())
print('é'.isalpha(), 'é'.isalnum(), 'é'.isspace(), 'é'.isprintable(), 'é'.isidentifier(), 'éa'.islower(), 'é'.isascii())
print('\xa0'.isspace(), ' \t\x1c'.isspace(), 'a\xa0b'.split(), 'a\u3000b'.split(), 'a\u00a0b'.split('\xa0'))
print('a\u2028b\nc\x0bd'.splitlines(), 'x\u0085y'.splitlines(), 'p\rq\r\nr'.splitlines(True))
print(repr('\xa0é\xa0'.strip()), repr('ééaéé'.strip('é')), repr('éa\xa9'.strip('\xa9')), repr(' é '.strip()))
print(repr('aé'.rstrip('\xa9')), repr('aé'.lstrip('a\xc3')), 'é-é'.split('-'), '/'.join(['é', '€']))
print('\té\tx'.expandtabs(4).replace(' ', '.'), 'é'.removeprefix('\xc3') == '\xa9', 'é'.removesuffix('\xa9') == '\xc3')
print('aéb' < 'aeb', 'é' > 'z', sorted(['é', 'e', 'z', 'ü']), 'ü' in 'Müller', 'Müller'.find('l'))
