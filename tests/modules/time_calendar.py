# time.gmtime and time.mktime: the calendar (leap years, 1970, 2000, 2038 and later, before 1970). The first 8
# fields are the same in MicroPython's tuple and CPython's struct_time.
import time

moments = [0, 1, -1, 86399, 86400, -86400, 951782400, 978220800, 2**31 - 1, 2**31, 2**32, 4107542400,
           -2208988800, 253402300799, 1234567890, 1700000000]
for t in moments:
    print(t, tuple(time.gmtime(t)[:8]))
for t in moments[:12]:
    print(t, int(time.mktime(time.localtime(t))) == t)
print(tuple(time.gmtime(1.9)[:6]), tuple(time.gmtime(-1.5)[:6]))
print(time.gmtime()[0] >= 2024, len(time.localtime()) >= 8)
