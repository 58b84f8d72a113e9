# Deeply nested functions, each level using names from every enclosing level.
def l1(a):
    def l2(b):
        def l3(c):
            def l4(d):
                def l5(e):
                    return a + b + c + d + e
                return l5
            return l4
        return l3
    return l2
print(l1(1)(10)(100)(1000)(10000))
def counter_factory():
    def make(start):
        count = start
        def step(by=1):
            nonlocal count
            count += by
            return count
        return step
    return make
s = counter_factory()(5)
print(s(), s(10), s())
