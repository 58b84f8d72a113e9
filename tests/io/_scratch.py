# Helper (not a test): a fresh scratch folder per program, under the test's temporary folder when the runner has
# one (Bazel's TEST_TMPDIR), else the system's. Only os functions both CPython and Mica have.
import os


def make_dir(tag):
    base = os.getenv('TEST_TMPDIR') or os.getenv('TMPDIR') or '/tmp'
    path = base + '/mica_io_' + tag + '_' + os.urandom(6).hex()
    os.mkdir(path)
    return path


def remove_tree(path):
    for name in os.listdir(path):
        child = path + '/' + name
        if os.stat(child)[0] & 0o170000 == 0o040000:
            remove_tree(child)
        else:
            os.remove(child)
    os.rmdir(path)
