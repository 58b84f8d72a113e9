# asyncio.StreamReader/StreamWriter over io.BytesIO: MicroPython's Stream wrapper (CPython has no such API: .exp)
import asyncio
import io


async def main():
    source = io.BytesIO(b"first line\nsecond line\nrest")
    reader = asyncio.StreamReader(source)
    print(await reader.readline())
    print(await reader.read(6))
    print(await reader.read())
    print(await reader.read())
    sink = io.BytesIO()
    writer = asyncio.StreamWriter(sink)
    writer.write(b"hello ")
    await writer.drain()
    await writer.awrite(b"world")
    print(sink.getvalue())
    writer.close()
    await writer.wait_closed()
    try:
        sink.getvalue()
    except ValueError:
        print("closed")
    print(asyncio.Stream is asyncio.StreamReader)


asyncio.run(main())
