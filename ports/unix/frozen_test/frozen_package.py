# A frozen package: its __init__ (with a relative import of a submodule), a submodule with relative imports,
# __path__ under '.frozen', and a submodule that is not there.
import frozen_pkg

print(frozen_pkg.NAME, frozen_pkg.DOUBLED, frozen_pkg.__file__, frozen_pkg.__path__)
print(frozen_pkg.helper.__name__, frozen_pkg.helper.__file__, frozen_pkg.helper.__package__)
import frozen_pkg.sub

print(frozen_pkg.sub.describe())
from frozen_pkg.sub import describe

print(describe is frozen_pkg.sub.describe)
from frozen_pkg import helper

print(helper.twice(4))
try:
    import frozen_pkg.missing
except ImportError as e:
    print(type(e).__name__, e)
