// The default scenario played for rusookh, and every suite that reads it (./describeDefaultPlay.ts).
import { describeDefaultPlay } from './describeDefaultPlay';

describeDefaultPlay('rusookh');
