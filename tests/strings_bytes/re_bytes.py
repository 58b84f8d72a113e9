# Bytes-like str in re: the matcher steps by byte, spans are byte positions, escapes name one byte.
import re
print(re.match('.', 'é').group() == '\xc3', re.match('..', 'é').group(), re.match('é+', 'ééx').span())
print(re.search('x', 'ééx').span(), re.findall('[\xc3\xa9]', 'é'), re.split('é', 'aébéc'))
print(re.match(r'\xe9', chr(0xe9)) is not None, re.match(r'\u00e9', chr(0xe9)) is not None, re.match(r'\xc3\xa9', 'é').span())
print(re.sub('é', 'e', 'crème brûlée'), re.match(r'\w+', 'été').group(), re.match(r'\s', '\xa0'))
print(re.fullmatch('.{6}', '日本') is not None, re.search('本', '日本').start(), re.search('b', 'éb').span())
try:
    re.compile(r'\u20ac')
except Exception as e:
    print(type(e).__name__)
m = re.search('(€)(x)', 'a€x')
print(m.span(1), m.span(2), m.groups(), m.start(), m.end())
