# Bytes-like str: chr() takes 0..255 and gives the one-byte str holding that byte; ord() gives the byte back.
print(repr(chr(0)), repr(chr(65)), repr(chr(127)), repr(chr(128)), repr(chr(233)), repr(chr(255)))
print(len(chr(255)), len(chr(200)), chr(97) == 'a')
print(all(ord(chr(i)) == i for i in range(256)))
print(ord('a'), ord('\xe9'), ord('\xff'), ord('é'[0]), ord('é'[1]), ord('€'[2]))
for bad in (256, 0x10FFFF, -1, 1 << 40):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ('é', 'ab', ''):
    try:
        ord(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    chr('a')
except TypeError:
    print('TypeError chr')
print(ord(chr(0xe9) + ''), chr(0xc3) + chr(0xa9) == 'é')
