import type { DnsName, View, ZoneFile } from './dns.js';

/**
 * A file of the estate as discovery found it and loading described it: the format it is read
 * with, and for files that hold DNS zones the view and origin, each with where it was learnt.
 * Reports list these (`files` in the JSON report).
 */
export interface EstateFile {
  /** Relative to the lint root, forward slashes; the `file` of every range from this file. */
  file: string;
  /** The name of the format the file is read with (`zone`, `certificate`, ...). */
  kind: string;
  view: View;
  /** Where the view came from; once the file is read, what it decided (a `; uclint-view:` comment). */
  viewSource: ZoneFile['viewSource'];
  /** What said so, in words with the place (`named.conf:12: view "internal" (its name)`). */
  viewEvidence?: string;
  /**
   * Zone files: the origin (canonical). From discovery a hint (the config's `zones`, named.conf,
   * the file name); once the zone is read, the origin it has, and where that came from.
   */
  origin?: DnsName;
  originSource?: ZoneFile['originSource'];
  /** What said so (`named.conf:7: zone "contoso.com"`). */
  originEvidence?: string;
  /** A file another file of its format includes (`$INCLUDE`, named.conf's `include`): part of that one, not read on its own. */
  includedBy?: string;
}
