# Text files: write/read round trip (UTF-8), append, readline/readlines, iteration over lines, `with`.
import _scratch

d = _scratch.make_dir('text')
p = d + '/t.txt'
with open(p, 'w') as f:
    print(f.write('first line\n'), f.write('zweite Zeile: grün\n'), f.write('no newline at end'))
    print(f.closed)
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p, 'a') as f:
    f.write('\nappended\n')
with open(p, 'r') as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(p, 'rt', encoding='utf-8') as f:
    for number, line in enumerate(f):
        print(number, repr(line))
with open(p) as f:
    print(repr(f.read(5)), repr(f.read(16)), repr(f.read(4)))
with open(p, 'w') as f:
    f.write('')
with open(p) as f:
    print(repr(f.read()), f.readlines())
_scratch.remove_tree(d)
