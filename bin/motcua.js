#!/usr/bin/env node
// The motcua command: runs the TypeScript sources through tsx's loader (no build step for the server).
import { register } from 'tsx/esm/api';

register();
await import('../src/server/cli/main.ts');
