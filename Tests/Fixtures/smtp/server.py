"""A real SMTP server for the notify tests: aiosmtpd (PyPI; the asyncio successor of Python's own smtpd, used by
the projects that test mail), with STARTTLS required and AUTH LOGIN/PLAIN over it when given a certificate and
a user, storing each message it accepts as a file of its own.

    python3 server.py --port N --store DIR [--cert C --key K --user U --password P] [--refuse TEXT] [--stop-after N]

--refuse answers 550 to any recipient whose address contains TEXT; --stop-after makes the server go away in the
middle of a run: once it has accepted N messages it answers the next one 421 (shutting down) and ends. Prints
"ready" once it listens.
"""
import argparse, asyncio, os, ssl, sys, time, uuid

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--store", required=True)
parser.add_argument("--cert")
parser.add_argument("--key")
parser.add_argument("--user")
parser.add_argument("--password")
parser.add_argument("--refuse")
parser.add_argument("--stop-after", type=int)
args = parser.parse_args()
os.makedirs(args.store, exist_ok=True)


class Store:
    accepted = 0

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if args.stop_after is not None and Store.accepted >= args.stop_after:
            asyncio.get_running_loop().call_later(0.1, os._exit, 0)
            return "421 4.3.2 Service shutting down"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if args.refuse and args.refuse in address:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        name = "%d-%s" % (time.time_ns(), uuid.uuid4().hex[:8])
        path = os.path.join(args.store, name)
        with open(path + ".tmp", "wb") as f:
            f.write(("X-Envelope-From: %s\r\nX-Envelope-To: %s\r\n" % (envelope.mail_from, ",".join(envelope.rcpt_tos))).encode())
            f.write(envelope.original_content)
        os.rename(path + ".tmp", path + ".eml")
        Store.accepted += 1
        return "250 Message accepted for delivery"


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user and auth_data.password.decode() == args.password
    return AuthResult(success=ok)


options = {}
if args.cert:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
    options.update(tls_context=context, require_starttls=True)
if args.user:
    options.update(authenticator=authenticate, auth_required=True, auth_require_tls=True)
controller = Controller(Store(), hostname="127.0.0.1", port=args.port, **options)
controller.start()
print("ready", flush=True)
try:
    while True:
        time.sleep(3600)
except KeyboardInterrupt:
    controller.stop()
