/**
 * Field layouts of the types kept as presentation text (TextData), so their
 * names are made absolute and their numbers, strings and hex printed as BIND
 * prints them. Letters: n name, u number, s character string, h hex to the end,
 * * the rest as written. Types not listed keep their tokens as written.
 */
export const TEXT_LAYOUTS: Record<string, string> = {
  MD: 'n', MF: 'n', MB: 'n', MG: 'n', MR: 'n',
  MINFO: 'nn', RP: 'nn', TALINK: 'nn',
  AFSDB: 'un', RT: 'un', KX: 'un', LP: 'un',
  PX: 'unn',
  HINFO: 'ss', X25: 's', ISDN: 's*',
  NSEC: 'n*',
  DS: 'uuuh', CDS: 'uuuh', TA: 'uuuh', DLV: 'uuuh',
  SSHFP: 'uuh',
  SMIMEA: 'uuuh',
  OPENPGPKEY: '*',
  NSEC3PARAM: 'uuu*',
};
