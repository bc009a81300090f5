#!/usr/bin/env python3
"""A tiny SMTP server for the benchmarks: accepts every mail.

Usage: smtp-catcher.py PORT DIRECTORY
       smtp-catcher.py PORT --count FILE
With a directory (bench/faults.sh), each mail is written as DIRECTORY/<n>.eml, its first line
"X-Envelope-To: <recipients>". With --count (bench/run), mails are only counted: FILE holds two numbers, the mails
received and those of them to an address at visiteurs.example.org (the benchmark's visitors), rewritten twice a
second while they change. Either way "received: N mails" is printed when the catcher is stopped (SIGTERM or SIGINT).
One thread and asyncio: on the benchmark's two processors the catcher stands for a mail server on another
machine, so it should take as little of them as it can.
"""
import asyncio
import os
import signal
import sys

PORT = int(sys.argv[1])
KEEP = sys.argv[2] != "--count"
DIRECTORY = sys.argv[2] if KEEP else None
COUNT = None if KEEP else sys.argv[3]
if KEEP:
    os.makedirs(DIRECTORY, exist_ok=True)
# mails received, of which to visiteurs.example.org
received = [len(os.listdir(DIRECTORY)) if KEEP else 0, 0]


def keep(recipients, lines):
    received[0] += 1
    if any(r.lower().endswith("@visiteurs.example.org") for r in recipients):
        received[1] += 1
    if not KEEP:
        return
    path = os.path.join(DIRECTORY, f"{received[0]:06d}.eml")
    with open(path + ".part", "wb") as out:
        out.write(("X-Envelope-To: " + ",".join(recipients) + "\r\n").encode())
        out.writelines(lines)
    os.rename(path + ".part", path)


async def session(reader, writer):
    def reply(line):
        writer.write((line + "\r\n").encode())

    try:
        reply("220 smtp-catcher ready")
        recipients = []
        while True:
            await writer.drain()
            raw = await reader.readline()
            if not raw:
                return
            command = raw.decode(errors="replace").strip()
            verb = command[:4].upper()
            if verb == "EHLO":
                writer.write(b"250-smtp-catcher\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
            elif verb == "HELO":
                reply("250 smtp-catcher")
            elif verb == "MAIL":
                recipients = []
                reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip().strip("<>"))
                reply("250 OK")
            elif verb == "DATA":
                reply("354 End data with <CR><LF>.<CR><LF>")
                await writer.drain()
                lines = []
                while True:
                    line = await reader.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    if KEEP:
                        lines.append(line[1:] if line.startswith(b"..") else line)
                keep(recipients, lines)
                reply("250 OK queued")
            elif verb == "QUIT":
                reply("221 Bye")
                await writer.drain()
                return
            else:  # RSET, NOOP and the rest
                reply("250 OK")
    except ConnectionError:
        pass
    finally:
        writer.close()


async def write_count():
    written = None
    while True:
        if received != written:
            written = list(received)
            with open(COUNT + ".part", "w") as out:
                out.write(f"{written[0]} {written[1]}\n")
            os.rename(COUNT + ".part", COUNT)
        await asyncio.sleep(0.5)


async def main():
    if COUNT:
        asyncio.create_task(write_count())
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    server = await asyncio.start_server(session, "127.0.0.1", PORT, reuse_address=True, backlog=1024)
    async with server:
        await stop.wait()
    print(f"received: {received[0]} mails", flush=True)


asyncio.run(main())
