# Files the program never closes are closed when they are collected: opening far more files than a process may
# keep open (usually 1024) works as long as the old ones are garbage.
import _scratch

d = _scratch.make_dir('leak')
p = d + '/f.txt'
with open(p, 'w') as f:
    f.write('data')
total = 0
for i in range(3000):
    total += len(open(p).read())
    garbage = [str(i)] * 2000  # keeps the collector busy
print(total)
_scratch.remove_tree(d)
