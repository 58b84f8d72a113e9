"""A small sensor-logging module: the kind of code a board runs, used to measure the front end.

It touches most of the grammar on purpose: classes, decorators, comprehensions, f-strings, exceptions,
generators, async code and the usual statements.
"""

import time
import struct as _struct
from collections import OrderedDict, namedtuple
from . import config
from .drivers.i2c import (I2C,
                          I2CError as BusError,)

__all__ = ["Sensor", "Logger", "average", "main"]

_DEFAULT_RATE = 10  # Hz
_MAX_SAMPLES = 0x100
_SCALE = 1.5e-3
_MASK = 0b1111_0000
_FLAGS = 0o755

Reading = namedtuple("Reading", ("time", "value", "unit"))


class SensorError(Exception):
    """Raised when a sensor misbehaves."""

    def __init__(self, name, code=-1):
        super().__init__(f"sensor {name!r} failed with code {code:#x}")
        self.name = name
        self.code = code


def retry(times=3, *, delay=0.01):
    def decorate(function):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(times):
                try:
                    return function(*args, **kwargs)
                except BusError as error:
                    last = error
                    time.sleep(delay * 2 ** attempt)
            raise SensorError(function.__name__) from last

        return wrapper

    return decorate


class Sensor:
    """One I2C sensor with a calibration table."""

    unit: str = "C"
    count = 0

    def __init__(self, bus: I2C, address: int = 0x48, /, name=None, **options) -> None:
        self.bus = bus
        self.address = address
        self.name = name or f"sensor@{address:02x}"
        self.calibration = options.get("calibration", [(0, 0.0), (4095, 100.0)])
        self._buffer = bytearray(2)
        Sensor.count += 1

    @property
    def label(self):
        return "%s (%s)" % (self.name, self.unit)

    @retry(times=5)
    def read_raw(self):
        self.bus.readfrom_mem_into(self.address, 0x00, self._buffer)
        high, low = self._buffer[0], self._buffer[1]
        return (high << 8 | low) >> 4

    def convert(self, raw):
        (x0, y0), (x1, y1) = self.calibration[0], self.calibration[-1]
        if not x0 <= raw <= x1:
            raise ValueError(f"raw value {raw} out of range [{x0}, {x1}]")
        return y0 + (raw - x0) * (y1 - y0) / (x1 - x0)

    def read(self):
        raw = self.read_raw()
        return Reading(time.ticks_ms(), self.convert(raw), self.unit)

    def __repr__(self):
        return f"<Sensor {self.name=} at {self.address:#04x}>"


def average(values, *, weights=None):
    if not values:
        return None
    if weights is None:
        return sum(values) / len(values)
    total = sum(w * v for w, v in zip(weights, values))
    return total / sum(weights)


def moving(values, window=4):
    """Yield the moving average of a sequence."""
    buffer = []
    for value in values:
        buffer.append(value)
        if len(buffer) > window:
            del buffer[0]
        yield average(buffer)


def parse_line(line):
    key, _, value = line.partition("=")
    key = key.strip().lower()
    if not key or key.startswith("#"):
        return None
    try:
        number = int(value, 0)
    except ValueError:
        try:
            number = float(value)
        except ValueError:
            number = value.strip().strip('"\'')
    return key, number


class Logger:
    def __init__(self, sensors, rate=_DEFAULT_RATE, path="log.csv"):
        self.sensors = list(sensors)
        self.rate = rate
        self.path = path
        self.samples = OrderedDict()
        self.running = False
        self.stats = {s.name: {"min": None, "max": None, "n": 0} for s in self.sensors}

    def record(self, sensor, reading):
        stats = self.stats[sensor.name]
        stats["n"] += 1
        if stats["min"] is None or reading.value < stats["min"]:
            stats["min"] = reading.value
        if stats["max"] is None or reading.value > stats["max"]:
            stats["max"] = reading.value
        samples = self.samples.setdefault(sensor.name, [])
        samples.append(reading)
        while len(samples) > _MAX_SAMPLES:
            samples.pop(0)
        else:
            pass

    def sample_once(self):
        for sensor in self.sensors:
            try:
                self.record(sensor, sensor.read())
            except SensorError as error:
                print("skip", sensor.label, error.code, sep=": ")
                continue
            except (OSError, ValueError):
                break
            finally:
                self.flush_if_needed()

    def flush_if_needed(self):
        if sum(len(s) for s in self.samples.values()) < _MAX_SAMPLES // 2:
            return
        with open(self.path, "a") as out, Lock() as _:
            for name, readings in self.samples.items():
                rows = [f"{r.time},{name},{r.value:.3f},{r.unit}\n" for r in readings if r.value is not None]
                out.write("".join(rows))
        self.samples.clear()

    async def run(self, seconds):
        global _DEFAULT_RATE
        self.running = True
        deadline = time.ticks_add(time.ticks_ms(), int(seconds * 1000))
        while self.running and time.ticks_diff(deadline, time.ticks_ms()) > 0:
            self.sample_once()
            await sleep_ms(1000 // self.rate)
        self.running = False
        return {name: average([r.value for r in rs]) for name, rs in self.samples.items()}

    def summary(self):
        lines = []
        for name, stats in sorted(self.stats.items(), key=lambda item: item[0]):
            lo, hi, n = stats["min"], stats["max"], stats["n"]
            lines.append(f"{name:<12} n={n:>5} min={lo if lo is not None else '-'} max={hi!s:>8}")
        return "\n".join(lines)


class Lock:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


async def sleep_ms(ms):
    await time.sleep_ms(ms) if hasattr(time, "sleep_ms") else None


def pack_readings(readings, fmt="<If"):
    size = _struct.calcsize(fmt)
    data = bytearray(size * len(readings))
    for i, (t, value, *_rest) in enumerate(readings):
        _struct.pack_into(fmt, data, i * size, t & 0xFFFFFFFF, value)
    return bytes(data)


def main(argv=None):
    argv = argv if argv is not None else []
    bus = I2C(0, freq=400_000)
    sensors = [Sensor(bus, address, name=f"t{index}") for index, address in enumerate((0x48, 0x49))]
    logger = Logger(sensors, rate=config.RATE if hasattr(config, "RATE") else _DEFAULT_RATE)
    assert logger.rate > 0, "rate must be positive"
    total = 0
    for _ in range(3):
        logger.sample_once()
        total += len(logger.samples)
    print(logger.summary(), total, sep="\n")
    return 0 if total else 1


if __name__ == "__main__":
    import sys
    raise SystemExit(main(sys.argv[1:]))
