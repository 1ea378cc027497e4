import { defineFormat } from '../shared/format.js';

/** Bicep files and `.bicepparam` files: Azure DNS zones and record sets, modules read with the parameters they are given. */
export default defineFormat({
  name: 'bicep',
  title: 'Bicep file',
  nouns: ['Bicep file', 'Bicep files'],
  recognise: {
    names: { extensions: ['.bicep', '.bicepparam'] },
    order: 70,
  },
  input: 'text',
  comments: {
    files: 'Bicep files and `.bicepparam` files',
    is: '`//` to the end of the line and `/* */`, outside strings',
    isNot: "`//` or `/*` inside a string (`'https://...'`), or inside a `'''` multi-line string",
  },
  diagnostics: {
    severity: 'warning',
    description: 'A Bicep file could not be read, or a value in it could not be evaluated, at this line and column',
    help: 'A statement does not parse (or uses syntax the grammar does not know yet), a symbol is not declared or declared twice, a module or the `using` target cannot be read, a `parent:` does not name a resource, a resource name has more or fewer segments than its type, or a bound was reached. What can be read is read.',
    docSeverity: 'warning (some errors)',
    doc: 'a Bicep file ([formats.md](formats.md#arm-templates-and-bicep)) could not be read or evaluated here: `bicep/syntax` (a warning: the grammar lags behind Bicep, so newer syntax reads as an error too, and the rest of the file is read), `bicep/reference`, `bicep/duplicate`, `bicep/module`, `bicep/module-not-read`, `bicep/load`, `bicep/parent`, `bicep/using`, `bicep/resource`, `bicep/cycle`, `bicep/name-segments`, and the bounds (`bicep/too-large`, `bicep/nesting`, `bicep/parse-bound`, `bicep/loop-bound`, `bicep/deployment-depth`, `bicep/evaluation-bound`, `bicep/string-bound`, `bicep/list-bound`, `bicep/reference-depth`). An ARM template a module names says `arm/...`. A value that cannot be known without deploying (a parameter with no value, a module\'s output, `resourceId()`) is a "not checked" note instead. `bicep/security-rule` (a warning): a security rule of a network security group or security group that the platform refuses, at the value ([formats.md](formats.md#network-security-groups-and-security-groups)); the rule is left out.',
  },
  async load(files, context) {
    const { loadBicep } = await import('./load.js');
    return loadBicep(files, context);
  },
});
