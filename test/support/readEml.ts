// Reads an .eml with Python's own `email` package (python3's standard library), a reader that shares no code
// with nodemailer, which the sandbox writes mail with.
import { execFileSync } from 'child_process';

export interface ParsedMail {
  subject: string;
  from: { name: string; address: string }[];
  to: string[];
  cc: string[];
  /** ISO 8601 in UTC. */
  date: string;
  text: string | null;
  html: string | null;
  /** Every leaf part's content type, in order. */
  parts: string[];
}

const SCRIPT = `
import email, email.policy, email.utils, json, sys
from datetime import timezone
with open(sys.argv[1], 'rb') as f:
    msg = email.message_from_binary_file(f, policy=email.policy.default)
def body(kind):
    part = msg.get_body(preferencelist=(kind,))
    return part.get_content() if part is not None and part.get_content_subtype() == kind else None
addresses = lambda header: [a for _, a in email.utils.getaddresses(msg.get_all(header, []))]
print(json.dumps({
    'subject': str(msg['subject']),
    'from': [{'name': n, 'address': a} for n, a in email.utils.getaddresses(msg.get_all('from', []))],
    'to': addresses('to'),
    'cc': addresses('cc'),
    'date': msg['date'].datetime.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
    'text': body('plain'),
    'html': body('html'),
    'parts': [p.get_content_type() for p in msg.walk() if not p.is_multipart()],
}, ensure_ascii=False))
`;

export function readEml(file: string): ParsedMail {
  return JSON.parse(execFileSync('python3', ['-c', SCRIPT, file]).toString('utf8')) as ParsedMail;
}
