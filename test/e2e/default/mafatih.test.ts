// The default scenario played for mafatih, and every suite that reads it (./describeDefaultPlay.ts).
import { describeDefaultPlay } from './describeDefaultPlay';

describeDefaultPlay('mafatih');
