#!/usr/bin/env python3
"""A tiny SMTP server for bench/faults.sh: accepts every mail and writes it to a directory.

Usage: smtp-catcher.py PORT DIRECTORY
Each mail is written as DIRECTORY/<n>.eml, its first line "X-Envelope-To: <recipients>".
"""
import os
import socketserver
import sys
import threading

PORT, DIRECTORY = int(sys.argv[1]), sys.argv[2]
os.makedirs(DIRECTORY, exist_ok=True)
counter = [len(os.listdir(DIRECTORY))]
lock = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 smtp-catcher ready")
        recipients = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            command = raw.decode(errors="replace").strip()
            verb = command[:4].upper()
            if verb == "EHLO":
                self.wfile.write(b"250-smtp-catcher\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
                self.wfile.flush()
            elif verb == "HELO":
                self.reply("250 smtp-catcher")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    line = self.rfile.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    lines.append(line[1:] if line.startswith(b"..") else line)
                with lock:
                    counter[0] += 1
                    path = os.path.join(DIRECTORY, f"{counter[0]:06d}.eml")
                with open(path + ".part", "wb") as out:
                    out.write(("X-Envelope-To: " + ",".join(recipients) + "\r\n").encode())
                    out.writelines(lines)
                os.rename(path + ".part", path)
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:  # RSET, NOOP and the rest
                self.reply("250 OK")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


Server(("127.0.0.1", PORT), Session).serve_forever()
