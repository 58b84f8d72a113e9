# Bytes-like str: len(), indexing and slicing count bytes, so UTF-8 text is longer than its letters.
s = 'héllo'
print(len(s), len('é'), len('€'), len('😀'), len(''))
print(repr(s[0]), repr(s[1]), repr(s[2]), repr(s[-1]), repr(s[-5]))
print(s[0:3], len(s[0:3]), s[3:], repr(s[1:2]), repr(s[2:3]))
print(s[:1] + s[3:], s[1:3] == 'é', s[1:3] == '\xc3\xa9')
print(repr(s[::2]), repr(s[::-1]), repr(s[5:1:-2]))
try:
    s[6]
except IndexError as e:
    print('IndexError', e)
print(repr('aé'[-1]), repr('aé'[-2]), 'aé'[-3])
t = '日本'
print(len(t), [len(t[i:i + 3]) for i in range(0, len(t), 3)], t[0:3], t[3:6])
print(len('ab' * 3), len('é' * 3), ('é' * 3)[2:4])
