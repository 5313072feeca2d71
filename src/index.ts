// The bundle's entry: every function Apps Script calls is assigned to `global` here, and
// gas-webpack-plugin turns each assignment into a top-level function declaration.
import { onOpen, showAbout } from './entry/menu';
import { onHomepage } from './entry/homepage';

declare const global: Record<string, unknown>;

global.onOpen = onOpen;
global.showAbout = showAbout;
global.onHomepage = onHomepage;
