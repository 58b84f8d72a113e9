# os: mkdir, listdir, rename, stat, remove, rmdir, getcwd, chdir, and the errors they raise.
import errno
import os
import _scratch

d = _scratch.make_dir('os')
print(os.listdir(d))
os.mkdir(d + '/sub')
for name in ('b.txt', 'a.txt'):
    with open(d + '/' + name, 'w') as f:
        f.write(name * 3)
print(sorted(os.listdir(d)))
st = os.stat(d + '/a.txt')
print(len(st), st[6], st[0] & 0o170000 == 0o100000)
print(os.stat(d + '/sub')[0] & 0o170000 == 0o040000)
os.rename(d + '/a.txt', d + '/sub/c.txt')
print(sorted(os.listdir(d)), os.listdir(d + '/sub'))
with open(d + '/sub/c.txt') as f:
    print(f.read())

for call, args, code in (
    (os.mkdir, (d + '/sub',), errno.EEXIST),
    (os.rmdir, (d + '/sub',), errno.ENOTEMPTY),
    (os.remove, (d + '/nothing',), errno.ENOENT),
    (os.stat, (d + '/nothing',), errno.ENOENT),
    (os.listdir, (d + '/nothing',), errno.ENOENT),
    (os.rmdir, (d + '/b.txt',), errno.ENOTDIR),
    (os.rename, (d + '/nothing', d + '/x'), errno.ENOENT),
):
    try:
        call(*args)
    except OSError as e:
        print(call.__name__, type(e).__name__, e.errno == code, errno.errorcode[e.errno])

here = os.getcwd()
os.chdir(d)
print(os.getcwd() == d or os.getcwd().endswith(d), sorted(os.listdir()))
os.chdir(here)
print(os.getcwd() == here, os.sep)
os.remove(d + '/sub/c.txt')
os.rmdir(d + '/sub')
os.remove(d + '/b.txt')
print(os.listdir(d))
os.rmdir(d)
print(os.getenv('MICA_SURELY_UNSET_VARIABLE'), os.getenv('MICA_SURELY_UNSET_VARIABLE', 'fallback'))
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
