/** Resource addresses as Terraform writes them, shared by every concern of the format (DNS, security groups). */

/** `aws_route53_record.sip["a"]` to `aws_route53_record.sip`. */
export function withoutKey(address: string): string {
  const bracket = address.indexOf('[');
  return bracket === -1 ? address : address.slice(0, bracket);
}

/** `module.a.module.b["x"].` to `module.a.`: the module that calls this one (`''` at the root). */
export function parentPrefix(prefix: string): string {
  const trimmed = prefix.slice(0, -1);
  const last = trimmed.lastIndexOf('module.');
  return last <= 0 ? '' : trimmed.slice(0, last);
}
