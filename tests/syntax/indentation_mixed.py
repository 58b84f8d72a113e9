# Indentation with different widths in different blocks is allowed.
def f(x):
  if x > 0:
          return "pos"
  else:
   return "non-pos"
class C:
        def m(self):
            for i in range(2):
             if i:
                        print("deep", i)
            return 1
print(f(1), f(-1), C().m())
if True:
    pass
    # a comment at a different indentation
        # another one
    print("after comments")
while False:
	pass
print("tab-indented block parsed")
