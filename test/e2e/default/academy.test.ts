// The default scenario played for academy, and every suite that reads it (./describeDefaultPlay.ts).
import { describeDefaultPlay } from './describeDefaultPlay';

describeDefaultPlay('academy');
