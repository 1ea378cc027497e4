/**
 * A character no output of uclint may carry raw from the tree: a control character other
 * than a line feed (C0, DEL, C1), a line or paragraph separator, or a character that
 * reorders text (ALM, LRM, RLM, the bidi embeddings, overrides and isolates).
 */
// eslint-disable-next-line no-control-regex
export const RAW_TEXT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Only the characters that reorder text. */
export const RAW_REORDERING = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
