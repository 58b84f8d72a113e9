# A user exception class defined in the main program is shown by its bare name.
# expect: stderr-last-line
class ConfigError(Exception):
    pass
print("loading config")
raise ConfigError("port must be positive")
