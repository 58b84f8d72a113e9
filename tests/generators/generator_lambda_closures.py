# Generators closing over variables and lambdas closing over generators.
def make_gen(step):
    def gen(n):
        i = 0
        while i < n:
            yield i
            i += step
    return gen
by2 = make_gen(2)
by5 = make_gen(5)
print(list(by2(7)), list(by5(16)))
counter = 0
def watched():
    global counter
    for i in range(3):
        counter += 1
        yield i
w = watched()
print(counter, next(w), counter, list(w), counter)
gens = [(lambda k: (k * i for i in range(3)))(k) for k in (1, 10)]
print([list(g) for g in gens])
