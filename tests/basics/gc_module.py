# The gc module.
import gc
print(gc.collect())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
data = [list(range(10)) for _ in range(100)]
gc.enable()
print(gc.isenabled())
free, alloc = gc.mem_free(), gc.mem_alloc()
print(free > 0, alloc > 0, type(free).__name__)
del data
gc.collect()
print(gc.mem_alloc() < alloc, gc.mem_free() > free)
print(gc.threshold())
gc.threshold(4096)
print(gc.threshold())
junk = [str(i) for i in range(2000)]
gc.threshold(-1)
print(gc.threshold())
