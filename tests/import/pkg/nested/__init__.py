# Helper subpackage (not a test).
from .deep import deep_value
