# Helper for sys_argv_path.py: importable only once its folder is on sys.path.
WHERE = "extra"
