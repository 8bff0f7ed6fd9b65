"""Reads back the messages the test SMTP server stored, with Python's standard e-mail library (the parser mail
programs' own tests hold to), as JSON: envelope recipient, decoded headers, and both parts' text.

Names in From/To are decoded with `email.header.decode_header`, which follows RFC 2047 section 6.2 (white space
between adjacent encoded words is dropped, as mail programs and phones do); the newer parser of
`email.policy.default` puts a space there in address headers, and so splits a Thai name that a long encoded
word had to divide (it does so to the headers Python writes itself)."""
import email, email.header, email.policy, json, os, sys

store = sys.argv[1]
messages = []
for name in sorted(os.listdir(store)):
    if not name.endswith(".eml"):
        continue
    with open(os.path.join(store, name), "rb") as f:
        data = f.read()
    message = email.message_from_bytes(data, policy=email.policy.default)
    raw = email.message_from_bytes(data)
    def address(header):
        return str(email.header.make_header(email.header.decode_header(raw[header])))
    plain, html = message.get_body(("plain",)), message.get_body(("html",))
    messages.append({
        "envelope_to": message["X-Envelope-To"],
        "from": address("From"),
        "to": address("To"),
        "subject": str(message["Subject"]),
        "date": str(message["Date"]),
        "date_parsed": message["Date"].datetime.isoformat() if message["Date"] is not None else None,
        "message_id": message["Message-ID"],
        "in_reply_to": message["In-Reply-To"],
        "references": message["References"],
        "content_type": message.get_content_type(),
        "text": plain.get_content() if plain is not None else None,
        "html": html.get_content() if html is not None else None,
        "defects": [str(d) for d in message.defects] + ([str(d) for d in plain.defects] if plain is not None else []),
    })
json.dump(messages, sys.stdout, ensure_ascii=False)
