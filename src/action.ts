// The GitHub Action (bundled to dist/index.js, the `main` of action.yml). All behaviour lives in runAction and lint().
import * as core from '@actions/core';
import { runAction } from './action/run.js';

try {
  await runAction();
} catch (error) {
  core.setFailed(`uclint: internal error: ${(error as Error).stack ?? String(error)}`);
}
