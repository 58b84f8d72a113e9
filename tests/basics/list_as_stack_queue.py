# Typical list idioms: stack, queue via pop(0), in-place reversing, enumerate.
stack = [1]
for i in range(2, 6):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
data = [4, 8, 15, 16, 23, 42]
lo, hi = 0, len(data) - 1
while lo < hi:
    data[lo], data[hi] = data[hi], data[lo]
    lo += 1
    hi -= 1
print(data)
for i, v in enumerate(data, 1):
    if v % 2:
        print("odd at", i, v)
print(list(reversed(data)), data.index(42))
