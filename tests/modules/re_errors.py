# re: malformed patterns raise re.error (an Exception subclass), bad replacement templates, non-str arguments
import re

print(issubclass(re.error, Exception))
for bad in ['(', ')', 'a)', '*', '+a', 'a**', 'a{1}{2}', '[a', '[b-a]', 'a{2,1}', r'\q', r'(\2)', '(?P<n>a)(?P=m)', '\\']:
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error as e:
        print(type(e).__name__, e)
for template in [r'\3', r'\g<x>', r'\g<1']:
    try:
        re.sub('(a)', template, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__)
for call in [lambda: re.match('a', 5), lambda: re.sub('a', 5, 'a'), lambda: re.match('(a)', 'a').group(2)]:
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__)
print(re.match('a{', 'a{'), re.match('a{x}', 'a{x}'), re.match('{', '{'))
print(re.match(r'\x41\u00e9\n', 'A\u00e9\n'), re.match(r'[\x41-\x43]+', 'ABCD'), re.match(r'\.\*', '.*'))
print(re.match(r'(a?)+?b', 'aab').groups(), re.match(r'(a|b)*?c', 'abc').group(1), re.match('x??', 'x').span())
print(re.sub('', '-', 'abc'), re.split('', 'ab'), re.findall('', 'ab'))
