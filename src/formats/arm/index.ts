import { defineFormat } from '../shared/format.js';
import { armJsonKind } from './recognise.js';

/** Azure Resource Manager templates (`.json` with a deployment template's `$schema`) and their parameter files: Azure DNS zones and record sets. */
export default defineFormat({
  name: 'arm',
  title: 'ARM template',
  nouns: ['ARM template', 'ARM templates'],
  recognise: {
    // Other JSON is not claimed: a `.json` file is an ARM template or parameter file only by its top-level object.
    candidates: { extensions: ['.json'] },
    confirm: (head) => armJsonKind(head.text) !== undefined,
    order: 70,
  },
  input: 'text',
  comments: {
    files: 'ARM templates and parameter files',
    is: '`//` to the end of the line and `/* */`, outside strings (ARM accepts both)',
    isNot: '`//` or `/*` inside a JSON string, as in a URL',
  },
  diagnostics: {
    severity: 'warning',
    description: 'An ARM template could not be read, or a value in it could not be evaluated, at this line and column',
    help: 'The JSON does not parse, an expression in `[...]` does not parse or names a parameter or variable the template does not declare, a resource name has more or fewer segments than its type, a parameter file or linked template cannot be read, or a bound was reached. What can be read is read.',
    docSeverity: 'warning (some errors)',
    doc: 'an ARM template ([formats.md](formats.md#arm-templates-and-bicep)) could not be read or evaluated here: `arm/syntax`, `arm/expression`, `arm/reference` (a parameter or variable not declared), `arm/name-segments` (a name whose segments do not fit its type, as ARM refuses), `arm/resource`, `arm/parameter-file`, `arm/linked-template`, `arm/cycle`, and the bounds (`arm/too-large`, `arm/nesting`, `arm/loop-bound`, `arm/deployment-depth`, `arm/evaluation-bound`, `arm/string-bound`, `arm/list-bound`, `arm/reference-depth`). A value that cannot be known without deploying (a parameter with no value, `reference()`, `resourceId()`) is a "not checked" note instead. `arm/security-rule` (a warning): a security rule of a network security group or security group that the platform refuses, at the value ([formats.md](formats.md#network-security-groups-and-security-groups)); the rule is left out.',
  },
  async load(files, context) {
    const { loadArm } = await import('./load.js');
    return loadArm(files, context);
  },
});
