import { defineFormat } from '../shared/format.js';

/**
 * Terraform configurations: a module's `.tf` and `.tf.json` files and its variable files, read
 * together per directory, statically, into the DNS zones and records their resources declare
 * (Route 53, Azure DNS and Azure private DNS, Cloudflare, Google Cloud DNS).
 */
export default defineFormat({
  name: 'terraform',
  title: 'Terraform configuration',
  nouns: ['Terraform file', 'Terraform files'],
  recognise: {
    names: { extensions: ['.tf', '.tf.json', '.tfvars', '.tfvars.json'] },
    order: 100,
  },
  input: 'text',
  comments: { files: 'Terraform files (`.tf`, `.tfvars`)', is: '`#` or `//` to the end of the line, or `/* ... */`, outside strings and heredocs', isNot: 'the same characters inside a string or heredoc; `.tf.json` files have no comments (a `"//"` property is not read for suppressions)' },
  diagnostics: {
    severity: 'error',
    description: 'A Terraform file could not be read at this line and column, or a value of a DNS record could not be known without running Terraform',
    help: 'A syntax error, a block Terraform refuses (a name declared twice, a reference cycle), a local module that cannot be read, or a bound reached; reported where it is, and the rest of the module is read. A DNS record whose zone, name or data depends on a data source, a module output, a resource attribute computed when applied or a variable without a value is a "not checked" note naming the expression, never a guess.',
    docSeverity: 'error (some warnings; notes)',
    doc: 'a Terraform file ([formats.md](formats.md#terraform)) could not be read at this line and column: `terraform/syntax`, `terraform/invalid`, `terraform/duplicate`, `terraform/cycle`, the bounds `terraform/too-large`, `terraform/too-deep`, `terraform/too-many-instances`, `terraform/too-long`, `terraform/too-much-work`, and local modules `terraform/module-unreadable`, `terraform/module-cycle`, `terraform/module-depth` (warnings). Values of DNS records not known without running Terraform are "not checked" notes. `terraform/security-rule` (a warning): a security rule of a network security group or security group that the platform refuses, at the value ([formats.md](formats.md#network-security-groups-and-security-groups)); the rule is left out.',
  },
  async load(files, context) {
    const { loadTerraform } = await import('./load.js');
    return loadTerraform(files, context);
  },
});
