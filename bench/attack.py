#!/usr/bin/env python3
"""Slow-client attack on the service, for bench/run.sh: loopback only, bounded in time and count.

    attack.py PORT SECONDS [TRICKLERS] [NON_READERS]

TRICKLERS (100) connections each send the headers of POST /api/v1/policy-evaluations with
Content-Length: 10000, then one byte a second; NON_READERS (100) connections each pipeline 400
GET /api/v1/appointment-types and never read an answer. A connection the server closes is opened
again, so the attack holds its full strength for SECONDS. Prints one summary line of JSON.
"""
import json
import socket
import sys
import threading
import time

HOST = "127.0.0.1"  # loopback only, by construction
PORT = int(sys.argv[1])
SECONDS = min(float(sys.argv[2]), 600.0)
TRICKLERS = int(sys.argv[3]) if len(sys.argv) > 3 else 100
NON_READERS = int(sys.argv[4]) if len(sys.argv) > 4 else 100
PIPELINED = 400
# Every worker opens at most this many connections: one per second would already be far more
# than the server's timeouts (10 s body, 5 s stalled write) let it need.
MAX_CONNECTIONS_PER_WORKER = int(SECONDS) + 1

END = time.monotonic() + SECONDS
lock = threading.Lock()
stats = {"trickle_connections": 0, "trickle_answered_408": 0, "trickle_other_answers": 0,
         "non_reader_connections": 0, "non_readers_closed_by_server": 0, "connect_errors": 0}


def count(key, n=1):
    with lock:
        stats[key] += n


def trickle():
    head = (b"POST /api/v1/policy-evaluations HTTP/1.1\r\nHost: localhost\r\n"
            b"Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n{")
    for _ in range(MAX_CONNECTIONS_PER_WORKER):
        if time.monotonic() >= END:
            return
        try:
            s = socket.create_connection((HOST, PORT), timeout=5)
        except OSError:
            count("connect_errors")
            time.sleep(1)
            continue
        count("trickle_connections")
        with s:
            s.settimeout(1.0)
            try:
                s.sendall(head)
                for _ in range(10000):  # never more bytes than announced
                    if time.monotonic() >= END:
                        return
                    try:
                        answer = s.recv(64)
                        # The server answered (or closed): count it and start over.
                        count("trickle_answered_408" if answer.startswith(b"HTTP/1.1 408") else "trickle_other_answers")
                        break
                    except socket.timeout:
                        s.sendall(b" ")
            except OSError:
                count("trickle_other_answers")


def never_read():
    request = b"GET /api/v1/appointment-types HTTP/1.1\r\nHost: localhost\r\n\r\n"
    for _ in range(MAX_CONNECTIONS_PER_WORKER):
        if time.monotonic() >= END:
            return
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        s.settimeout(1.0)
        try:
            s.connect((HOST, PORT))
        except OSError:
            count("connect_errors")
            s.close()
            time.sleep(1)
            continue
        count("non_reader_connections")
        with s:
            sent = 0
            try:
                # Send the pipelined requests as far as the server takes them, then keep sending
                # one more now and then: that fails once the server has closed the connection.
                while time.monotonic() < END:
                    if sent < PIPELINED:
                        try:
                            s.send(request)
                            sent += 1
                            continue
                        except socket.timeout:
                            pass
                    else:
                        time.sleep(1)
                        s.send(request[:1])
            except OSError:
                count("non_readers_closed_by_server")


threads = [threading.Thread(target=trickle, daemon=True) for _ in range(TRICKLERS)]
threads += [threading.Thread(target=never_read, daemon=True) for _ in range(NON_READERS)]
for t in threads:
    t.start()
for t in threads:
    t.join(timeout=max(0.0, END - time.monotonic()) + 15)
print(json.dumps(stats))
