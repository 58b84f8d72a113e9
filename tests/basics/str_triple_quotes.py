# Triple-quoted strings keep newlines and quotes.
a = """line one
line two
  indented "quoted" 'single'"""
print(a)
print(len(a.splitlines()))
b = '''x''' + '''"y"''' + """'z'"""
print(b)
c = """\
no leading newline\
"""
print(repr(c))
d = """ends with quote\""""
print(d)
e = r"""raw \n
kept"""
print(repr(e))
