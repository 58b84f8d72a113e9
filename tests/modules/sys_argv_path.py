# sys.argv holds the script path first; sys.path is a list of str starting with the script's folder, and
# appending to it changes where import looks.
import sys

print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_argv_path.py"))
print(type(sys.path).__name__, all(type(p) is str for p in sys.path))
print(sys.path[0].endswith("modules"))
try:
    import _not_on_the_path_yet
except ImportError as e:
    print(type(e).__name__)
sys.path.append(sys.path[0] + "/_extra_dir")
import _not_on_the_path_yet
print(_not_on_the_path_yet.WHERE)
sys.path.pop()
