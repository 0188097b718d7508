#!/usr/bin/env python3
"""A mail sink for bench/cluster.sh: accepts every mail on 127.0.0.1:PORT and writes each to DIR, one file
per mail, its first line the recipient, so the driver can count what arrived twice."""
import asyncore
import os
import smtpd
import sys
import uuid
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)


class Sink(smtpd.SMTPServer):
    def __init__(self, port, directory):
        super().__init__(("127.0.0.1", port), None, decode_data=False)
        self.directory = directory

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        for rcpt in rcpttos:
            path = os.path.join(self.directory, uuid.uuid4().hex)
            with open(path + ".tmp", "wb") as f:
                f.write(rcpt.encode() + b"\n" + data)
            os.rename(path + ".tmp", path)
        return None


if __name__ == "__main__":
    Sink(int(sys.argv[1]), sys.argv[2])
    asyncore.loop()
