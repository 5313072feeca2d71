// The default scenario played for esrar, and every suite that reads it (./describeDefaultPlay.ts).
import { describeDefaultPlay } from './describeDefaultPlay';

describeDefaultPlay('esrar');
