# array.array bad input: bad type codes, out-of-range and wrongly typed values, bad indexes and operands
from array import array


def attempt(what, f):
    try:
        print(what, f())
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(what, type(e).__name__)


attempt('bad typecode', lambda: array('z'))
attempt('u typecode empty str', lambda: array('x', []))
attempt('int typecode', lambda: array(1))
attempt('long typecode', lambda: array('ii'))
attempt('str init', lambda: array('b', 'abc'))
attempt('b high', lambda: array('b', [128]))
attempt('b low', lambda: array('b', [-129]))
attempt('B low', lambda: array('B', [-1]))
attempt('B high', lambda: array('B', [256]))
attempt('h high', lambda: array('h', [2**15]))
attempt('H high', lambda: array('H', [2**16]))
attempt('i high', lambda: array('i', [2**31]))
attempt('I low', lambda: array('I', [-1]))
attempt('q high', lambda: array('q', [2**63]))
attempt('Q high', lambda: array('Q', [2**64]))
attempt('Q low', lambda: array('Q', [-1]))
attempt('float in int', lambda: array('i', [1.5]))
attempt('str in int', lambda: array('i', ['1']))
attempt('str in float', lambda: array('d', ['1']))
a = array('i', [1, 2])
attempt('index', lambda: a[2])
attempt('negative index', lambda: a[-3])
attempt('pop empty', lambda: array('i').pop())
attempt('pop index', lambda: a.pop(5))
attempt('remove', lambda: a.remove(9))
attempt('index missing', lambda: a.index(9))
attempt('extend other kind', lambda: a.extend(array('h', [1])))
attempt('add other kind', lambda: a + array('d'))
attempt('add list', lambda: a + [1])
attempt('slice list', lambda: a.__setitem__(slice(0, 1), [1]))
attempt('slice other kind', lambda: a.__setitem__(slice(0, 1), array('b', [1])))
attempt('extended slice size', lambda: a.__setitem__(slice(0, 2, 2), array('i', [1, 2])))
attempt('store high', lambda: a.__setitem__(0, 2**40))
attempt('hash', lambda: hash(a))
attempt('fromlist', lambda: a.fromlist((1,)))
b = array('b', [1])
attempt('fromlist partial', lambda: b.fromlist([2, 300]))
print(a, b)
try:
    array('b', [1000])
except OverflowError as e:
    print(e)
