/**
 * A toy DNS-as-code format for rule tests, before a rule's real formats exist or where their
 * syntax would hide what a case is about. `*.sets` files: `zone <name>` starts a zone; each line
 * `<owner> <TYPE> <value> [| <value>...]` is one resource declaring a record set (owner relative,
 * `@` the apex); `#` starts a comment. Values its type cannot hold are kept as unreadable records,
 * as real formats keep them. (Real formats read their files with a real parser.)
 */
import type { SourceRange } from '../../src/core/types.js';
import type { DnsZone, RData } from '../../src/model/dns.js';
import { FORMATS } from '../../src/formats.generated.js';
import { DnsZoneBuilder, declaredIn, recordOwner } from '../../src/formats/shared/dns-zone.js';
import { defineFormat, type FormatDefinition } from '../../src/formats/shared/format.js';
import { recordDataFromText } from '../../src/formats/zone/record-data.js';

const recordSetsFormat = defineFormat({
  name: 'record-sets',
  title: 'record sets (tests)',
  nouns: ['record sets file', 'record sets files'],
  recognise: { names: { extensions: ['.sets'] } },
  input: 'text',
  comments: { files: 'record sets files', is: '`#` to the end of the line', isNot: 'nothing else' },
  async load(files, context) {
    const zones: DnsZone[] = [];
    for (const file of files) {
      const read = file.read();
      if (read === undefined) continue;
      let zone: DnsZoneBuilder | undefined;
      let offset = 0;
      read.text.split('\n').forEach((line, index) => {
        const hash = line.indexOf('#');
        if (hash >= 0) context.comments(file.file, read.text, offset + hash, offset + line.length);
        offset += line.length + 1;
        const content = hash >= 0 ? line.slice(0, hash) : line;
        const at = (start: number, end: number): SourceRange => ({ file: file.file, line: index + 1, column: start + 1, endLine: index + 1, endColumn: end + 1 });
        const words = content.trim().split(/\s+/);
        if (words[0] === '') return;
        if (words[0] === 'zone') {
          if (zone) zones.push(zone.finish());
          zone = new DnsZoneBuilder(declaredIn(file, words[1], at(0, content.trimEnd().length)));
          return;
        }
        if (!zone) return;
        const [written, type] = words;
        const owner = recordOwner(written, zone.zone.origin, 'relative') as string;
        const declaration = at(content.length - content.trimStart().length, content.trimEnd().length);
        const valuesStart = content.indexOf(type, content.indexOf(written) + written.length) + type.length;
        const data: RData[] = [];
        const locs: SourceRange[] = [];
        let complete = true;
        let start = valuesStart;
        for (const part of content.slice(valuesStart).split('|')) {
          const text = part.trim();
          const textStart = start + part.indexOf(text);
          start += part.length + 1;
          const value = recordDataFromText(type, text);
          if ('data' in value) {
            data.push(value.data);
            locs.push(at(textStart, textStart + text.length));
          } else {
            complete = false;
            zone.addUnreadable(owner, type, text, value.problem.message, declaration, at(textStart, textStart + text.length));
          }
        }
        zone.addRecordSet(owner, type, 3600, data, declaration, { locs, complete });
      });
      if (zone) zones.push(zone.finish());
      context.commentsDone();
    }
    return { nodes: { zones }, diagnostics: [] };
  },
});

/** The registry's formats and the toy one. */
export const FORMATS_WITH_RECORD_SETS: readonly FormatDefinition[] = [...FORMATS, recordSetsFormat];
