import { expect } from '@jest/globals';
import { parseZone } from '../../src/formats/zone/loader.js';
import type { View, ZoneFile } from '../../src/formats/zone/loader.js';

/** A zone file parsed with its view given by its path, as discovery gives it; fails the test on any diagnostic. */
export function parsedZone(file: string, view: View, text: string): ZoneFile {
  const { zone, diagnostics } = parseZone(text, { file, view, viewSource: 'path' });
  expect(diagnostics).toEqual([]);
  return zone;
}
