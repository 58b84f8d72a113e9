# Bytes-like str: iteration gives one-byte strs, so a UTF-8 letter comes out as its bytes.
s = 'aé€'
print(len(list(s)), [repr(c) for c in s])
print([ord(c) for c in s])
print([len(c) for c in 'xé'], list(enumerate('é')))
print([repr(c) for c in reversed('aé')])
print('é' in s, '\xc3' in s, '\xa9' in s, '\xe2\x82' in s, 'e' in s)
print(''.join(c for c in s) == s, ''.join(reversed(s)) == s[::-1])
print(sorted('é'), repr(max('aé')), min('éa') == 'a')
print(tuple(map(len, 'ab')), any(ord(c) > 127 for c in s), all(ord(c) < 256 for c in s))
