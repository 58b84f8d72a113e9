#!/usr/bin/env python3
"""Turns a board's firmware ELF into what flashing tools take, and reports its size.

    firmware_image.py ELF --bin OUT.bin --dfu OUT.dfu --size OUT.txt [--vid 0x0483 --pid 0xdf11]

- .bin: the bytes of every loadable segment, placed at their load (physical) addresses, from the lowest one;
  gaps are 0xff (erased flash). Same as `objcopy -O binary`.
- .dfu: the DfuSe format ST's bootloader and `dfu-util` expect (ST UM0391): a "DfuSe" prefix, one target
  ("ST...") holding one element (the .bin at its address), and the DFU suffix with its CRC-32.
- size report: text (code and constants in flash), data (initialised RAM, also stored in flash), bss (zeroed
  RAM), like Berkeley `size`, plus flash and RAM totals. It is also printed, so the build output shows it.
"""
import argparse
import struct
import sys
import zlib

PT_LOAD = 1
SHF_WRITE = 0x1
SHF_ALLOC = 0x2
SHF_EXECINSTR = 0x4
SHT_NOBITS = 8


def read_elf(data):
    if data[:4] != b"\x7fELF" or data[4] != 1 or data[5] != 1:
        raise SystemExit("firmware_image: not a 32-bit little-endian ELF")
    (e_phoff, e_shoff, _flags, _ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum) = struct.unpack_from(
        "<IIIHHHHH", data, 28)
    segments = []
    for i in range(e_phnum):
        p_type, p_offset, _vaddr, p_paddr, p_filesz, _memsz, _flags, _align = struct.unpack_from(
            "<IIIIIIII", data, e_phoff + i * e_phentsize)
        if p_type == PT_LOAD and p_filesz > 0:
            segments.append((p_paddr, data[p_offset:p_offset + p_filesz]))
    sections = []
    for i in range(e_shnum):
        (_name, sh_type, sh_flags, _addr, _offset, sh_size) = struct.unpack_from(
            "<IIIIII", data, e_shoff + i * e_shentsize)
        sections.append((sh_type, sh_flags, sh_size))
    return segments, sections


def flat_image(segments):
    start = min(address for address, _ in segments)
    end = max(address + len(body) for address, body in segments)
    image = bytearray(b"\xff" * (end - start))
    for address, body in segments:
        image[address - start:address - start + len(body)] = body
    return start, bytes(image)


def dfuse(address, image, vid, pid):
    element = struct.pack("<II", address, len(image)) + image
    target_name = b"ST..."
    target = struct.pack("<6sBI255sII", b"Target", 0, 1, target_name, len(element), 1) + element
    body_size = 11 + len(target)
    body = struct.pack("<5sBIB", b"DfuSe", 1, body_size, 1) + target
    suffix = struct.pack("<HHHH3sB", 0xFFFF, pid, vid, 0x011A, b"UFD", 16)
    content = body + suffix
    crc = zlib.crc32(content) ^ 0xFFFFFFFF  # DFU's CRC is the CRC-32 without the final inversion
    return content + struct.pack("<I", crc)


def sizes(sections):
    text = data = bss = 0
    for sh_type, sh_flags, sh_size in sections:
        if not sh_flags & SHF_ALLOC:
            continue
        if sh_type == SHT_NOBITS:
            bss += sh_size
        elif sh_flags & SHF_WRITE:
            data += sh_size
        else:
            text += sh_size
    return text, data, bss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("elf")
    parser.add_argument("--bin", required=True)
    parser.add_argument("--dfu", required=True)
    parser.add_argument("--size", required=True)
    parser.add_argument("--name", default="firmware")
    parser.add_argument("--vid", type=lambda s: int(s, 0), default=0x0483)
    parser.add_argument("--pid", type=lambda s: int(s, 0), default=0xDF11)
    args = parser.parse_args()
    with open(args.elf, "rb") as f:
        elf = f.read()
    segments, sections = read_elf(elf)
    address, image = flat_image(segments)
    with open(args.bin, "wb") as f:
        f.write(image)
    with open(args.dfu, "wb") as f:
        f.write(dfuse(address, image, args.vid, args.pid))
    text, data, bss = sizes(sections)
    report = ("%s: text %d, data %d, bss %d (flash %d bytes = %.1f KiB, static RAM %d bytes); "
              "image at 0x%08x\n" % (args.name, text, data, bss, text + data, (text + data) / 1024.0,
                                      data + bss, address))
    with open(args.size, "w") as f:
        f.write(report)
    sys.stderr.write(report)


if __name__ == "__main__":
    main()
