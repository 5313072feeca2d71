// Java SimpleDateFormat patterns in a time zone, as Utilities.formatDate applies them (English names).
import { offsetMinutes, zonedParts, isValidTimeZone } from '../core/zone';
import { scriptError } from '../core/execution';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Token = { letter: string; count: number } | { text: string };

/** Splits a pattern into runs of one letter and literal text ('' is a quote, 'text' is literal). */
export function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ text: "'" });
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = '';
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") { text += "'"; j += 2; continue; }
        if (pattern[j] === "'") break;
        text += pattern[j++];
      }
      if (j >= pattern.length) throw scriptError('Unterminated quote', 'DATE_PATTERN');
      tokens.push({ text });
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      tokens.push({ letter: ch, count: j - i });
      i = j;
    } else {
      tokens.push({ text: ch });
      i++;
    }
  }
  return tokens;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function offsetText(minutes: number, style: 'Z' | 'X1' | 'X2' | 'X3'): string {
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60), 2);
  const mm = pad(abs % 60, 2);
  if (style === 'X1') return `${sign}${hh}`;
  if (style === 'X3') return `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

function zoneName(ms: number, timeZone: string, long: boolean): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' })
    .formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  if (long) return name;
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  // Java abbreviates named zones by their initials ("Arabia Standard Time" → AST); others as GMT±hh:mm.
  if (/ Time$/.test(name)) return name.split(' ').map((w) => w[0]).join('');
  const offset = offsetMinutes(ms, timeZone);
  return `GMT${offsetText(offset, 'X3').replace('Z', '+00:00')}`;
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!isValidTimeZone(timeZone)) throw scriptError(`Invalid argument: timeZone`, 'BAD_TIME_ZONE');
  const ms = date.getTime();
  const p = zonedParts(ms, timeZone);
  const yearStart = Date.UTC(p.year, 0, 1);
  const dayOfYear = Math.floor((Date.UTC(p.year, p.month - 1, p.day) - yearStart) / 86_400_000) + 1;
  return tokenize(pattern).map((token) => {
    if ('text' in token) return token.text;
    const { letter, count } = token;
    switch (letter) {
      case 'G': return 'AD';
      case 'y':
      case 'Y': return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
      case 'M':
      case 'L': return count >= 4 ? MONTHS[p.month - 1] : count === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, count);
      case 'd': return pad(p.day, count);
      case 'D': return pad(dayOfYear, count);
      case 'E': return count >= 4 ? DAYS[p.weekDay] : DAYS[p.weekDay].slice(0, 3);
      case 'u': return pad(p.weekDay === 0 ? 7 : p.weekDay, count);
      case 'a': return p.hour < 12 ? 'AM' : 'PM';
      case 'H': return pad(p.hour, count);
      case 'k': return pad(p.hour === 0 ? 24 : p.hour, count);
      case 'K': return pad(p.hour % 12, count);
      case 'h': return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
      case 'm': return pad(p.minute, count);
      case 's': return pad(p.second, count);
      case 'S': return pad(p.ms, count);
      case 'z': return zoneName(ms, timeZone, count >= 4);
      case 'Z': return offsetText(offsetMinutes(ms, timeZone), 'Z');
      case 'X': return offsetText(offsetMinutes(ms, timeZone), count === 1 ? 'X1' : count === 2 ? 'X2' : 'X3');
      default:
        throw scriptError(`Illegal pattern character '${letter}'`, 'DATE_PATTERN');
    }
  }).join('');
}
