// The default scenario played for qurainah, and every suite that reads it (./describeDefaultPlay.ts).
import { describeDefaultPlay } from './describeDefaultPlay';

describeDefaultPlay('qurainah');
