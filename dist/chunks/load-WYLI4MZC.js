import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  parserFor
} from "./chunk-KIGTH4RW.js";
import {
  awsRule,
  cloudRuleSet,
  groupRuleSink,
  itemsOf,
  labelsOf,
  nsgRule,
  orderNsgRules,
  readJsonTree
} from "./chunk-7FGAWDM6.js";
import {
  firstUnknown
} from "./chunk-N5FKD5AJ.js";
import {
  recordDataFromText
} from "./chunk-TRKV4FF5.js";
import {
  DnsZoneBuilder,
  recordOwner
} from "./chunk-ZINCBDUT.js";
import "./chunk-L7SDVBRS.js";
import "./chunk-NWVVF3RZ.js";
import "./chunk-CLORUN65.js";
import "./chunk-GCKIFPAF.js";
import "./chunk-EYJA5AHZ.js";
import "./chunk-YJXHKNSU.js";
import {
  require_ipaddr
} from "./chunk-4XAWEQ5T.js";
import {
  fileTooLarge,
  thousands
} from "./chunk-35JCERCI.js";
import {
  __toESM
} from "./chunk-ZUAMPCLF.js";

// src/formats/terraform/load.ts
import path from "node:path";

// src/languages/hcl/ast.ts
function rangeOf(node) {
  return node.src.range(node.start, node.end);
}
function textOf(node) {
  return node.src.text.slice(node.start, node.end);
}
function attributesOf(body) {
  return body.items.filter((item) => item.kind === "attribute");
}
function blocksOf(body, type) {
  return body.items.filter((item) => item.kind === "block" && (type === void 0 || item.type === type));
}

// src/languages/hcl/bounds.ts
var DEFAULT_BOUNDS = {
  fileSize: 8 * 1024 * 1024,
  depth: 128,
  instancesPerBlock: 1e4,
  instancesTotal: 1e5,
  stringLength: 1024 * 1024,
  collectionSize: 1e5,
  moduleDepth: 8,
  steps: 2e7,
  valuesTotal: 1e6,
  charactersTotal: 64 * 1024 * 1024,
  syntaxDiagnostics: 50
};

// src/languages/hcl/diagnostics.ts
function hclDiagnostic(code, severity, message, range) {
  return { ...range, severity, message, code };
}

// src/languages/hcl/native.ts
var BINARY_OPERATORS = /* @__PURE__ */ new Set(["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||"]);
function copyTree(tree, comments) {
  const withErrors = tree.rootNode.hasError;
  const cursor = tree.walk();
  try {
    const make = () => {
      const type = cursor.nodeType;
      const isMissing = withErrors && cursor.nodeIsMissing;
      const isError = type === "ERROR";
      return { type, startIndex: cursor.startIndex, endIndex: cursor.endIndex, isMissing, isError, hasError: isError || isMissing, children: [] };
    };
    const root = make();
    const path2 = [root];
    if (!cursor.gotoFirstChild()) return root;
    for (; ; ) {
      const node = make();
      const parent = path2[path2.length - 1];
      if (node.type !== "comment") parent.children.push(node);
      else comments?.push([node.startIndex, node.endIndex]);
      if (node.hasError) parent.hasError = true;
      if (cursor.gotoFirstChild()) {
        path2.push(node);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return root;
        const done = path2.pop();
        if (done.hasError && path2.length > 0) path2[path2.length - 1].hasError = true;
        if (path2.length === 0) return root;
      }
    }
  } finally {
    cursor.delete();
  }
}
var MISSING_NAMES = {
  quoted_template_end: 'closing `"`',
  template_interpolation_end: "`}` closing `${`",
  template_directive_end: "`}` closing `%{`",
  heredoc_identifier: "heredoc end marker",
  block_end: "`}`",
  object_end: "`}`",
  tuple_end: "`]`",
  identifier: "a name"
};
function parseNative(parser, src, bounds) {
  const tree = parser.parse(src.text);
  if (!tree) return { body: { items: [] }, diagnostics: [hclDiagnostic("hcl/syntax", "error", "the file could not be parsed", src.range(0, 0))] };
  try {
    const comments = [];
    const root = copyTree(tree, comments);
    const converter = new Converter(src, bounds);
    const diagnostics = syntaxDiagnostics(root, src, bounds);
    const body = converter.configFile(root);
    return { body, diagnostics: [...diagnostics, ...converter.diagnostics], comments };
  } finally {
    tree.delete();
  }
}
function parseTemplate(parser, src, bounds) {
  let marker = "UCLINT_TEMPLATE_END";
  while (src.text.includes(marker)) marker += "_";
  const prefix = `t = <<${marker}
`;
  const wrapped = `${prefix}${src.text}
${marker}
`;
  const tree = parser.parse(wrapped);
  const inner = {
    file: src.file,
    text: wrapped,
    range: (start, end) => src.range(clamp(start - prefix.length, src.text.length), clamp(end - prefix.length, src.text.length))
  };
  const whole = { src, start: 0, end: src.text.length };
  if (!tree) return { expr: { ...whole, type: "invalid", message: "the template could not be parsed" }, diagnostics: [] };
  try {
    const root = copyTree(tree);
    const converter = new Converter(inner, bounds);
    const diagnostics = syntaxDiagnostics(root, inner, bounds);
    const attribute = converter.configFile(root).items[0];
    let expr = attribute?.kind === "attribute" && attribute.expr.type === "template" && !root.hasError ? attribute.expr : { ...whole, type: "invalid", message: "a syntax error in the template" };
    if (expr.type === "template") {
      const parts = expr.parts.map((part) => rebase(part, src, prefix.length));
      const last = parts[parts.length - 1];
      if (last?.type === "text" && last.value.endsWith("\n")) {
        const value = last.value.slice(0, -1);
        if (value === "") parts.pop();
        else parts[parts.length - 1] = { ...last, value, end: Math.min(last.end, src.text.length) };
      }
      expr = { ...whole, type: "template", parts, quoted: true };
    }
    return { expr, diagnostics: [...diagnostics, ...converter.diagnostics] };
  } finally {
    tree.delete();
  }
}
function clamp(offset, length) {
  return Math.max(0, Math.min(offset, length));
}
function rebase(part, src, shift) {
  const start = clamp(part.start - shift, src.text.length);
  const end = clamp(part.end - shift, src.text.length);
  switch (part.type) {
    case "text":
    case "interpolation":
      return { ...part, src, start, end };
    case "if":
      return { ...part, src, start, end, then: part.then.map((p) => rebase(p, src, shift)), else: part.else.map((p) => rebase(p, src, shift)) };
    case "for":
      return { ...part, src, start, end, body: part.body.map((p) => rebase(p, src, shift)) };
  }
}
function syntaxDiagnostics(root, src, bounds) {
  const diagnostics = [];
  if (!root.hasError) return diagnostics;
  let more = 0;
  const stack = [[root]];
  while (stack.length > 0) {
    const path2 = stack.pop();
    const node = path2[path2.length - 1];
    if (node.isError || node.isMissing) {
      if (diagnostics.length >= bounds.syntaxDiagnostics) {
        more++;
        continue;
      }
      const open = node.isMissing ? unclosed(path2) : void 0;
      diagnostics.push(
        open ? hclDiagnostic("hcl/syntax", "error", `syntax error: ${open.what} is not closed`, src.range(open.node.startIndex, open.node.startIndex + 1)) : hclDiagnostic("hcl/syntax", "error", syntaxMessage(node, src), src.range(node.startIndex, node.endIndex))
      );
      continue;
    }
    if (!node.hasError) continue;
    const children = node.children;
    const kept = path2.slice(-3);
    for (let i = children.length - 1; i >= 0; i--) stack.push([...kept, children[i]]);
  }
  if (more > 0) {
    const last = diagnostics[diagnostics.length - 1];
    diagnostics.push({ ...last, code: "hcl/syntax", severity: "error", message: `${more} more syntax errors in this file were not listed` });
  }
  return diagnostics;
}
var OPENERS = {
  string_lit: 'a string (`"`)',
  quoted_template: 'a string (`"`)',
  block: "a block (`{`)",
  object: "an object (`{`)",
  tuple: "a list (`[`)",
  template_interpolation: "an interpolation (`${`)"
};
function unclosed(path2) {
  for (let i = path2.length - 2; i >= Math.max(0, path2.length - 3); i--) {
    const what = OPENERS[path2[i].type];
    if (what) return { node: path2[i], what };
  }
  return void 0;
}
function syntaxMessage(node, src) {
  if (node.isMissing) return `syntax error: missing ${MISSING_NAMES[node.type] ?? `\`${node.type}\``}`;
  const text = src.text.slice(node.startIndex, node.endIndex).trim();
  if (text === "") return "syntax error";
  const first = text.split(/\s/, 1)[0].slice(0, 40);
  return `syntax error: unexpected \`${first}\``;
}
function significant(node) {
  return node.children;
}
var Converter = class {
  constructor(src, bounds) {
    this.src = src;
    this.bounds = bounds;
  }
  src;
  bounds;
  diagnostics = [];
  depth = 0;
  tooDeepReported = false;
  configFile(root) {
    const items = [];
    for (const child of significant(root)) {
      if (child.type === "body") items.push(...this.body(child).items);
      else if (child.type === "object") {
        this.diagnostics.push(
          hclDiagnostic("hcl/syntax", "error", "a JSON object where HCL attributes and blocks were expected (JSON files are named `.tf.json` or `.tfvars.json`)", this.src.range(child.startIndex, child.endIndex))
        );
      }
    }
    return { items };
  }
  node(node) {
    return { src: this.src, start: node.startIndex, end: node.endIndex };
  }
  invalid(node, message) {
    return { src: this.src, start: node.startIndex, end: node.endIndex, type: "invalid", message };
  }
  /** Runs a nested conversion within the depth bound; past it, the part is invalid and said once. */
  nested(node, convert2, fallback) {
    if (this.depth >= this.bounds.depth) {
      if (!this.tooDeepReported) {
        this.tooDeepReported = true;
        this.diagnostics.push(hclDiagnostic("hcl/too-deep", "warning", `nested more than ${this.bounds.depth} levels deep: the inner part is not read`, this.src.range(node.startIndex, node.endIndex)));
      }
      return fallback();
    }
    this.depth++;
    try {
      return convert2();
    } finally {
      this.depth--;
    }
  }
  body(node) {
    const items = [];
    for (const child of significant(node)) {
      if (child.type === "attribute") {
        const attribute = this.attribute(child);
        if (attribute) items.push(attribute);
      } else if (child.type === "block") {
        const block = this.nested(child, () => this.block(child), () => void 0);
        if (block) items.push(block);
      }
    }
    return { items };
  }
  attribute(node) {
    const kids = significant(node);
    const name = kids[0];
    if (name?.type !== "identifier" || name.isMissing) return void 0;
    const exprNode = kids.find((kid) => kid.type === "expression");
    const expr = exprNode ? this.expression(exprNode) : this.invalid(node, "an attribute without a value");
    return { ...this.node(node), kind: "attribute", name: this.text(name), nameStart: name.startIndex, nameEnd: name.endIndex, expr };
  }
  block(node) {
    const kids = significant(node);
    const type = kids[0];
    if (type?.type !== "identifier" || type.isMissing) return void 0;
    const labels = [];
    let body = { items: [] };
    for (const kid of kids.slice(1)) {
      if (kid.type === "string_lit") labels.push({ ...this.node(kid), value: this.stringLiteral(kid) });
      else if (kid.type === "identifier") labels.push({ ...this.node(kid), value: this.text(kid) });
      else if (kid.type === "body") body = this.body(kid);
    }
    return { ...this.node(node), kind: "block", type: this.text(type), labels, body };
  }
  text(node) {
    return this.src.text.slice(node.startIndex, node.endIndex);
  }
  expression(node) {
    return this.nested(
      node,
      () => {
        if (node.isMissing) return this.invalid(node, "a missing expression");
        if (node.type !== "expression") return this.term([node], node);
        const kids = significant(node);
        if (kids.length === 1 && kids[0].type === "conditional") return this.conditional(kids[0]);
        return this.term(kids, node);
      },
      () => this.invalid(node, "an expression nested too deeply")
    );
  }
  /** A primary expression and the index, attribute and splat steps after it (tree-sitter keeps them side by side). */
  term(kids, whole) {
    if (kids.length === 0) return this.invalid(whole, "a missing expression");
    let expr;
    let i;
    const first = kids[0];
    if (first.type === "(") {
      const inner = kids[1]?.type === "expression" ? this.expression(kids[1]) : this.invalid(whole, "an empty parenthesis");
      const close = kids[2];
      const end = close?.type === ")" ? close.endIndex : inner.end;
      expr = { src: this.src, start: first.startIndex, end, type: "paren", inner };
      i = close?.type === ")" ? 3 : 2;
    } else {
      expr = this.primary(first);
      i = 1;
    }
    for (; i < kids.length; i++) {
      const step = kids[i];
      const start = expr.start;
      switch (step.type) {
        case "index":
          expr = { src: this.src, start, end: step.endIndex, type: "index", target: expr, key: this.indexKey(step) };
          break;
        case "get_attr":
          expr = { src: this.src, start, end: step.endIndex, type: "attr", target: expr, name: this.attrName(step) };
          break;
        case "splat": {
          const steps = this.splatSteps(step);
          const attributeOnly = significant(step)[0]?.type === "attr_splat";
          const split = attributeOnly ? steps.findIndex((s) => s.type === "index") : -1;
          const carried = split === -1 ? steps : steps.slice(0, split);
          const end = carried.length > 0 ? carried[carried.length - 1].end : split === -1 ? step.endIndex : steps[split].start;
          expr = { src: this.src, start, end, type: "splat", target: expr, steps: carried };
          for (const rest of split === -1 ? [] : steps.slice(split)) {
            expr = rest.type === "index" ? { src: this.src, start, end: rest.end, type: "index", target: expr, key: rest.key } : { src: this.src, start, end: rest.end, type: "attr", target: expr, name: rest.name };
          }
          break;
        }
        default:
          return this.invalid({ startIndex: start, endIndex: step.endIndex }, "a syntax error");
      }
    }
    return expr;
  }
  attrName(node) {
    const name = significant(node).find((kid) => kid.type === "identifier");
    return name ? this.text(name) : "";
  }
  indexKey(node) {
    const inner = significant(node)[0];
    if (!inner) return this.invalid(node, "an empty index");
    if (inner.type === "legacy_index") {
      const digits = this.text(inner).slice(1);
      return { ...this.node(inner), start: inner.startIndex + 1, type: "literal", value: Number(digits) };
    }
    const exprNode = significant(inner).find((kid) => kid.type === "expression");
    return exprNode ? this.expression(exprNode) : this.invalid(inner, "an empty index");
  }
  splatSteps(node) {
    const splat = significant(node)[0];
    const steps = [];
    for (const kid of splat ? significant(splat) : []) {
      if (kid.type === "get_attr") steps.push({ ...this.node(kid), type: "attr", name: this.attrName(kid) });
      else if (kid.type === "index") steps.push({ ...this.node(kid), type: "index", key: this.indexKey(kid) });
    }
    return steps;
  }
  primary(node) {
    if (node.isMissing || node.isError) return this.invalid(node, "a syntax error");
    switch (node.type) {
      case "literal_value":
        return node.hasError ? this.invalid(node, "a syntax error") : this.literal(node);
      case "template_expr": {
        if (node.hasError) return this.invalid(node, "a syntax error");
        const inner = significant(node)[0];
        return inner ? this.template(inner) : this.invalid(node, "an empty template");
      }
      case "collection_value": {
        const inner = significant(node)[0];
        if (inner?.type === "tuple") return this.tuple(inner);
        if (inner?.type === "object") return this.object(inner);
        return this.invalid(node, "a syntax error");
      }
      case "variable_expr": {
        const name = significant(node)[0];
        if (!name || name.isMissing) return this.invalid(node, "a missing expression");
        return { ...this.node(node), type: "variable", name: this.text(name) };
      }
      case "function_call":
        return this.call(node);
      case "for_expr": {
        const inner = significant(node)[0];
        return inner ? this.forExpr(inner) : this.invalid(node, "a syntax error");
      }
      case "operation": {
        const inner = significant(node)[0];
        if (inner?.type === "unary_operation") return this.unary(inner);
        if (inner?.type === "binary_operation") return this.binary(inner);
        return this.invalid(node, "a syntax error");
      }
      case "expression":
        return this.expression(node);
      default:
        return this.invalid(node, "a syntax error");
    }
  }
  literal(node) {
    const inner = significant(node)[0];
    if (!inner) return this.invalid(node, "a syntax error");
    switch (inner.type) {
      case "numeric_lit":
        return { ...this.node(node), type: "literal", value: Number(this.text(inner)) };
      case "bool_lit":
        return { ...this.node(node), type: "literal", value: this.text(inner) === "true" };
      case "null_lit":
        return { ...this.node(node), type: "literal", value: null };
      case "string_lit":
        return { ...this.node(node), type: "literal", value: this.stringLiteral(inner) };
      default:
        return this.invalid(node, "a syntax error");
    }
  }
  /** The text of a quoted string without interpolation, its escapes decoded. */
  stringLiteral(node) {
    const kids = node.children;
    const open = kids[0];
    const close = kids[kids.length - 1];
    const start = open?.type === "quoted_template_start" ? open.endIndex : node.startIndex;
    const end = close?.type === "quoted_template_end" && !close.isMissing ? close.startIndex : node.endIndex;
    return decodeQuoted(this.src.text.slice(start, end));
  }
  template(node) {
    const kids = node.children;
    if (node.type === "quoted_template") {
      const open = kids[0];
      const close = kids[kids.length - 1];
      const start = open?.type === "quoted_template_start" ? open.endIndex : node.startIndex;
      const end = close?.type === "quoted_template_end" && !close.isMissing ? close.startIndex : node.endIndex;
      const parts = this.templateParts(kids, start, end, false, false, true);
      return { ...this.node(node), type: "template", parts, quoted: true };
    }
    if (node.type === "heredoc_template") {
      const markers = kids.filter((kid) => kid.type === "heredoc_identifier");
      const flush = kids.some((kid) => kid.type === "heredoc_start" && this.text(kid) === "<<-");
      const opening = markers[0];
      const closing2 = markers.length > 1 ? markers[markers.length - 1] : void 0;
      const text = this.src.text;
      let start = opening ? opening.endIndex : node.startIndex;
      const newline = text.indexOf("\n", start);
      start = newline === -1 ? text.length : newline + 1;
      let end = closing2 ? closing2.startIndex : node.endIndex;
      const lineStart = text.lastIndexOf("\n", end - 1);
      end = lineStart < start ? start : lineStart + 1;
      let parts = this.templateParts(kids, start, end, false, false, false);
      if (flush) parts = unindent(parts);
      return { ...this.node(node), type: "template", parts, quoted: false };
    }
    return this.invalid(node, "a syntax error");
  }
  /**
   * Template parts from `start` to `end`: the text between interpolations and directives is
   * taken from the source (tree-sitter treats spaces inside a template as extras), escapes
   * decoded; `~` strip markers trim the text beside them.
   */
  templateParts(kids, start, end, trimFirst, trimLast, quoted) {
    const parts = [];
    let cursor = start;
    let trimNext = trimFirst;
    const pushText = (from, to, trimEndOfText) => {
      if (to <= from) return;
      let raw = this.src.text.slice(from, to);
      if (trimNext) raw = raw.trimStart();
      if (trimEndOfText) raw = raw.trimEnd();
      const value = quoted ? decodeQuoted(raw) : decodeHeredoc(raw);
      if (value !== "") parts.push({ src: this.src, start: from, end: to, type: "text", value });
    };
    for (const kid of kids) {
      if (kid.endIndex <= start || kid.startIndex >= end) continue;
      if (kid.type !== "template_interpolation" && kid.type !== "template_directive" && kid.type !== "ERROR") continue;
      const strip = kid.type === "template_interpolation" ? stripMarkers(kid) : directiveStrip(kid);
      pushText(cursor, kid.startIndex, strip.left);
      trimNext = false;
      const part = this.nested(kid, () => this.templatePart(kid, quoted), () => void 0);
      if (part) parts.push(part);
      else if (kid.type === "ERROR") parts.push({ ...this.node(kid), type: "interpolation", expr: this.invalid(kid, "a syntax error") });
      cursor = kid.endIndex;
      trimNext = strip.right;
    }
    pushText(cursor, end, trimLast);
    return parts;
  }
  templatePart(node, quoted) {
    if (node.type === "template_interpolation") {
      const exprNode = significant(node).find((kid) => kid.type === "expression");
      return { ...this.node(node), type: "interpolation", expr: exprNode ? this.expression(exprNode) : this.invalid(node, "an empty interpolation") };
    }
    if (node.type !== "template_directive") return void 0;
    const directive = significant(node)[0];
    if (!directive) return void 0;
    const kids = directive.children;
    if (directive.type === "template_if") {
      const intro = kids.find((kid) => kid.type === "template_if_intro");
      const otherwise = kids.find((kid) => kid.type === "template_else_intro");
      const close = kids.find((kid) => kid.type === "template_if_end");
      if (!intro || !close) return { ...this.node(node), type: "interpolation", expr: this.invalid(node, "an unfinished `%{ if }`") };
      const conditionNode = significant(intro).find((kid) => kid.type === "expression");
      const condition = conditionNode ? this.expression(conditionNode) : this.invalid(intro, "a missing condition");
      const introStrip = stripMarkers(intro);
      const closeStrip = stripMarkers(close);
      const thenEnd = otherwise ? otherwise.startIndex : close.startIndex;
      const elseStrip = otherwise ? stripMarkers(otherwise) : { left: false, right: false };
      const thenParts = this.templateParts(kids, intro.endIndex, thenEnd, introStrip.right, otherwise ? elseStrip.left : closeStrip.left, quoted);
      const elseParts = otherwise ? this.templateParts(kids, otherwise.endIndex, close.startIndex, elseStrip.right, closeStrip.left, quoted) : [];
      return { ...this.node(node), type: "if", condition, then: thenParts, else: elseParts };
    }
    if (directive.type === "template_for") {
      const intro = kids.find((kid) => kid.type === "template_for_start");
      const close = kids.find((kid) => kid.type === "template_for_end");
      if (!intro || !close) return { ...this.node(node), type: "interpolation", expr: this.invalid(node, "an unfinished `%{ for }`") };
      const names = significant(intro).filter((kid) => kid.type === "identifier").map((kid) => this.text(kid));
      const collectionNode = significant(intro).find((kid) => kid.type === "expression");
      const collection = collectionNode ? this.expression(collectionNode) : this.invalid(intro, "a missing collection");
      const introStrip = stripMarkers(intro);
      const closeStrip = stripMarkers(close);
      const body = this.templateParts(kids, intro.endIndex, close.startIndex, introStrip.right, closeStrip.left, quoted);
      const [first, second] = names;
      return { ...this.node(node), type: "for", keyVar: second === void 0 ? void 0 : first, valueVar: second ?? first ?? "", collection, body };
    }
    return void 0;
  }
  tuple(node) {
    const items = significant(node).filter((kid) => kid.type === "expression" || kid.type === "ERROR").map((kid) => kid.type === "ERROR" ? this.invalid(kid, "a syntax error") : this.expression(kid));
    return { ...this.node(node), type: "tuple", items };
  }
  object(node) {
    const items = [];
    for (const element of significant(node)) {
      if (element.type !== "object_elem") continue;
      const [keyNode, valueNode] = element.children.filter((child) => child.type === "expression");
      if (!keyNode || !valueNode) continue;
      const key = this.expression(keyNode);
      const keyName = key.type === "variable" ? key.name : void 0;
      items.push({ key, keyName, value: this.expression(valueNode) });
    }
    return { ...this.node(node), type: "object", items };
  }
  call(node) {
    const kids = significant(node);
    const name = kids[0]?.type === "identifier" ? this.text(kids[0]) : "";
    const argumentsNode = kids.find((kid) => kid.type === "function_arguments");
    const argKids = argumentsNode ? significant(argumentsNode) : [];
    const args = argKids.filter((kid) => kid.type === "expression").map((kid) => this.expression(kid));
    const expandLast = argKids.some((kid) => kid.type === "ellipsis");
    return { ...this.node(node), type: "call", name, args, expandLast };
  }
  forExpr(node) {
    const kids = significant(node);
    const intro = kids.find((kid) => kid.type === "for_intro");
    if (!intro) return this.invalid(node, "a syntax error");
    const names = significant(intro).filter((kid) => kid.type === "identifier").map((kid) => this.text(kid));
    const collectionNode = significant(intro).find((kid) => kid.type === "expression");
    const collection = collectionNode ? this.expression(collectionNode) : this.invalid(intro, "a missing collection");
    const expressions = kids.filter((kid) => kid.type === "expression").map((kid) => this.expression(kid));
    const conditionNode = kids.find((kid) => kid.type === "for_cond");
    const conditionExpr = conditionNode ? significant(conditionNode).find((kid) => kid.type === "expression") : void 0;
    const condition = conditionExpr ? this.expression(conditionExpr) : void 0;
    const [first, second] = names;
    const common = { keyVar: second === void 0 ? void 0 : first, valueVar: second ?? first ?? "", collection, condition };
    if (node.type === "for_object_expr") {
      const [key, value2] = expressions;
      if (!key || !value2) return this.invalid(node, "a syntax error");
      return { ...this.node(node), type: "for", ...common, key, value: value2, grouping: kids.some((kid) => kid.type === "ellipsis") };
    }
    const [value] = expressions;
    if (!value) return this.invalid(node, "a syntax error");
    return { ...this.node(node), type: "for", ...common, value, grouping: false };
  }
  conditional(node) {
    const parts = significant(node).filter((kid) => kid.type === "expression");
    if (parts.length !== 3) return this.invalid(node, "a syntax error");
    const [condition, then, otherwise] = parts.map((part) => this.expression(part));
    return rightAssociative({ ...this.node(node), type: "conditional", condition, then, else: otherwise });
  }
  unary(node) {
    const kids = significant(node);
    const operator = kids[0]?.type;
    if (operator !== "-" && operator !== "!") return this.invalid(node, "a syntax error");
    const operand = this.nested(node, () => this.term(kids.slice(1), node), () => this.invalid(node, "an expression nested too deeply"));
    return { ...this.node(node), type: "unary", operator, operand };
  }
  binary(node) {
    const kids = significant(node);
    const at2 = kids.findIndex((kid) => BINARY_OPERATORS.has(kid.type));
    if (at2 <= 0) return this.invalid(node, "a syntax error");
    const left = this.nested(node, () => this.term(kids.slice(0, at2), node), () => this.invalid(node, "an expression nested too deeply"));
    const right = this.nested(node, () => this.term(kids.slice(at2 + 1), node), () => this.invalid(node, "an expression nested too deeply"));
    return { ...this.node(node), type: "binary", operator: kids[at2].type, left, right };
  }
};
function stripMarkers(node) {
  const kids = node.children;
  let left = false;
  let right = false;
  for (let i = 0; i < kids.length; i++) {
    if (kids[i].type !== "strip_marker") continue;
    if (i === 1) left = true;
    else if (i === kids.length - 2) right = true;
  }
  return { left, right };
}
function directiveStrip(node) {
  const directive = node.children[0];
  if (!directive) return { left: false, right: false };
  const tags = directive.children;
  const first = tags[0];
  const last = tags[tags.length - 1];
  return { left: first ? stripMarkers(first).left : false, right: last ? stripMarkers(last).right : false };
}
var SIMPLE_ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function decodeQuoted(raw) {
  if (!raw.includes("\\") && !raw.includes("$${") && !raw.includes("%%{")) return raw;
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\" && i + 1 < raw.length) {
      const next = raw[i + 1];
      if (next in SIMPLE_ESCAPES) {
        out += SIMPLE_ESCAPES[next];
        i++;
        continue;
      }
      const digits = next === "u" ? 4 : next === "U" ? 8 : 0;
      const hex = raw.slice(i + 2, i + 2 + digits);
      if (digits > 0 && hex.length === digits && /^[0-9a-fA-F]+$/.test(hex)) {
        const code = parseInt(hex, 16);
        out += code <= 1114111 ? String.fromCodePoint(code) : "\uFFFD";
        i += 1 + digits;
        continue;
      }
      out += c;
      continue;
    }
    if ((c === "$" || c === "%") && raw[i + 1] === c && raw[i + 2] === "{") {
      out += `${c}{`;
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}
function decodeHeredoc(raw) {
  return raw.includes("$${") || raw.includes("%%{") ? raw.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{") : raw;
}
function unindent(parts) {
  let smallest = Infinity;
  let atLineStart = true;
  for (const part of parts) {
    if (part.type !== "text") {
      if (atLineStart) smallest = 0;
      atLineStart = false;
      continue;
    }
    const lines = part.value.split("\n");
    lines.forEach((line, index) => {
      const starts = index > 0 || atLineStart;
      if (starts && line.trim() !== "") smallest = Math.min(smallest, line.length - line.trimStart().length);
      else if (starts && index === lines.length - 1 && line !== "") smallest = Math.min(smallest, line.length);
    });
    atLineStart = part.value.endsWith("\n");
  }
  if (!Number.isFinite(smallest) || smallest === 0) return parts;
  atLineStart = true;
  return parts.map((part) => {
    if (part.type !== "text") {
      atLineStart = false;
      return part;
    }
    const lines = part.value.split("\n").map((line, index) => {
      if (index === 0 && !atLineStart) return line;
      const indent = line.length - line.trimStart().length;
      return line.slice(Math.min(indent, smallest));
    });
    atLineStart = part.value.endsWith("\n");
    return { ...part, value: lines.join("\n") };
  });
}
function parseExpression(parser, src, bounds) {
  const prefix = "t = ";
  const wrapped = `${prefix}${src.text}
`;
  const inner = {
    file: src.file,
    text: wrapped,
    range: (start, end) => src.range(clamp(start - prefix.length, src.text.length), clamp(end - prefix.length, src.text.length))
  };
  const tree = parser.parse(wrapped);
  const invalid = { src, start: 0, end: src.text.length, type: "invalid", message: "a syntax error" };
  if (!tree) return invalid;
  try {
    const root = copyTree(tree);
    if (root.hasError) return invalid;
    const attribute = new Converter(inner, bounds).configFile(root).items[0];
    return attribute?.kind === "attribute" ? attribute.expr : invalid;
  } finally {
    tree.delete();
  }
}
function rightAssociative(expr) {
  let current = expr;
  while (current.condition.type === "conditional") {
    const inner = current.condition;
    const rest = rightAssociative({ src: current.src, start: inner.else.start, end: current.end, type: "conditional", condition: inner.else, then: current.then, else: current.else });
    current = { src: current.src, start: current.start, end: current.end, type: "conditional", condition: inner.condition, then: inner.then, else: rest };
  }
  return current;
}

// src/languages/hcl/source.ts
function sourceOf(file, text) {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const position = (offset) => {
    const at2 = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (lineStarts[middle] <= at2) low = middle;
      else high = middle - 1;
    }
    return [low + 1, at2 - lineStarts[low] + 1];
  };
  return {
    file,
    text,
    range(start, end) {
      const [line, column] = position(start);
      const [endLine, endColumn] = end <= start ? [line, column] : position(end);
      return { file, line, column, endLine, endColumn };
    }
  };
}
function mappedSource(outer, text, offsets, shift = 0) {
  const last = offsets.length - 1;
  const map = (offset) => offsets[Math.max(0, Math.min(offset - shift, last))];
  return {
    file: outer.file,
    text,
    range(start, end) {
      const from = map(start);
      return outer.range(from, end <= start ? from : Math.max(from, map(end)));
    }
  };
}

// src/languages/hcl/json.ts
var TERRAFORM_JSON_MESSAGES = {
  InvalidCommentToken: 'JSON has no comments (Terraform reads a "//" property as one)',
  UnexpectedEndOfComment: 'JSON has no comments (Terraform reads a "//" property as one)'
};
var TOP_LEVEL_LABELS = {
  resource: 2,
  data: 2,
  module: 1,
  variable: 1,
  output: 1,
  provider: 1,
  locals: 0,
  terraform: 0,
  moved: 0,
  import: 0,
  removed: 0,
  check: 1
};
var META_BLOCK_LABELS = {
  dynamic: 1,
  lifecycle: 0,
  provisioner: 1,
  connection: 0,
  precondition: 0,
  postcondition: 0,
  validation: 0
};
var JSON_ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
function parseJson(parser, src, bounds, kind) {
  const reader = new JsonReader(parser, src, bounds);
  const root = reader.parse();
  if (!root) return { body: { items: [] }, diagnostics: reader.diagnostics };
  if (root.type !== "object") {
    reader.diagnostics.push(hclDiagnostic("hcl/invalid", "error", "a Terraform JSON file holds one object", reader.range(root)));
    return { body: { items: [] }, diagnostics: reader.diagnostics };
  }
  const body = kind === "variables" ? reader.attributes(root, "literal") : reader.configuration(root);
  return { body, diagnostics: reader.diagnostics };
}
var JsonReader = class {
  constructor(parser, src, bounds) {
    this.parser = parser;
    this.src = src;
    this.bounds = bounds;
  }
  parser;
  src;
  bounds;
  diagnostics = [];
  range(node) {
    return this.src.range(node.offset, node.offset + node.length);
  }
  node(node) {
    return { src: this.src, start: node.offset, end: node.offset + node.length };
  }
  /**
   * The JSON tree, after a scan that refuses nesting past the bound before jsonc-parser (which
   * recurses) sees it. Syntax errors are diagnostics; the tree jsonc-parser recovers is read on.
   */
  parse() {
    const read = readJsonTree(this.src.text, { maxDepth: this.bounds.depth, comments: false, messages: TERRAFORM_JSON_MESSAGES });
    if ("tooDeepAt" in read) {
      const at2 = read.tooDeepAt;
      this.diagnostics.push(hclDiagnostic("hcl/too-deep", "warning", `values nest more than ${thousands(this.bounds.depth)} levels deep; the file is not read`, this.src.range(at2, at2 + 1)));
      return void 0;
    }
    const { root } = read;
    const errors = read.errors.filter((error, i) => i === 0 || error.offset !== read.errors[i - 1].offset);
    errors.slice(0, this.bounds.syntaxDiagnostics).forEach((error) => {
      this.diagnostics.push(hclDiagnostic("hcl/syntax", "error", `JSON syntax error: ${error.message}`, this.src.range(error.offset, error.offset + Math.max(1, error.length))));
    });
    if (errors.length > this.bounds.syntaxDiagnostics) {
      const last = this.diagnostics[this.diagnostics.length - 1];
      this.diagnostics.push({ ...last, message: `${thousands(errors.length - this.bounds.syntaxDiagnostics)} more syntax errors in this file were not listed` });
    }
    return root;
  }
  /** The root object of a `.tf.json` file: each property a block type. */
  configuration(root) {
    const items = [];
    for (const { key, keyNode, value } of properties(root)) {
      if (key === "//") continue;
      const labels = TOP_LEVEL_LABELS[key];
      if (labels === void 0) {
        this.diagnostics.push(hclDiagnostic("hcl/invalid", "error", `\`${key}\` is not a Terraform block type`, this.range(keyNode)));
        continue;
      }
      this.blocks(key, labels, value, [], items, keyNode);
    }
    return { items };
  }
  /**
   * Blocks of one type: an object per label level (`"resource": {"aws_route53_record":
   * {"sip": {...}}}`), and an array at any level for several blocks.
   */
  blocks(type, labelCount, value, labels, out, typeNode) {
    if (value.type === "array") {
      for (const element of value.children ?? []) this.blocks(type, labelCount, element, labels, out, typeNode);
      return;
    }
    if (value.type !== "object") {
      this.diagnostics.push(hclDiagnostic("hcl/invalid", "error", `\`${type}\` expects an object`, this.range(value)));
      return;
    }
    if (labels.length < labelCount) {
      for (const { key, keyNode, value: inner } of properties(value)) {
        if (key === "//") continue;
        this.blocks(type, labelCount, inner, [...labels, { ...this.node(keyNode), value: key }], out, typeNode);
      }
      return;
    }
    const body = this.blockBody(type, value);
    const start = labels.length > 0 ? labels[labels.length - 1].start : Math.min(typeNode.offset, value.offset);
    out.push({ ...this.node(value), start, kind: "block", type, labels, body });
  }
  blockBody(type, value) {
    if (type === "locals") return this.attributes(value, "expression");
    const items = [];
    const seen = /* @__PURE__ */ new Set();
    for (const { key, keyNode, value: inner, member } of properties(value)) {
      if (key === "//") continue;
      const metaLabels = type === "dynamic" && key === "content" ? 0 : META_BLOCK_LABELS[key];
      if (metaLabels !== void 0 && type !== "variable" && type !== "terraform") {
        this.blocks(key, metaLabels, inner, [], items, keyNode);
        continue;
      }
      if (type === "variable" && key === "validation") {
        this.blocks(key, 0, inner, [], items, keyNode);
        continue;
      }
      if (seen.has(key)) {
        this.diagnostics.push(hclDiagnostic("hcl/duplicate", "error", `the argument \`${key}\` is set twice; the first is read`, this.range(keyNode)));
        continue;
      }
      seen.add(key);
      const mode = type === "variable" && key === "default" ? "literal" : "expression";
      const expr = type === "variable" && key === "type" ? this.typeExpression(inner) : this.expression(inner, mode);
      items.push(this.attribute(key, keyNode, member, expr));
    }
    return { items };
  }
  /** Every property an attribute (a `locals` block, a variable file). */
  attributes(value, mode) {
    const items = [];
    const seen = /* @__PURE__ */ new Set();
    for (const { key, keyNode, value: inner, member } of properties(value)) {
      if (mode === "expression" && key === "//") continue;
      if (seen.has(key)) {
        this.diagnostics.push(hclDiagnostic("hcl/duplicate", "error", `\`${key}\` is set twice; the first is read`, this.range(keyNode)));
        continue;
      }
      seen.add(key);
      items.push(this.attribute(key, keyNode, member, this.expression(inner, mode)));
    }
    return { items };
  }
  attribute(name, keyNode, member, expr) {
    return { ...this.node(member), kind: "attribute", name, nameStart: keyNode.offset, nameEnd: keyNode.offset + keyNode.length, expr };
  }
  typeExpression(node) {
    if (node.type !== "string") return this.expression(node, "literal");
    const { text, offsets } = this.decoded(node);
    return parseExpression(this.parser, mappedSource(this.src, text, offsets), this.bounds);
  }
  /** A JSON value as an expression: strings are templates in expression mode and literal text in literal mode. */
  expression(node, mode) {
    switch (node.type) {
      case "string": {
        const value = typeof node.value === "string" ? node.value : "";
        if (mode === "literal" || !value.includes("${") && !value.includes("%{")) return { ...this.node(node), type: "literal", value };
        const { text, offsets } = this.decoded(node);
        const { expr, diagnostics } = parseTemplate(this.parser, mappedSource(this.src, text, offsets), this.bounds);
        this.diagnostics.push(...diagnostics);
        return { ...expr, ...this.node(node) };
      }
      case "number": {
        const raw = this.src.text.slice(node.offset, node.offset + node.length);
        return { ...this.node(node), type: "literal", value: Number(raw) };
      }
      case "boolean":
        return { ...this.node(node), type: "literal", value: node.value === true };
      case "null":
        return { ...this.node(node), type: "literal", value: null };
      case "array":
        return { ...this.node(node), type: "tuple", items: (node.children ?? []).map((child) => this.expression(child, mode)) };
      case "object": {
        const items = properties(node).map(({ key, keyNode, value }) => ({
          key: mode === "expression" && (key.includes("${") || key.includes("%{")) ? this.expression(keyNode, mode) : { ...this.node(keyNode), type: "literal", value: key },
          keyName: mode === "expression" && (key.includes("${") || key.includes("%{")) ? void 0 : key,
          value: this.expression(value, mode)
        }));
        return { ...this.node(node), type: "object", items };
      }
      default:
        return { ...this.node(node), type: "invalid", message: "a syntax error" };
    }
  }
  /** A string's value and, for each of its characters, the offset in the file of the character or escape it came from. */
  decoded(node) {
    const raw = this.src.text.slice(node.offset + 1, node.offset + node.length - 1);
    const base2 = node.offset + 1;
    let text = "";
    const offsets = [];
    for (let i = 0; i < raw.length; ) {
      const c = raw[i];
      offsets.push(base2 + i);
      if (c !== "\\") {
        text += c;
        i++;
        continue;
      }
      const next = raw[i + 1];
      if (next === "u" && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
        text += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      text += next !== void 0 && next in JSON_ESCAPES ? JSON_ESCAPES[next] : next ?? "";
      i += 2;
    }
    offsets.push(base2 + raw.length);
    return { text, offsets };
  }
};
function properties(node) {
  const out = [];
  for (const member of node.children ?? []) {
    const [keyNode, value] = member.children ?? [];
    if (keyNode && value && typeof keyNode.value === "string") out.push({ key: keyNode.value, keyNode, value, member });
  }
  return out;
}

// src/languages/hcl/config.ts
var JSON_FILE = /\.json$/i;
var OVERRIDE_FILE = /(^|[/\\])(override|[^/\\]*_override)\.tf(\.json)?$/;
function isOverrideFile(file) {
  return OVERRIDE_FILE.test(file);
}
function parseFile(parser, file, bounds, kind, comments) {
  const src = sourceOf(file.file, file.text);
  if (file.text.length > bounds.fileSize) {
    return { body: { items: [] }, diagnostics: [hclDiagnostic("hcl/too-large", "warning", fileTooLarge(file.text.length, bounds.fileSize), src.range(0, 0))] };
  }
  const parsed = JSON_FILE.test(file.file) ? parseJson(parser, src, bounds, kind) : parseNative(parser, src, bounds);
  if (comments) for (const [start, end] of parsed.comments ?? []) comments(file.file, start, end);
  return parsed;
}
function loadModuleConfig(parser, directory, files, bounds, comments) {
  const config = {
    directory,
    variables: /* @__PURE__ */ new Map(),
    locals: /* @__PURE__ */ new Map(),
    resources: /* @__PURE__ */ new Map(),
    resourceTypes: /* @__PURE__ */ new Set(),
    data: /* @__PURE__ */ new Map(),
    modules: /* @__PURE__ */ new Map(),
    outputs: /* @__PURE__ */ new Map(),
    providers: [],
    diagnostics: []
  };
  const overrides = [];
  for (const file of files) {
    const { body, diagnostics } = parseFile(parser, file, bounds, "configuration", comments);
    config.diagnostics.push(...diagnostics);
    const blocks = blocksOf(body);
    for (const attribute of attributesOf(body)) {
      config.diagnostics.push(hclDiagnostic("hcl/invalid", "error", `an argument (\`${attribute.name}\`) outside any block`, rangeOf(attribute)));
    }
    if (isOverrideFile(file.file)) overrides.push(...blocks);
    else for (const block of blocks) declare(config, block);
  }
  for (const block of overrides) override(config, block);
  return config;
}
function duplicate(config, block, what) {
  config.diagnostics.push(hclDiagnostic("hcl/duplicate", "error", `${what} is declared twice; the first is read`, rangeOf(block)));
}
function labelled(config, block, count) {
  if (block.labels.length === count) return block.labels.map((label) => label.value);
  config.diagnostics.push(hclDiagnostic("hcl/invalid", "error", `a \`${block.type}\` block takes ${count === 1 ? "one label" : `${count} labels`}`, rangeOf(block)));
  return void 0;
}
function declare(config, block) {
  const named = (map, labels, what) => {
    const names = labelled(config, block, labels);
    if (!names) return;
    const key = names.join(".");
    if (map.has(key)) duplicate(config, block, what(key));
    else map.set(key, block);
  };
  switch (block.type) {
    case "variable":
      return named(config.variables, 1, (key) => `the variable \`${key}\``);
    case "output":
      return named(config.outputs, 1, (key) => `the output \`${key}\``);
    case "module":
      return named(config.modules, 1, (key) => `the module \`${key}\``);
    case "resource":
      named(config.resources, 2, (key) => `the resource \`${key}\``);
      if (block.labels.length === 2) config.resourceTypes.add(block.labels[0].value);
      return;
    case "data":
      return named(config.data, 2, (key) => `the data source \`data.${key}\``);
    case "provider":
      if (labelled(config, block, 1)) config.providers.push(block);
      return;
    case "locals":
      for (const attribute of attributesOf(block.body)) {
        if (config.locals.has(attribute.name)) duplicate(config, attribute, `the local value \`${attribute.name}\``);
        else config.locals.set(attribute.name, attribute);
      }
      return;
    default:
      return;
  }
}
function override(config, block) {
  if (block.type === "locals") {
    for (const attribute of attributesOf(block.body)) {
      if (config.locals.has(attribute.name)) config.locals.set(attribute.name, attribute);
      else config.diagnostics.push(hclDiagnostic("hcl/invalid", "error", `the override of the local value \`${attribute.name}\` has no local value to override`, rangeOf(attribute)));
    }
    return;
  }
  const maps = {
    variable: config.variables,
    output: config.outputs,
    module: config.modules,
    resource: config.resources,
    data: config.data
  };
  const key = block.labels.map((label) => label.value).join(".");
  const map = maps[block.type];
  const base2 = map ? map.get(key) : block.type === "provider" ? config.providers.find((p) => p.labels[0]?.value === key) : void 0;
  if (!base2) {
    if (map || block.type === "provider") config.diagnostics.push(hclDiagnostic("hcl/invalid", "error", `the override of \`${block.type} ${block.labels.map((l) => JSON.stringify(l.value)).join(" ")}\` has no block to override`, rangeOf(block)));
    return;
  }
  const merged = { ...base2, body: mergeBodies(base2.body, block.body) };
  if (map) map.set(key, merged);
  else config.providers[config.providers.indexOf(base2)] = merged;
}
function mergeBodies(base2, over) {
  const attributes = new Map(attributesOf(over).map((attribute) => [attribute.name, attribute]));
  const blockTypes = new Set(blocksOf(over).map((block) => block.type));
  const items = [];
  for (const item of base2.items) {
    if (item.kind === "attribute") {
      items.push(attributes.get(item.name) ?? item);
      attributes.delete(item.name);
    } else if (!blockTypes.has(item.type)) items.push(item);
  }
  items.push(...attributes.values(), ...blocksOf(over));
  return { items };
}

// src/languages/hcl/functions.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);

// src/languages/hcl/value.ts
function sameRange(a, b) {
  return a.file === b.file && a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}
function relocate(value, loc) {
  if (sameRange(value.loc, loc)) return value;
  return { ...value, loc, from: value.from ?? value.loc };
}
function formatNumber(n) {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  const text = String(n);
  if (!text.includes("e")) return text;
  const [mantissa, exponentText] = text.split("e");
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace("-", "").replace(".", "");
  const point = mantissa.replace("-", "").indexOf(".");
  const integerDigits = (point === -1 ? mantissa.replace("-", "").length : point) + exponent;
  const body = integerDigits <= 0 ? `0.${"0".repeat(-integerDigits)}${digits}` : `${digits.slice(0, integerDigits).padEnd(integerDigits, "0")}.${digits.slice(integerDigits)}`;
  return `${negative ? "-" : ""}${body.replace(/\.$/, "")}`;
}
var NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
function asNumber(value) {
  if (value.kind === "number") return value.value;
  if (value.kind === "string" && NUMBER_TEXT.test(value.value)) return Number(value.value);
  return void 0;
}
function asBool(value) {
  if (value.kind === "bool") return value.value;
  if (value.kind === "string" && (value.value === "true" || value.value === "false")) return value.value === "true";
  return void 0;
}
function asString(value) {
  switch (value.kind) {
    case "string":
      return value.value;
    case "number":
      return formatNumber(value.value);
    case "bool":
      return value.value ? "true" : "false";
    default:
      return void 0;
  }
}
function compareKeys(a, b) {
  if (a === b) return 0;
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i].codePointAt(0);
    const y = right[i].codePointAt(0);
    if (x !== y) return x - y;
  }
  return left.length - right.length;
}
function sortedEntries(value) {
  return [...value.entries].sort(([a], [b]) => compareKeys(a, b));
}
function equalValues(a, b) {
  switch (a.kind) {
    case "string":
    case "number":
    case "bool":
      return b.kind === a.kind && b.value === a.value;
    case "null":
      return b.kind === "null";
    case "list":
      return b.kind === "list" && b.items.length === a.items.length && a.items.every((item, i) => equalValues(item, b.items[i]));
    case "object":
      return b.kind === "object" && b.entries.size === a.entries.size && [...a.entries].every(([key, entry]) => b.entries.has(key) && equalValues(entry, b.entries.get(key)));
    case "unknown":
      return false;
  }
}
function valueKey(value) {
  switch (value.kind) {
    case "string":
      return `s${JSON.stringify(value.value)}`;
    case "number":
      return `n${value.value}`;
    case "bool":
      return `b${value.value}`;
    case "null":
      return "null";
    case "list":
      return `[${value.items.map(valueKey).join(",")}]`;
    case "object":
      return `{${sortedEntries(value).map(([key, entry]) => `${JSON.stringify(key)}:${valueKey(entry)}`).join(",")}}`;
    case "unknown":
      return "?";
  }
}
function jsonText(value) {
  switch (value.kind) {
    case "string":
      return jsonString(value.value);
    case "number":
      return formatNumber(value.value);
    case "bool":
      return value.value ? "true" : "false";
    case "null":
      return "null";
    case "list": {
      const items = [];
      for (const item of value.items) {
        const text = jsonText(item);
        if (text === void 0) return void 0;
        items.push(text);
      }
      return `[${items.join(",")}]`;
    }
    case "object": {
      const entries = [];
      for (const [key, entry] of sortedEntries(value)) {
        const text = jsonText(entry);
        if (text === void 0) return void 0;
        entries.push(`${jsonString(key)}:${text}`);
      }
      return `{${entries.join(",")}}`;
    }
    case "unknown":
      return void 0;
  }
}
function jsonString(text) {
  return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function kindName(value) {
  switch (value.kind) {
    case "list":
      return "a list";
    case "object":
      return "an object";
    case "null":
      return "null";
    case "unknown":
      return "an unknown value";
    default:
      return `a ${value.kind}`;
  }
}
function setElements(items) {
  const seen = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = valueKey(item);
    if (!seen.has(key)) seen.set(key, item);
  }
  const out = [...seen.values()];
  if (out.every((item) => item.kind === "string")) out.sort((a, b) => compareKeys(a.value, b.value));
  else if (out.every((item) => item.kind === "number")) out.sort((a, b) => a.value - b.value);
  return out;
}

// src/languages/hcl/functions.ts
var Call = class {
  constructor(ev, expr) {
    this.ev = ev;
    this.expr = expr;
    this.loc = rangeOf(expr);
  }
  ev;
  expr;
  loc;
  fail(reason) {
    return this.ev.error(this.expr, `${this.expr.name}: ${reason}`);
  }
  notModelled(what) {
    return this.ev.unknown(this.expr, `${this.expr.name}: ${what} is not modelled`);
  }
  carry(value) {
    return this.ev.carry(value, this.expr);
  }
  string(value) {
    return this.ev.string(this.expr, value);
  }
  number(value) {
    return { kind: "number", value, loc: this.loc };
  }
  bool(value) {
    return { kind: "bool", value, loc: this.loc };
  }
  null() {
    return { kind: "null", loc: this.loc };
  }
  list(items) {
    return this.ev.collection(this.expr, { kind: "list", items, loc: this.loc });
  }
  object(entries) {
    return this.ev.collection(this.expr, { kind: "object", entries, loc: this.loc });
  }
  /** A string built past the bound on string length: unknown (said once). */
  tooLong() {
    return this.ev.tooLong(this.expr);
  }
  /** A value passed through unchanged, now at the call. */
  pass(value) {
    return this.ev.relocate(value, this.loc);
  }
  text(value, what = "a string") {
    if (value.kind === "unknown") return this.carry(value);
    return asString(value) ?? this.fail(`needs ${what}, not ${kindName(value)}`);
  }
  integer(value) {
    if (value.kind === "unknown") return this.carry(value);
    const n = asNumber(value);
    if (n === void 0 || !Number.isInteger(n)) return this.fail(`needs a whole number, not ${kindName(value)}`);
    return n;
  }
  listOf(value) {
    if (value.kind === "unknown") return this.carry(value);
    return value.kind === "list" ? value : this.fail(`needs a list, not ${kindName(value)}`);
  }
  objectOf(value) {
    if (value.kind === "unknown") return this.carry(value);
    return value.kind === "object" ? value : this.fail(`needs a map or an object, not ${kindName(value)}`);
  }
  strings(list) {
    const out = [];
    for (const item of list.items) {
      const text = this.text(item, "strings");
      if (typeof text !== "string") return text;
      out.push(text);
    }
    return out;
  }
};
var isUnknown = (value) => typeof value === "object" && value !== null && value.kind === "unknown";
var graphemes;
function characters(text) {
  graphemes ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  return Array.from(graphemes.segment(text), (segment) => segment.segment);
}
function stringFunction(transform, arity = 1) {
  return {
    min: arity,
    max: arity,
    call(c, args) {
      const texts = [];
      for (const arg of args) {
        const text = c.text(arg);
        if (typeof text !== "string") return text;
        texts.push(text);
      }
      return c.string(transform(texts[0], texts.slice(1)));
    }
  };
}
function numberFunction(transform, arity = 1) {
  return {
    min: arity === "variadic" ? 1 : arity,
    max: arity === "variadic" ? void 0 : arity,
    call(c, args) {
      const values = [];
      for (const arg of args) {
        const n = asNumber(arg);
        if (n === void 0) return c.fail(`needs numbers, not ${kindName(arg)}`);
        values.push(n);
      }
      return c.number(transform(values));
    }
  };
}
function goQuote(text) {
  return JSON.stringify(text);
}
function formatOne(c, spec, args) {
  let out = "";
  let next = 0;
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i];
    if (ch !== "%") {
      out += ch;
      continue;
    }
    i++;
    if (spec[i] === "%") {
      out += "%";
      continue;
    }
    let flags = "";
    while (i < spec.length && "+- #0".includes(spec[i])) flags += spec[i++];
    if (spec[i] === "[") {
      const close = spec.indexOf("]", i);
      const position = Number(spec.slice(i + 1, close));
      if (close === -1 || !Number.isInteger(position) || position < 1) return c.fail("a malformed argument index");
      next = position - 1;
      i = close + 1;
    }
    let width = "";
    while (i < spec.length && spec[i] >= "0" && spec[i] <= "9") width += spec[i++];
    let precision;
    if (spec[i] === ".") {
      i++;
      let digits = "";
      while (i < spec.length && spec[i] >= "0" && spec[i] <= "9") digits += spec[i++];
      precision = Number(digits || "0");
    }
    const verb = spec[i];
    if (verb === void 0) return c.fail("the format ends inside a verb");
    const arg = args[next++];
    if (!arg) return c.fail("not enough arguments for the format");
    if (arg.kind === "unknown") return c.carry(arg);
    let text;
    let numeric = false;
    switch (verb) {
      case "v":
        text = flags.includes("#") || arg.kind === "list" || arg.kind === "object" ? jsonText(arg) : arg.kind === "null" ? "null" : asString(arg);
        break;
      case "s":
        text = asString(arg);
        if (text !== void 0 && precision !== void 0) text = characters(text).slice(0, precision).join("");
        break;
      case "q": {
        const s = asString(arg);
        text = s === void 0 ? void 0 : goQuote(s);
        break;
      }
      case "t": {
        const b = asBool(arg);
        text = b === void 0 ? void 0 : String(b);
        break;
      }
      case "d":
      case "x":
      case "X":
      case "o":
      case "b": {
        const n = asNumber(arg);
        if (n === void 0 || !Number.isInteger(n)) return c.fail(`%${verb} needs a whole number, not ${kindName(arg)}`);
        const base2 = { d: 10, x: 16, X: 16, o: 8, b: 2 }[verb];
        text = Math.abs(n) < 2 ** 53 ? Math.abs(n).toString(base2) : BigInt(Math.abs(n)).toString(base2);
        if (verb === "X") text = text.toUpperCase();
        text = (n < 0 ? "-" : flags.includes("+") ? "+" : "") + text;
        numeric = true;
        break;
      }
      case "f": {
        const n = asNumber(arg);
        if (n === void 0) return c.fail(`%f needs a number, not ${kindName(arg)}`);
        text = (n >= 0 && flags.includes("+") ? "+" : "") + n.toFixed(precision ?? 6);
        numeric = true;
        break;
      }
      default:
        return c.notModelled(`the verb %${verb}`);
    }
    if (text === void 0) return c.fail(`%${verb} cannot format ${kindName(arg)}`);
    const size = Number(width || "0");
    const length = characters(text).length;
    if (length < size) {
      const pad = size - length;
      if (flags.includes("-")) text += " ".repeat(pad);
      else if (flags.includes("0") && numeric) text = /^[-+]/.test(text) ? text[0] + "0".repeat(pad) + text.slice(1) : "0".repeat(pad) + text;
      else text = " ".repeat(pad) + text;
    }
    out += text;
    if (out.length > c.ev.run.bounds.stringLength) return c.tooLong();
  }
  return out;
}
function flattenInto(c, list, out) {
  for (const item of list.items) {
    if (item.kind === "unknown") return c.carry(item);
    if (item.kind === "list") {
      const failed = flattenInto(c, item, out);
      if (failed) return failed;
    } else out.push(item);
    const tooBig = c.ev.tooBig(c.expr, out.length);
    if (tooBig) return tooBig;
  }
  return void 0;
}
function parsePrefix(text) {
  if (!import_ipaddr.default.isValidCIDR(text)) return void 0;
  const [address, length] = import_ipaddr.default.parseCIDR(text);
  const bits = address.kind() === "ipv4" ? 32 : 128;
  let value = 0n;
  for (const byte of address.toByteArray()) value = value << 8n | BigInt(byte);
  const hostBits = BigInt(bits - length);
  return { network: value >> hostBits << hostBits, length, bits };
}
function formatAddress(value, bits) {
  const bytes = [];
  for (let i = bits / 8 - 1; i >= 0; i--) bytes.push(Number(value >> BigInt(i * 8) & 0xffn));
  return import_ipaddr.default.fromByteArray(bytes).toString();
}
function subnet(c, prefix, newBits, netNum) {
  const parsed = parsePrefix(prefix);
  if (!parsed) return c.fail(`${JSON.stringify(prefix)} is not an address prefix`);
  const length = parsed.length + newBits;
  if (newBits < 0 || length > parsed.bits) return c.fail(`${newBits} more bits do not fit in ${prefix}`);
  if (netNum < 0 || BigInt(netNum) >= 1n << BigInt(newBits)) return c.fail(`${netNum} does not fit in ${newBits} bits`);
  return `${formatAddress(parsed.network | BigInt(netNum) << BigInt(parsed.bits - length), parsed.bits)}/${length}`;
}
function setOperation(combine) {
  return {
    min: 1,
    call(c, args) {
      const lists = [];
      for (const arg of args) {
        const list = c.listOf(arg);
        if (isUnknown(list)) return list;
        lists.push(list.items);
      }
      return c.list(setElements(combine(lists)));
    }
  };
}
var FUNCTIONS = {
  format: {
    min: 1,
    call(c, [spec, ...args]) {
      const text = c.text(spec);
      if (typeof text !== "string") return text;
      const out = formatOne(c, text, args);
      return typeof out === "string" ? c.string(out) : out;
    }
  },
  formatlist: {
    min: 1,
    call(c, args) {
      const lengths = args.filter((arg) => arg.kind === "list").map((arg) => arg.items.length);
      if (lengths.some((n) => n !== lengths[0])) return c.fail("the lists are not all of the same length");
      const count = lengths[0] ?? 1;
      const items = [];
      for (let i = 0; i < count; i++) {
        const row = args.map((arg) => arg.kind === "list" ? arg.items[i] : arg);
        const spec = c.text(row[0]);
        if (typeof spec !== "string") return spec;
        const out = formatOne(c, spec, row.slice(1));
        if (typeof out !== "string") return out;
        items.push(c.string(out));
      }
      return c.list(items);
    }
  },
  join: {
    min: 2,
    call(c, [separator, ...lists]) {
      const sep = c.text(separator);
      if (typeof sep !== "string") return sep;
      const parts = [];
      for (const arg of lists) {
        const list = c.listOf(arg);
        if (isUnknown(list)) return list;
        const texts = c.strings(list);
        if (isUnknown(texts)) return texts;
        parts.push(...texts);
      }
      return c.string(parts.join(sep));
    }
  },
  split: {
    min: 2,
    max: 2,
    call(c, [separator, text]) {
      const sep = c.text(separator);
      if (typeof sep !== "string") return sep;
      const whole = c.text(text);
      if (typeof whole !== "string") return whole;
      return c.list(whole.split(sep).map((part) => c.string(part)));
    }
  },
  concat: {
    min: 1,
    partial: true,
    call(c, args) {
      const items = [];
      for (const arg of args) {
        const list = c.listOf(arg);
        if (isUnknown(list)) return list;
        items.push(...list.items);
      }
      return c.list(items);
    }
  },
  lower: stringFunction((text) => text.toLowerCase()),
  upper: stringFunction((text) => text.toUpperCase()),
  trimspace: stringFunction((text) => text.trim()),
  trimsuffix: stringFunction((text, [suffix]) => suffix !== "" && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text, 2),
  trimprefix: stringFunction((text, [prefix]) => text.startsWith(prefix) ? text.slice(prefix.length) : text, 2),
  trim: stringFunction((text, [cutset]) => {
    const cut = new Set(cutset);
    const chars = [...text];
    let start = 0;
    let end = chars.length;
    while (start < end && cut.has(chars[start])) start++;
    while (end > start && cut.has(chars[end - 1])) end--;
    return chars.slice(start, end).join("");
  }, 2),
  title: stringFunction((text) => text.replace(new RegExp("(^|[^\\p{L}\\p{N}'])(\\p{L})", "gu"), (_, before, letter) => before + letter.toUpperCase())),
  startswith: {
    min: 2,
    max: 2,
    call(c, [text, prefix]) {
      const t = c.text(text);
      if (typeof t !== "string") return t;
      const p = c.text(prefix);
      return typeof p === "string" ? c.bool(t.startsWith(p)) : p;
    }
  },
  endswith: {
    min: 2,
    max: 2,
    call(c, [text, suffix]) {
      const t = c.text(text);
      if (typeof t !== "string") return t;
      const s = c.text(suffix);
      return typeof s === "string" ? c.bool(t.endsWith(s)) : s;
    }
  },
  strcontains: {
    min: 2,
    max: 2,
    call(c, [text, part]) {
      const t = c.text(text);
      if (typeof t !== "string") return t;
      const p = c.text(part);
      return typeof p === "string" ? c.bool(t.includes(p)) : p;
    }
  },
  substr: {
    min: 3,
    max: 3,
    call(c, [text, offset, length]) {
      const t = c.text(text);
      if (typeof t !== "string") return t;
      const start = c.integer(offset);
      if (typeof start !== "number") return start;
      const size = c.integer(length);
      if (typeof size !== "number") return size;
      const chars = characters(t);
      const from = start < 0 ? Math.max(0, chars.length + start) : start;
      if (from > chars.length) return c.fail("the offset is past the end of the string");
      return c.string(chars.slice(from, size < 0 ? void 0 : from + size).join(""));
    }
  },
  replace: {
    min: 3,
    max: 3,
    call(c, args) {
      const [text, search, replacement] = args.map((arg) => c.text(arg));
      if (typeof text !== "string") return text;
      if (typeof search !== "string") return search;
      if (typeof replacement !== "string") return replacement;
      if (search.length > 1 && search.startsWith("/") && search.endsWith("/")) return c.notModelled("a regular expression");
      if (search === "") return c.string(replacement + [...text].join(replacement) + (text === "" ? "" : replacement));
      return c.string(text.split(search).join(replacement));
    }
  },
  lookup: {
    min: 2,
    max: 3,
    partial: true,
    call(c, [map, key, fallback]) {
      const object = c.objectOf(map);
      if (isUnknown(object)) return object;
      const name = c.text(key);
      if (typeof name !== "string") return name;
      const entry = object.entries.get(name);
      if (entry) return c.pass(entry);
      if (fallback) return c.pass(fallback);
      return c.fail(`no key ${JSON.stringify(name)} and no default`);
    }
  },
  merge: {
    min: 0,
    partial: true,
    call(c, args) {
      const entries = /* @__PURE__ */ new Map();
      for (const arg of args) {
        if (arg.kind === "null") continue;
        const object = c.objectOf(arg);
        if (isUnknown(object)) return object;
        for (const [key, value] of object.entries) {
          entries.delete(key);
          entries.set(key, value);
        }
      }
      return c.object(entries);
    }
  },
  element: {
    min: 2,
    max: 2,
    partial: true,
    call(c, [list, index]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const i = c.integer(index);
      if (typeof i !== "number") return i;
      if (l.items.length === 0) return c.fail("the list is empty");
      if (i < 0) return c.fail("the index is negative");
      return c.pass(l.items[i % l.items.length]);
    }
  },
  length: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [value]) {
      if (value.kind === "unknown") return c.carry(value);
      if (value.kind === "list") return c.number(value.items.length);
      if (value.kind === "object") return c.number(value.entries.size);
      if (value.kind === "string") return c.number(characters(value.value).length);
      return c.fail(`needs a collection or a string, not ${kindName(value)}`);
    }
  },
  flatten: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const out = [];
      return flattenInto(c, l, out) ?? c.list(out);
    }
  },
  distinct: {
    min: 1,
    max: 1,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const seen = /* @__PURE__ */ new Set();
      const items = [];
      for (const item of l.items) {
        const key = valueKey(item);
        if (seen.has(key)) continue;
        seen.add(key);
        items.push(item);
      }
      return c.list(items);
    }
  },
  tolist: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [value]) {
      const l = c.listOf(value);
      return isUnknown(l) ? l : c.pass(l);
    }
  },
  toset: {
    min: 1,
    max: 1,
    call(c, [value]) {
      const l = c.listOf(value);
      return isUnknown(l) ? l : c.list(setElements(l.items));
    }
  },
  tomap: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [value]) {
      const o = c.objectOf(value);
      return isUnknown(o) ? o : c.pass(o);
    }
  },
  tostring: {
    min: 1,
    max: 1,
    call(c, [value]) {
      if (value.kind === "null") return c.pass(value);
      const text = asString(value);
      return text === void 0 ? c.fail(`cannot convert ${kindName(value)} to a string`) : c.string(text);
    }
  },
  tonumber: {
    min: 1,
    max: 1,
    call(c, [value]) {
      if (value.kind === "null") return c.pass(value);
      const n = asNumber(value);
      return n === void 0 ? c.fail(`cannot convert ${kindName(value)} to a number`) : c.number(n);
    }
  },
  tobool: {
    min: 1,
    max: 1,
    call(c, [value]) {
      if (value.kind === "null") return c.pass(value);
      const b = asBool(value);
      return b === void 0 ? c.fail(`cannot convert ${kindName(value)} to a bool`) : c.bool(b);
    }
  },
  keys: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [value]) {
      const o = c.objectOf(value);
      if (isUnknown(o)) return o;
      return c.list(sortedEntries(o).map(([key, entry]) => ({ kind: "string", value: key, loc: entry.loc })));
    }
  },
  values: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [value]) {
      const o = c.objectOf(value);
      if (isUnknown(o)) return o;
      return c.list(sortedEntries(o).map(([, entry]) => entry));
    }
  },
  coalesce: {
    min: 1,
    partial: true,
    call(c, args) {
      for (const arg of args) {
        if (arg.kind === "unknown") return c.carry(arg);
        if (arg.kind === "null" || arg.kind === "string" && arg.value === "") continue;
        return c.pass(arg);
      }
      return c.fail("no argument is neither null nor an empty string");
    }
  },
  coalescelist: {
    min: 1,
    partial: true,
    call(c, args) {
      for (const arg of args) {
        const l = c.listOf(arg);
        if (isUnknown(l)) return l;
        if (l.items.length > 0) return c.pass(l);
      }
      return c.fail("every list is empty");
    }
  },
  jsonencode: {
    min: 1,
    max: 1,
    call(c, [value]) {
      const text = jsonText(value);
      return text === void 0 ? c.fail("cannot encode the value") : c.string(text);
    }
  },
  contains: {
    min: 2,
    max: 2,
    call(c, [list, value]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const key = valueKey(value);
      return c.bool(l.items.some((item) => valueKey(item) === key));
    }
  },
  compact: {
    min: 1,
    max: 1,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      return c.list(l.items.filter((item) => item.kind !== "null" && !(item.kind === "string" && item.value === "")));
    }
  },
  zipmap: {
    min: 2,
    max: 2,
    partial: true,
    call(c, [keys, values]) {
      const k = c.listOf(keys);
      if (isUnknown(k)) return k;
      const v = c.listOf(values);
      if (isUnknown(v)) return v;
      if (k.items.length !== v.items.length) return c.fail("the lists are not of the same length");
      const names = c.strings(k);
      if (isUnknown(names)) return names;
      return c.object(new Map(names.map((name, i) => [name, v.items[i]])));
    }
  },
  reverse: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [list]) {
      const l = c.listOf(list);
      return isUnknown(l) ? l : c.list([...l.items].reverse());
    }
  },
  slice: {
    min: 3,
    max: 3,
    partial: true,
    call(c, [list, start, end]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const from = c.integer(start);
      if (typeof from !== "number") return from;
      const to = c.integer(end);
      if (typeof to !== "number") return to;
      if (from < 0 || to > l.items.length || from > to) return c.fail("the range is outside the list");
      return c.list(l.items.slice(from, to));
    }
  },
  sort: {
    min: 1,
    max: 1,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const texts = c.strings(l);
      if (isUnknown(texts)) return texts;
      return c.list(l.items.map((item, i) => ({ item, text: texts[i] })).sort((a, b) => compareKeys(a.text, b.text)).map(({ item, text }) => ({ kind: "string", value: text, loc: item.loc })));
    }
  },
  one: {
    min: 1,
    max: 1,
    partial: true,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      if (l.items.length > 1) return c.fail("the list has more than one element");
      return l.items.length === 0 ? c.null() : c.pass(l.items[0]);
    }
  },
  range: {
    min: 1,
    max: 3,
    call(c, args) {
      const numbers = args.map((arg) => asNumber(arg));
      if (numbers.some((n) => n === void 0)) return c.fail("needs numbers");
      const [a, b, s] = numbers;
      const [start, end, step] = args.length === 1 ? [0, a, 1] : [a, b, s ?? (a <= b ? 1 : -1)];
      if (step === 0 || step > 0 && start > end || step < 0 && start < end) return step === 0 ? c.fail("the step is zero") : c.list([]);
      const count = Math.ceil((end - start) / step);
      const tooBig = c.ev.tooBig(c.expr, count);
      if (tooBig) return tooBig;
      return c.list(Array.from({ length: count }, (_, i) => c.number(start + i * step)));
    }
  },
  basename: stringFunction((text) => {
    const trimmed = text.replace(/\/+$/, "");
    return trimmed === "" ? text === "" ? "." : "/" : trimmed.slice(trimmed.lastIndexOf("/") + 1);
  }),
  dirname: stringFunction((text) => {
    const at2 = text.lastIndexOf("/");
    if (at2 === -1) return ".";
    const dir = text.slice(0, at2).replace(/\/+$/, "");
    return dir === "" ? "/" : dir;
  }),
  strrev: stringFunction((text) => characters(text).reverse().join("")),
  base64encode: stringFunction((text) => Buffer.from(text, "utf8").toString("base64")),
  base64decode: {
    min: 1,
    max: 1,
    call(c, [value]) {
      const text = c.text(value);
      if (typeof text !== "string") return text;
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return c.fail("not base64");
      const bytes = Buffer.from(text, "base64");
      const decoded = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
      return decoded.includes("\uFFFD") ? c.fail("the decoded bytes are not UTF-8") : c.string(decoded);
    }
  },
  jsondecode: {
    min: 1,
    max: 1,
    call(c, [value]) {
      const text = c.text(value);
      if (typeof text !== "string") return text;
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch {
        return c.fail("not JSON");
      }
      const build = (data) => {
        if (data === null) return c.null();
        if (typeof data === "string") return c.string(data);
        if (typeof data === "number") return c.number(data);
        if (typeof data === "boolean") return c.bool(data);
        if (Array.isArray(data)) return c.list(data.map(build));
        return c.object(new Map(Object.entries(data).map(([key, entry]) => [key, build(entry)])));
      };
      return build(parsed);
    }
  },
  cidrsubnet: {
    min: 3,
    max: 3,
    call(c, [prefix, newBits, netNum]) {
      const text = c.text(prefix);
      if (typeof text !== "string") return text;
      const bits = c.integer(newBits);
      if (typeof bits !== "number") return bits;
      const num = c.integer(netNum);
      if (typeof num !== "number") return num;
      const out = subnet(c, text, bits, num);
      return typeof out === "string" ? c.string(out) : out;
    }
  },
  cidrsubnets: {
    min: 1,
    call(c, [prefix, ...sizes]) {
      const text = c.text(prefix);
      if (typeof text !== "string") return text;
      const parsed = parsePrefix(text);
      if (!parsed) return c.fail(`${JSON.stringify(text)} is not an address prefix`);
      const out = [];
      let next = parsed.network;
      for (const size of sizes) {
        const bits = c.integer(size);
        if (typeof bits !== "number") return bits;
        const length = parsed.length + bits;
        if (bits < 1 || length > parsed.bits) return c.fail(`${bits} more bits do not fit in ${text}`);
        const block = 1n << BigInt(parsed.bits - length);
        next = (next + block - 1n) / block * block;
        if (next >> BigInt(parsed.bits - parsed.length) !== parsed.network >> BigInt(parsed.bits - parsed.length)) return c.fail(`the subnets do not fit in ${text}`);
        out.push(c.string(`${formatAddress(next, parsed.bits)}/${length}`));
        next += block;
      }
      return c.list(out);
    }
  },
  cidrhost: {
    min: 2,
    max: 2,
    call(c, [prefix, hostNum]) {
      const text = c.text(prefix);
      if (typeof text !== "string") return text;
      const num = c.integer(hostNum);
      if (typeof num !== "number") return num;
      const parsed = parsePrefix(text);
      if (!parsed) return c.fail(`${JSON.stringify(text)} is not an address prefix`);
      const size = 1n << BigInt(parsed.bits - parsed.length);
      const host = num < 0 ? size + BigInt(num) : BigInt(num);
      if (host < 0n || host >= size) return c.fail(`host number ${num} does not fit in ${text}`);
      return c.string(formatAddress(parsed.network + host, parsed.bits));
    }
  },
  cidrnetmask: {
    min: 1,
    max: 1,
    call(c, [prefix]) {
      const text = c.text(prefix);
      if (typeof text !== "string") return text;
      const parsed = parsePrefix(text);
      if (!parsed || parsed.bits !== 32) return c.fail(`${JSON.stringify(text)} is not an IPv4 address prefix`);
      return c.string(formatAddress((1n << 32n) - 1n ^ (1n << BigInt(32 - parsed.length)) - 1n, 32));
    }
  },
  setproduct: {
    min: 2,
    call(c, args) {
      const lists = [];
      for (const arg of args) {
        const list = c.listOf(arg);
        if (isUnknown(list)) return list;
        lists.push(list.items);
      }
      const size = lists.reduce((n, list) => n * list.length, 1);
      const tooBig = c.ev.tooBig(c.expr, size);
      if (tooBig) return tooBig;
      let rows = [[]];
      for (const list of lists) rows = rows.flatMap((row) => list.map((item) => [...row, item]));
      return c.list(rows.map((row) => c.list(row)));
    }
  },
  setunion: setOperation((sets) => sets.flat()),
  setintersection: setOperation(([first, ...rest]) => first.filter((item) => rest.every((set) => set.some((other) => valueKey(other) === valueKey(item))))),
  setsubtract: {
    min: 2,
    max: 2,
    call(c, [a, b]) {
      const left = c.listOf(a);
      if (isUnknown(left)) return left;
      const right = c.listOf(b);
      if (isUnknown(right)) return right;
      const removed = new Set(right.items.map(valueKey));
      return c.list(setElements(left.items.filter((item) => !removed.has(valueKey(item)))));
    }
  },
  index: {
    min: 2,
    max: 2,
    call(c, [list, value]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const key = valueKey(value);
      const at2 = l.items.findIndex((item) => valueKey(item) === key);
      return at2 === -1 ? c.fail("the value is not in the list") : c.number(at2);
    }
  },
  alltrue: {
    min: 1,
    max: 1,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      return c.bool(l.items.every((item) => asBool(item) === true));
    }
  },
  anytrue: {
    min: 1,
    max: 1,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      return c.bool(l.items.some((item) => asBool(item) === true));
    }
  },
  sum: {
    min: 1,
    max: 1,
    call(c, [list]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      let total = 0;
      for (const item of l.items) {
        const n = asNumber(item);
        if (n === void 0) return c.fail(`needs numbers, not ${kindName(item)}`);
        total += n;
      }
      return l.items.length === 0 ? c.fail("the list is empty") : c.number(total);
    }
  },
  chunklist: {
    min: 2,
    max: 2,
    partial: true,
    call(c, [list, size]) {
      const l = c.listOf(list);
      if (isUnknown(l)) return l;
      const n = c.integer(size);
      if (typeof n !== "number") return n;
      if (n < 0) return c.fail("the size is negative");
      if (n === 0) return c.list([c.pass(l)]);
      const chunks = [];
      for (let i = 0; i < l.items.length; i += n) chunks.push(c.list(l.items.slice(i, i + n)));
      return c.list(chunks);
    }
  },
  pow: numberFunction(([a, b]) => a ** b, 2),
  parseint: {
    min: 2,
    max: 2,
    call(c, [text, base2]) {
      const t = c.text(text);
      if (typeof t !== "string") return t;
      const b = c.integer(base2);
      if (typeof b !== "number") return b;
      const digits = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, b);
      if (b > 36) return c.notModelled(`base ${b}`);
      if (b < 2 || !new RegExp(`^[-+]?[${digits}${digits.toUpperCase()}]+$`).test(t)) return c.fail(`${JSON.stringify(t)} is not a number in base ${b}`);
      return c.number(parseInt(t, b));
    }
  },
  sensitive: { min: 1, max: 1, partial: true, call: (c, [value]) => c.pass(value) },
  nonsensitive: { min: 1, max: 1, partial: true, call: (c, [value]) => c.pass(value) },
  min: numberFunction((values) => values.reduce((a, b) => Math.min(a, b)), "variadic"),
  max: numberFunction((values) => values.reduce((a, b) => Math.max(a, b)), "variadic"),
  abs: numberFunction(([n]) => Math.abs(n)),
  ceil: numberFunction(([n]) => Math.ceil(n)),
  floor: numberFunction(([n]) => Math.floor(n)),
  signum: numberFunction(([n]) => Math.sign(n))
};
function lazy(ev, expr, scope) {
  if (expr.name === "try") {
    if (expr.args.length === 0) return ev.error(expr, "try: needs at least one argument");
    let last;
    for (const arg of expr.args) {
      const value = ev.evaluate(arg, scope);
      const spent = ev.walk(expr, [value]);
      if (spent) return spent;
      const unknown = firstFailure(ev, value);
      if (!unknown) return ev.relocate(value, expr);
      last = unknown;
    }
    return ev.error(expr, `try: no argument could be evaluated (the last: ${last.reason})`);
  }
  if (expr.name === "can") {
    if (expr.args.length !== 1) return ev.error(expr, "can: needs one argument");
    const value = ev.evaluate(expr.args[0], scope);
    const spent = ev.walk(expr, [value]);
    if (spent) return spent;
    if (firstFailure(ev, value)) return { kind: "bool", value: false, loc: rangeOf(expr) };
    const unknown = firstUnknown(value);
    return unknown ? ev.carry(unknown, expr) : { kind: "bool", value: true, loc: rangeOf(expr) };
  }
  return void 0;
}
function firstFailure(ev, value) {
  switch (value.kind) {
    case "unknown":
      return ev.run.failed.has(value) ? value : void 0;
    case "list":
      for (const item of value.items) {
        const found = firstFailure(ev, item);
        if (found) return found;
      }
      return void 0;
    case "object":
      for (const entry of value.entries.values()) {
        const found = firstFailure(ev, entry);
        if (found) return found;
      }
      return void 0;
    default:
      return void 0;
  }
}
function callFunction(ev, expr, scope) {
  const special = lazy(ev, expr, scope);
  if (special) return special;
  if (expr.name.includes("::")) return ev.unknown(expr, `the provider-defined function \`${expr.name}\` is not modelled`);
  const spec = Object.hasOwn(FUNCTIONS, expr.name) ? FUNCTIONS[expr.name] : void 0;
  let args = expr.args.map((arg) => ev.evaluate(arg, scope));
  const spent = ev.walk(expr, args);
  if (spent) return spent;
  if (!spec) {
    for (const arg of args) {
      const unknown = firstUnknown(arg);
      if (unknown) return ev.carry(unknown, expr);
    }
    return ev.unknown(expr, `the function \`${expr.name}\` is not modelled`);
  }
  if (expr.expandLast) {
    const last = args.pop();
    if (!last) return ev.error(expr, `${expr.name}: \`...\` needs an argument`);
    if (last.kind === "unknown") return ev.carry(last, expr);
    if (last.kind !== "list") return ev.error(expr, `${expr.name}: \`...\` expands a list, not ${kindName(last)}`);
    args = [...args, ...last.items];
  }
  if (args.length < spec.min || spec.max !== void 0 && args.length > spec.max) {
    const expected = spec.max === spec.min ? `${spec.min}` : spec.max === void 0 ? `at least ${spec.min}` : `${spec.min} to ${spec.max}`;
    return ev.error(expr, `${expr.name}: needs ${expected} argument${expected === "1" ? "" : "s"}, not ${args.length}`);
  }
  if (!spec.partial) {
    for (const arg of args) {
      const unknown = firstUnknown(arg);
      if (unknown) return ev.carry(unknown, expr);
    }
  }
  return spec.call(new Call(ev, expr), args);
}
var MODELLED_FUNCTIONS = ["try", "can", ...Object.keys(FUNCTIONS)].sort();

// src/languages/hcl/evaluate.ts
var Run = class {
  constructor(bounds) {
    this.bounds = bounds;
  }
  bounds;
  steps = 0;
  /** Elements of lists and objects, and characters of strings, built so far. */
  values = 0;
  characters = 0;
  depth = 0;
  instances = 0;
  diagnostics = [];
  /** How many values a list's items or an object's entries hold, all levels counted (shared by a value's relocated copies). */
  sizes = /* @__PURE__ */ new WeakMap();
  spent = false;
  /** Unknown values that stand for an evaluation error (no such attribute, a type mismatch). */
  failed = /* @__PURE__ */ new WeakSet();
  /** Objects of resource instances: an attribute not written in the block is computed, not missing. */
  open = /* @__PURE__ */ new WeakSet();
  said = /* @__PURE__ */ new Set();
  outOfSteps = false;
  /** The bounds on the whole reading's values are reached (said once). */
  spend(at2) {
    if (this.spent) return;
    this.spent = true;
    this.diagnose(
      "hcl/too-much-work",
      "warning",
      `evaluation built more than ${thousands(this.bounds.valuesTotal)} values or ${thousands(this.bounds.charactersTotal)} characters; values built after are unknown`,
      rangeOf(at2)
    );
  }
  diagnose(code, severity, message, range) {
    const key = `${code}\0${range.file}\0${range.line}\0${range.column}\0${message}`;
    if (this.said.has(key)) return;
    this.said.add(key);
    this.diagnostics.push(hclDiagnostic(code, severity, message, range));
  }
  /** Counts one step; false once the bound on the total work is reached (said once). */
  step(at2) {
    if (++this.steps <= this.bounds.steps) return true;
    if (!this.outOfSteps) {
      this.outOfSteps = true;
      this.diagnose("hcl/too-much-work", "warning", `evaluation stopped after ${thousands(this.bounds.steps)} steps; values not yet computed are unknown`, rangeOf(at2));
    }
    return false;
  }
};
var REASONS = {
  computed: "a resource attribute known only after apply",
  dataSource: "a data source, read when Terraform runs",
  workspace: "the workspace is chosen when Terraform runs",
  self: "`self` is known only when a provisioner runs",
  syntax: "a syntax error",
  cycle: "a reference cycle",
  tooDeep: "nested too deeply to evaluate",
  budget: "evaluation stopped at its bound"
};
var META_ATTRIBUTES = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "providers", "lifecycle"]);
var META_BLOCKS = /* @__PURE__ */ new Set(["lifecycle", "provisioner", "connection", "precondition", "postcondition", "dynamic"]);
var Evaluator = class {
  constructor(run, host) {
    this.run = run;
    this.host = host;
  }
  run;
  host;
  /** An unknown value at `at`, naming it as written. */
  unknown(at2, reason, error = false) {
    const value = { kind: "unknown", expression: textOf(at2).trim(), reason, loc: rangeOf(at2) };
    if (error) this.run.failed.add(value);
    return value;
  }
  /**
   * The value as used at `at` (see `relocate`); it stays an error, or a resource instance's
   * object, if it was one.
   */
  relocate(value, at2) {
    const moved = relocate(value, "file" in at2 ? at2 : rangeOf(at2));
    if (moved !== value) {
      if (this.run.failed.has(value)) this.run.failed.add(moved);
      if (this.run.open.has(value)) this.run.open.add(moved);
    }
    return moved;
  }
  /** An evaluation error at `at` (what `try` catches). */
  error(at2, reason) {
    return this.unknown(at2, reason, true);
  }
  /** An unknown part makes the value at `at` unknown: it names the part and its reason, and keeps where the part is. */
  carry(cause, at2) {
    const loc = rangeOf(at2);
    if (sameRange(cause.loc, loc)) return cause;
    const value = { kind: "unknown", expression: cause.expression, reason: cause.reason, loc, from: cause.from ?? cause.loc };
    if (this.run.failed.has(cause)) this.run.failed.add(value);
    return value;
  }
  /** A string built past the bound on string length is unknown (said once). */
  tooLong(at2) {
    this.run.diagnose("hcl/too-long", "warning", `a string of more than ${thousands(this.run.bounds.stringLength)} characters; its value is unknown`, rangeOf(at2));
    return this.unknown(at2, `a string longer than ${thousands(this.run.bounds.stringLength)} characters`);
  }
  /**
   * Counts what a value built here takes toward the bounds on the whole reading; past them,
   * the value is unknown (said once).
   */
  charge(at2, elements, characters2 = 0) {
    const run = this.run;
    run.values += elements;
    run.characters += characters2;
    if (run.values <= run.bounds.valuesTotal && run.characters <= run.bounds.charactersTotal) return void 0;
    run.spend(at2);
    return this.unknown(at2, REASONS.budget);
  }
  /**
   * A list or object built here, within the bounds: its own elements (`collectionSize`), what
   * the reading has built (`charge`, unless `charged` already), and its whole tree. A value
   * can hold another many times (`[local.a, local.a]`), so a few lines can make a tree of
   * billions of values; one past `valuesTotal` is unknown, so that whoever walks a value
   * (a rule, `jsonencode`, `==`) walks a bounded tree.
   */
  collection(at2, value, charged = false) {
    const parts = value.kind === "list" ? value.items : [...value.entries.values()];
    const over = this.tooBig(at2, parts.length) ?? (charged ? void 0 : this.charge(at2, parts.length));
    if (over) return over;
    let size = parts.length;
    for (const part of parts) size += this.treeSize(part);
    if (size > this.run.bounds.valuesTotal) {
      this.run.spend(at2);
      return this.unknown(at2, REASONS.budget);
    }
    this.run.sizes.set(value.kind === "list" ? value.items : value.entries, size);
    return value;
  }
  /**
   * Counts walking whole values (a function's arguments, the sides of `==`) as steps: a value
   * read many times costs its size each time. Unknown once the bound on steps is reached.
   */
  walk(at2, values) {
    for (const value of values) this.run.steps += this.treeSize(value);
    return this.run.step(at2) ? void 0 : this.unknown(at2, REASONS.budget);
  }
  /** The values a value holds at every level (a value built elsewhere is counted once and remembered). */
  treeSize(value) {
    if (value.kind !== "list" && value.kind !== "object") return 0;
    const key = value.kind === "list" ? value.items : value.entries;
    const known = this.run.sizes.get(key);
    if (known !== void 0) return known;
    let size = 0;
    for (const part of value.kind === "list" ? value.items : value.entries.values()) size += 1 + this.treeSize(part);
    this.run.sizes.set(key, size);
    return size;
  }
  string(at2, value, operator) {
    if (value.length > this.run.bounds.stringLength) return this.tooLong(at2);
    const spent = this.charge(at2, 0, value.length);
    if (spent) return spent;
    return operator ? { kind: "string", value, loc: rangeOf(at2), operator } : { kind: "string", value, loc: rangeOf(at2) };
  }
  /** A list or object built here over the bound on collection size is unknown (said once). */
  tooBig(at2, size) {
    if (size <= this.run.bounds.collectionSize) return void 0;
    this.run.diagnose("hcl/too-long", "warning", `a collection of more than ${thousands(this.run.bounds.collectionSize)} elements; its value is unknown`, rangeOf(at2));
    return this.unknown(at2, `a collection of more than ${thousands(this.run.bounds.collectionSize)} elements`);
  }
  evaluate(expr, scope) {
    const run = this.run;
    if (!run.step(expr)) return this.unknown(expr, REASONS.budget);
    if (run.depth >= run.bounds.depth) {
      run.diagnose("hcl/too-deep", "warning", `references and expressions nest more than ${run.bounds.depth} levels deep; the inner value is unknown`, rangeOf(expr));
      return this.unknown(expr, REASONS.tooDeep);
    }
    run.depth++;
    try {
      return this.evaluateNode(expr, scope);
    } finally {
      run.depth--;
    }
  }
  evaluateNode(expr, scope) {
    const loc = () => rangeOf(expr);
    switch (expr.type) {
      case "literal": {
        const { value } = expr;
        if (value === null) return { kind: "null", loc: loc() };
        if (typeof value === "string") return this.string(expr, value);
        if (typeof value === "number") return { kind: "number", value, loc: loc() };
        return { kind: "bool", value, loc: loc() };
      }
      case "template":
        return this.template(expr, scope);
      case "tuple": {
        const items = expr.items.map((item) => this.evaluate(item, scope));
        return this.collection(expr, { kind: "list", items, loc: loc() });
      }
      case "object": {
        const entries = /* @__PURE__ */ new Map();
        for (const item of expr.items) {
          let key = item.keyName;
          if (key === void 0) {
            const keyValue = this.evaluate(item.key, scope);
            if (keyValue.kind === "unknown") return this.carry(keyValue, expr);
            key = asString(keyValue);
            if (key === void 0) return this.error(item.key, `an object key must be a string, not ${kindName(keyValue)}`);
          }
          entries.set(key, this.evaluate(item.value, scope));
        }
        return this.collection(expr, { kind: "object", entries, loc: loc() });
      }
      case "variable":
        return this.name(expr, scope);
      case "attr":
        return this.attribute(expr, scope);
      case "index": {
        const target = this.extended(this.evaluate(expr.target, scope), expr.target, expr);
        const key = this.evaluate(expr.key, scope);
        return this.index(target, key, expr);
      }
      case "splat":
        return this.splat(expr, scope);
      case "call":
        return callFunction(this, expr, scope);
      case "for":
        return this.forExpression(expr, scope);
      case "conditional": {
        const condition = this.evaluate(expr.condition, scope);
        if (condition.kind === "unknown") return this.carry(condition, expr);
        const chosen = asBool(condition);
        if (chosen === void 0) return this.error(expr.condition, `a condition must be a bool, not ${kindName(condition)}`);
        return this.relocate(this.evaluate(chosen ? expr.then : expr.else, scope), loc());
      }
      case "unary":
        return this.unary(expr, scope);
      case "binary":
        return this.binary(expr, scope);
      case "paren":
        return this.relocate(this.evaluate(expr.inner, scope), loc());
      case "invalid":
        return this.unknown(expr, expr.message);
    }
  }
  template(expr, scope) {
    const [only] = expr.parts;
    if (expr.quoted && expr.parts.length === 1 && only.type === "interpolation") return this.relocate(this.evaluate(only.expr, scope), rangeOf(expr));
    const pieces = [];
    const state = { length: 0 };
    const failure = this.templateParts(expr.parts, scope, pieces, state, expr);
    if (failure) return failure.kind === "unknown" ? this.carry(failure, expr) : failure;
    return this.string(expr, pieces.join(""));
  }
  /** Appends the text of template parts; returns the unknown (or error) that stops it. */
  templateParts(parts, scope, out, state, whole) {
    const limit = this.run.bounds.stringLength;
    const push = (text) => {
      state.length += text.length;
      if (state.length > limit) return this.tooLong(whole);
      out.push(text);
      return void 0;
    };
    for (const part of parts) {
      if (!this.run.step(part)) return this.unknown(part, REASONS.budget);
      switch (part.type) {
        case "text": {
          const failed = push(part.value);
          if (failed) return failed;
          break;
        }
        case "interpolation": {
          const value = this.evaluate(part.expr, scope);
          if (value.kind === "unknown") return value;
          const text = asString(value);
          if (text === void 0) return this.error(part.expr, `${kindName(value)} cannot be written into a string`);
          const failed = push(text);
          if (failed) return failed;
          break;
        }
        case "if": {
          const condition = this.evaluate(part.condition, scope);
          if (condition.kind === "unknown") return condition;
          const chosen = asBool(condition);
          if (chosen === void 0) return this.error(part.condition, `a condition must be a bool, not ${kindName(condition)}`);
          const failed = this.templateParts(chosen ? part.then : part.else, scope, out, state, whole);
          if (failed) return failed;
          break;
        }
        case "for": {
          const collection = this.evaluate(part.collection, scope);
          if (collection.kind === "unknown") return collection;
          const elements = this.elements(collection, part.collection);
          if (elements.kind === "unknown") return elements;
          for (const [key, value] of elements.pairs) {
            const names = /* @__PURE__ */ new Map([[part.valueVar, value]]);
            if (part.keyVar !== void 0) names.set(part.keyVar, key);
            const failed = this.templateParts(part.body, { parent: scope, names }, out, state, whole);
            if (failed) return failed;
          }
          break;
        }
      }
    }
    return void 0;
  }
  /** A collection's elements as key and value: a list's indexes, an object's keys in Terraform's order. */
  elements(collection, at2) {
    if (collection.kind === "list") return { kind: "pairs", pairs: collection.items.map((item, i) => [{ kind: "number", value: i, loc: item.loc }, item]) };
    if (collection.kind === "object") return { kind: "pairs", pairs: sortedEntries(collection).map(([key, value]) => [{ kind: "string", value: key, loc: value.loc }, value]) };
    if (collection.kind === "unknown") return collection;
    return this.error(at2, `cannot iterate over ${kindName(collection)}`);
  }
  lookupName(scope, name) {
    for (let s = scope; s; s = s.parent) {
      const value = s.names?.get(name);
      if (value) return value;
    }
    return void 0;
  }
  eachOf(scope) {
    for (let s = scope; s; s = s.parent) if (s.each) return s.each;
    return void 0;
  }
  countOf(scope) {
    for (let s = scope; s; s = s.parent) if (s.count) return s.count;
    return void 0;
  }
  name(expr, scope) {
    const bound = this.lookupName(scope, expr.name);
    if (bound) return this.relocate(bound, rangeOf(expr));
    if (expr.name === "each") {
      const each = this.eachOf(scope);
      if (each) return { kind: "object", entries: /* @__PURE__ */ new Map([["key", each.key], ["value", each.value]]), loc: rangeOf(expr) };
    }
    if (expr.name === "self") return this.unknown(expr, REASONS.self);
    return this.error(expr, `\`${expr.name}\` is not declared here`);
  }
  attribute(expr, scope) {
    const target = expr.target;
    const loc = rangeOf(expr);
    if (target.type === "variable" && !this.lookupName(scope, target.name)) {
      const name = expr.name;
      switch (target.name) {
        case "var": {
          const value = this.host.variable(name, expr);
          return value ? this.relocate(value, loc) : this.error(expr, `no variable \`${name}\` is declared in this module`);
        }
        case "local": {
          const value = this.host.local(name, expr);
          return value ? this.relocate(value, loc) : this.error(expr, `no local value \`${name}\` is declared in this module`);
        }
        case "each": {
          const each = this.eachOf(scope);
          if (!each) return this.error(expr, "`each` is known only in a block with `for_each`");
          if (name === "key") return this.relocate(each.key, loc);
          if (name === "value") return this.relocate(each.value, loc);
          return this.error(expr, "`each` has only `key` and `value`");
        }
        case "count": {
          const count = this.countOf(scope);
          if (!count) return this.error(expr, "`count.index` is known only in a block with `count`");
          return name === "index" ? this.relocate(count, loc) : this.error(expr, "`count` has only `index`");
        }
        case "path": {
          const path2 = this.host.path(name);
          return path2 === void 0 ? this.unknown(expr, `\`path.${name}\` depends on where Terraform runs`) : this.string(expr, path2);
        }
        case "terraform":
          return this.unknown(expr, REASONS.workspace);
        case "module": {
          const value = this.host.module(name, expr);
          return value ? this.relocate(value, loc) : this.error(expr, `no module \`${name}\` is called in this module`);
        }
        case "data":
          return this.error(expr, "a data source is named by its type and name (`data.TYPE.NAME`)");
        case "self":
          return this.unknown(expr, REASONS.self);
        default:
          if (this.host.isResourceType(target.name)) {
            const value = this.host.resource(target.name, name, expr);
            return value ? this.relocate(value, loc) : this.error(expr, `no resource \`${target.name}.${name}\` is declared in this module`);
          }
      }
    }
    const call = target.type === "index" ? target.target : target;
    if (call.type === "attr" && call.target.type === "variable" && call.target.name === "module" && !this.lookupName(scope, "module")) {
      const key = target.type === "index" ? this.evaluate(target.key, scope) : void 0;
      const value = key?.kind === "unknown" ? void 0 : this.host.moduleOutput(call.name, key, expr.name, expr);
      if (value) return this.relocate(value, loc);
    }
    if (target.type === "attr" && target.target.type === "variable" && target.target.name === "data" && !this.lookupName(scope, "data")) {
      if (!this.host.dataSource(target.name, expr.name)) return this.error(expr, `no data source \`data.${target.name}.${expr.name}\` is declared in this module`);
      return this.unknown(expr, REASONS.dataSource);
    }
    return this.getAttribute(this.extended(this.evaluate(target, scope), target, expr), expr.name, expr);
  }
  /**
   * An unknown reference followed by attributes or indexes is named in full where it is
   * written: `data.aws_ip_ranges.ms.cidr_blocks`, not only `data.aws_ip_ranges.ms`.
   */
  extended(value, target, whole) {
    if (value.kind !== "unknown" || value.from || !sameRange(value.loc, rangeOf(target)) || this.run.failed.has(value)) return value;
    return { ...value, expression: textOf(whole).trim(), loc: rangeOf(whole) };
  }
  getAttribute(target, name, at2) {
    switch (target.kind) {
      case "object": {
        const entry = target.entries.get(name);
        const open = this.run.open.has(target);
        if (entry && !(open && entry.kind === "null")) return this.relocate(entry, rangeOf(at2));
        if (open) return this.unknown(at2, REASONS.computed);
        return this.error(at2, `no attribute \`${name}\``);
      }
      case "unknown":
        return this.carry(target, at2);
      case "null":
        return this.error(at2, `an attribute of null (\`${name}\`)`);
      default:
        return this.error(at2, `${kindName(target)} has no attributes`);
    }
  }
  index(target, key, at2) {
    if (target.kind === "unknown") return this.carry(target, at2);
    if (key.kind === "unknown") return this.carry(key, at2);
    if (target.kind === "list") {
      const i = asNumber(key);
      if (i === void 0 || !Number.isInteger(i)) return this.error(at2, `a list index must be a whole number, not ${kindName(key)}`);
      const item = target.items[i];
      return item ? this.relocate(item, rangeOf(at2)) : this.error(at2, `index ${i} is out of range (${target.items.length} elements)`);
    }
    if (target.kind === "object") {
      const name = asString(key);
      if (name === void 0) return this.error(at2, `a map key must be a string, not ${kindName(key)}`);
      const entry = target.entries.get(name);
      const open = this.run.open.has(target);
      if (entry && !(open && entry.kind === "null")) return this.relocate(entry, rangeOf(at2));
      if (open) return this.unknown(at2, REASONS.computed);
      return this.error(at2, `no element with key ${JSON.stringify(name)}`);
    }
    if (target.kind === "null") return this.error(at2, "an index into null");
    return this.error(at2, `${kindName(target)} cannot be indexed`);
  }
  steps(value, steps, scope, at2) {
    let current = value;
    for (const step of steps) {
      current = step.type === "attr" ? this.getAttribute(current, step.name, at2) : this.index(current, this.evaluate(step.key, scope), at2);
    }
    return current;
  }
  splat(expr, scope) {
    const target = this.evaluate(expr.target, scope);
    if (target.kind === "unknown") return this.carry(target, expr);
    if (target.kind === "null") return { kind: "list", items: [], loc: rangeOf(expr) };
    const items = target.kind === "list" ? target.items : [target];
    return { kind: "list", items: items.map((item) => this.steps(item, expr.steps, scope, expr)), loc: rangeOf(expr) };
  }
  forExpression(expr, scope) {
    const collection = this.evaluate(expr.collection, scope);
    if (collection.kind === "unknown") return this.carry(collection, expr);
    const elements = this.elements(collection, expr.collection);
    if (elements.kind === "unknown") return this.carry(elements, expr);
    const tooBig = this.tooBig(expr, elements.pairs.length) ?? this.charge(expr, elements.pairs.length);
    if (tooBig) return tooBig;
    const items = [];
    const entries = /* @__PURE__ */ new Map();
    const groups = /* @__PURE__ */ new Map();
    for (const [key, value] of elements.pairs) {
      const names = /* @__PURE__ */ new Map([[expr.valueVar, value]]);
      if (expr.keyVar !== void 0) names.set(expr.keyVar, key);
      const inner = { parent: scope, names };
      if (expr.condition) {
        const keep = this.evaluate(expr.condition, inner);
        if (keep.kind === "unknown") return this.carry(keep, expr);
        const chosen = asBool(keep);
        if (chosen === void 0) return this.error(expr.condition, `a \`for\` condition must be a bool, not ${kindName(keep)}`);
        if (!chosen) continue;
      }
      if (!expr.key) {
        items.push(this.evaluate(expr.value, inner));
        continue;
      }
      const keyValue = this.evaluate(expr.key, inner);
      if (keyValue.kind === "unknown") return this.carry(keyValue, expr);
      const name = asString(keyValue);
      if (name === void 0) return this.error(expr.key, `an object key must be a string, not ${kindName(keyValue)}`);
      const entry = this.evaluate(expr.value, inner);
      if (expr.grouping) {
        const group = groups.get(name) ?? [];
        group.push(entry);
        groups.set(name, group);
      } else {
        if (entries.has(name)) return this.error(expr.key, `two elements have the key ${JSON.stringify(name)} (\`...\` groups them)`);
        entries.set(name, entry);
      }
    }
    if (!expr.key) return this.collection(expr, { kind: "list", items, loc: rangeOf(expr) }, true);
    if (expr.grouping) for (const [name, group] of groups) entries.set(name, { kind: "list", items: group, loc: group[0].loc });
    return this.collection(expr, { kind: "object", entries, loc: rangeOf(expr) }, true);
  }
  unary(expr, scope) {
    const operand = this.evaluate(expr.operand, scope);
    if (operand.kind === "unknown") return this.carry(operand, expr);
    const loc = rangeOf(expr);
    if (expr.operator === "-") {
      const n = asNumber(operand);
      if (n === void 0) return this.error(expr, `\`-\` needs a number, not ${kindName(operand)}`);
      return expr.operand.type === "literal" ? { kind: "number", value: -n, loc } : { kind: "number", value: -n, loc, operator: "unary-" };
    }
    const b = asBool(operand);
    if (b === void 0) return this.error(expr, `\`!\` needs a bool, not ${kindName(operand)}`);
    return { kind: "bool", value: !b, loc, operator: "unary!" };
  }
  binary(expr, scope) {
    const { operator } = expr;
    const loc = rangeOf(expr);
    if (operator === "&&" || operator === "||") {
      const left2 = this.evaluate(expr.left, scope);
      const l = left2.kind === "unknown" ? void 0 : asBool(left2);
      if (left2.kind !== "unknown" && l === void 0) return this.error(expr.left, `\`${operator}\` needs bools, not ${kindName(left2)}`);
      if (l === (operator === "||")) return { kind: "bool", value: l, loc, operator };
      const right2 = this.evaluate(expr.right, scope);
      if (left2.kind === "unknown") return this.carry(left2, expr);
      if (right2.kind === "unknown") return this.carry(right2, expr);
      const r = asBool(right2);
      if (r === void 0) return this.error(expr.right, `\`${operator}\` needs bools, not ${kindName(right2)}`);
      return { kind: "bool", value: r, loc, operator };
    }
    const left = this.evaluate(expr.left, scope);
    const right = this.evaluate(expr.right, scope);
    if (operator === "==" || operator === "!=") {
      const spent = this.walk(expr, [left, right]);
      if (spent) return spent;
      const unknown = firstUnknown(left) ?? firstUnknown(right);
      if (unknown) return this.carry(unknown, expr);
      const equal = equalValues(left, right);
      return { kind: "bool", value: operator === "==" ? equal : !equal, loc, operator };
    }
    if (left.kind === "unknown") return this.carry(left, expr);
    if (right.kind === "unknown") return this.carry(right, expr);
    const a = asNumber(left);
    const b = asNumber(right);
    if (a === void 0 || b === void 0) return this.error(expr, `\`${operator}\` needs numbers, not ${kindName(a === void 0 ? left : right)}`);
    const result = arithmetic(operator, a, b);
    if (result === void 0) return this.error(expr, "division by zero");
    return typeof result === "boolean" ? { kind: "bool", value: result, loc, operator } : { kind: "number", value: result, loc, operator };
  }
  /**
   * A block body as an object: each argument by name, and nested blocks as lists of objects
   * under their type (`security_rule { ... }` twice is a list of two objects), `dynamic`
   * blocks expanded among them. Terraform's own arguments and blocks (`count`, `lifecycle`,
   * `provisioner`...) are left out.
   */
  body(body, scope, range, meta) {
    const entries = /* @__PURE__ */ new Map();
    const lists = /* @__PURE__ */ new Map();
    const listOf = (name, loc) => {
      let items = lists.get(name);
      if (!items) {
        items = [];
        lists.set(name, items);
        entries.set(name, { kind: "list", items, loc });
      }
      return items;
    };
    for (const item of body.items) {
      if (item.kind === "attribute") {
        if (meta && META_ATTRIBUTES.has(item.name)) continue;
        if (!entries.has(item.name)) entries.set(item.name, this.evaluate(item.expr, scope));
        continue;
      }
      if (item.type === "dynamic") {
        const name = item.labels[0]?.value;
        if (name) this.dynamic(item, name, scope, listOf(name, rangeOf(item)));
        continue;
      }
      if (meta && META_BLOCKS.has(item.type)) continue;
      if (entries.has(item.type) && !lists.has(item.type)) continue;
      listOf(item.type, rangeOf(item)).push(this.body(item.body, scope, rangeOf(item), false));
    }
    return { kind: "object", entries, loc: range };
  }
  /**
   * A `dynamic` block: one object per element of its `for_each`, its `content` evaluated with
   * the iterator (named by `iterator`, else the block type) holding `key` and `value`. When
   * the collection is unknown, how many blocks there are is unknown: one unknown element
   * stands for them.
   */
  dynamic(block, name, scope, out) {
    const attributes = new Map(block.body.items.filter((item) => item.kind === "attribute").map((item) => [item.name, item]));
    const content = block.body.items.find((item) => item.kind === "block" && item.type === "content");
    const forEach = attributes.get("for_each");
    if (!forEach || content?.kind !== "block") {
      out.push(this.error(block, "a `dynamic` block needs `for_each` and a `content` block"));
      return;
    }
    const iteratorExpr = attributes.get("iterator")?.expr;
    const iterator = iteratorExpr?.type === "variable" ? iteratorExpr.name : name;
    const collection = this.evaluate(forEach.expr, scope);
    const elements = collection.kind === "unknown" ? collection : this.elements(collection, forEach.expr);
    if (elements.kind === "unknown") {
      out.push({ ...this.carry(elements, block), reason: `how many \`${name}\` blocks there are is not known: ${elements.reason}` });
      return;
    }
    if (elements.pairs.length > this.run.bounds.instancesPerBlock) {
      this.run.diagnose("hcl/too-many-instances", "warning", `\`dynamic "${name}"\` expands to ${thousands(elements.pairs.length)} blocks, more than ${thousands(this.run.bounds.instancesPerBlock)}; they are not read`, rangeOf(forEach.expr));
      out.push(this.unknown(block, `more than ${thousands(this.run.bounds.instancesPerBlock)} \`${name}\` blocks`));
      return;
    }
    for (const [key, value] of elements.pairs) {
      const loc = rangeOf(content);
      const names = /* @__PURE__ */ new Map([[iterator, { kind: "object", entries: /* @__PURE__ */ new Map([["key", key], ["value", value]]), loc }]]);
      out.push(this.body(content.body, { parent: scope, names }, loc, false));
    }
  }
  /**
   * The elements `for_each` iterates: a map's or object's entries (key and value), or a set's
   * strings (each its own key). A list is read as the set it must be converted to.
   */
  forEachElements(collection, at2) {
    if (collection.kind === "unknown") return collection;
    if (collection.kind === "object") return this.elements(collection, at2);
    if (collection.kind === "list") {
      const seen = /* @__PURE__ */ new Map();
      for (const item of collection.items) {
        if (item.kind === "unknown") return this.carry(item, at2);
        const key = asString(item);
        if (key === void 0 || item.kind !== "string") return this.error(at2, `\`for_each\` over a list holding ${kindName(item)}: Terraform needs a map or a set of strings`);
        if (!seen.has(key)) seen.set(key, [item, item]);
      }
      return { kind: "pairs", pairs: [...seen.entries()].sort(([a], [b]) => compareKeys(a, b)).map(([, pair]) => pair) };
    }
    if (collection.kind === "null") return this.error(at2, "`for_each` over null");
    return this.error(at2, `\`for_each\` over ${kindName(collection)}: Terraform needs a map or a set of strings`);
  }
};
function arithmetic(operator, a, b) {
  switch (operator) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? void 0 : a / b;
    case "%":
      return b === 0 ? void 0 : a % b;
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    default:
      return void 0;
  }
}

// src/languages/hcl/types.ts
var ANY = { kind: "any" };
function typeSpec(expr) {
  switch (expr.type) {
    case "variable":
      return ["any", "string", "number", "bool"].includes(expr.name) ? { kind: expr.name } : void 0;
    case "literal":
      if (expr.value === "string") return { kind: "string" };
      if (expr.value === "list") return { kind: "list", element: ANY };
      if (expr.value === "map") return { kind: "map", element: ANY };
      return void 0;
    case "call": {
      const [first] = expr.args;
      if (!first) return void 0;
      if (expr.name === "list" || expr.name === "set" || expr.name === "map") {
        const element = typeSpec(first);
        return element && { kind: expr.name, element };
      }
      if (expr.name === "tuple" && first.type === "tuple") {
        const elements = first.items.map(typeSpec);
        return elements.every((element) => element) ? { kind: "tuple", elements } : void 0;
      }
      if (expr.name === "object" && first.type === "object") {
        const attributes = /* @__PURE__ */ new Map();
        for (const item of first.items) {
          const name = item.keyName ?? (item.key.type === "literal" && typeof item.key.value === "string" ? item.key.value : void 0);
          if (name === void 0) return void 0;
          const value = item.value;
          if (value.type === "call" && value.name === "optional" && value.args[0]) {
            const type = typeSpec(value.args[0]);
            if (!type) return void 0;
            attributes.set(name, { type, optional: true, fallback: value.args[1] });
          } else {
            const type = typeSpec(value);
            if (!type) return void 0;
            attributes.set(name, { type, optional: false });
          }
        }
        return { kind: "object", attributes };
      }
      return void 0;
    }
    default:
      return void 0;
  }
}
function convert(value, type, ev) {
  if (value.kind === "unknown" || value.kind === "null") return value;
  switch (type.kind) {
    case "any":
      return value;
    case "string": {
      const text = value.kind === "string" ? void 0 : asString(value);
      return text === void 0 ? value : { ...value, kind: "string", value: text };
    }
    case "number": {
      const n = value.kind === "string" ? asNumber(value) : void 0;
      return n === void 0 ? value : { ...value, kind: "number", value: n };
    }
    case "bool": {
      const b = value.kind === "string" ? asBool(value) : void 0;
      return b === void 0 ? value : { ...value, kind: "bool", value: b };
    }
    case "list":
    case "set": {
      if (value.kind !== "list") return value;
      const items = value.items.map((item) => convert(item, type.element, ev));
      return { ...value, items: type.kind === "set" ? setElements(items) : items };
    }
    case "map": {
      if (value.kind !== "object") return value;
      return { ...value, entries: new Map([...value.entries].map(([key, entry]) => [key, convert(entry, type.element, ev)])) };
    }
    case "tuple": {
      if (value.kind !== "list" || value.items.length !== type.elements.length) return value;
      return { ...value, items: value.items.map((item, i) => convert(item, type.elements[i], ev)) };
    }
    case "object": {
      if (value.kind !== "object") return value;
      const entries = /* @__PURE__ */ new Map();
      for (const [name, attribute] of type.attributes) {
        const entry = value.entries.get(name);
        if (entry) entries.set(name, convert(entry, attribute.type, ev));
        else if (!attribute.optional) return value;
        else if (attribute.fallback) entries.set(name, convert(ev.evaluate(attribute.fallback, {}), attribute.type, ev));
        else entries.set(name, { kind: "null", loc: value.loc });
      }
      return { ...value, entries };
    }
  }
}

// src/languages/hcl/module.ts
var MODULE_META = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
var PENDING = /* @__PURE__ */ Symbol("pending");
function readModule(parser, options) {
  const bounds = { ...DEFAULT_BOUNDS, ...options.bounds };
  const reading = { parser, run: new Run(bounds), bounds, root: options.directory, readModuleDirectory: options.readModuleDirectory, comments: options.comments, configs: /* @__PURE__ */ new Map(), directories: /* @__PURE__ */ new Map() };
  const config = loadModuleConfig(parser, options.directory, options.files, bounds, options.comments);
  reading.configs.set(options.directory, config);
  const diagnostics = [...config.diagnostics];
  const variableValues = /* @__PURE__ */ new Map();
  const literal = new Evaluator(reading.run, NO_REFERENCES);
  for (const file of options.variableFiles ?? []) {
    const { body, diagnostics: fileDiagnostics } = parseFile(parser, file, bounds, "variables", options.comments);
    diagnostics.push(...fileDiagnostics);
    for (const block of blocksOf(body)) diagnostics.push({ ...rangeOf(block), severity: "error", code: "hcl/invalid", message: "a variable file holds only `name = value` assignments" });
    for (const attribute of attributesOf(body)) {
      let value;
      variableValues.set(attribute.name, () => value ??= literal.evaluate(attribute.expr, {}));
    }
  }
  const module = new ModuleReader(reading, config, "", 0, [options.directory], { values: variableValues, from: "variable file" }).assemble();
  module.diagnostics = [...diagnostics, ...module.diagnostics, ...reading.run.diagnostics].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column
  );
  return module;
}
var NO_REFERENCES = {
  variable: () => void 0,
  local: () => void 0,
  isResourceType: () => false,
  resource: () => void 0,
  dataSource: () => false,
  module: () => void 0,
  moduleOutput: () => void 0,
  path: () => void 0
};
var ModuleReader = class _ModuleReader {
  constructor(reading, config, address, depth, stack, inputs) {
    this.reading = reading;
    this.config = config;
    this.address = address;
    this.depth = depth;
    this.stack = stack;
    this.inputs = inputs;
    this.ev = new Evaluator(reading.run, this);
  }
  reading;
  config;
  address;
  depth;
  stack;
  inputs;
  ev;
  memo = /* @__PURE__ */ new Map();
  expansions = /* @__PURE__ */ new Map();
  instanceObjects = /* @__PURE__ */ new Map();
  children = /* @__PURE__ */ new Map();
  get run() {
    return this.reading.run;
  }
  /** A value computed once; asked for again while it is being computed, it is a cycle. */
  cached(key, at2, what, compute) {
    const found = this.memo.get(key);
    if (found === PENDING) {
      this.run.diagnose("hcl/cycle", "error", `${what} depends on itself`, rangeOf(at2));
      return this.ev.error(at2, `${what} depends on itself (a reference cycle)`);
    }
    if (found) return found;
    this.memo.set(key, PENDING);
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
  variable(name, at2) {
    const block = this.config.variables.get(name);
    if (!block) return void 0;
    return this.cached(`var.${name}`, at2, `\`var.${name}\``, () => this.variableValue(name, block).value);
  }
  variableValue(name, block) {
    const attributes = new Map(attributesOf(block.body).map((attribute) => [attribute.name, attribute]));
    const defaultAttribute = attributes.get("default");
    const fallback = defaultAttribute ? this.ev.evaluate(defaultAttribute.expr, {}) : void 0;
    const given = this.inputs.values.get(name)?.();
    const nullable = attributes.get("nullable")?.expr;
    const notNullable = nullable?.type === "literal" && nullable.value === false;
    let value;
    let from;
    if (given && !(given.kind === "null" && notNullable && fallback)) {
      value = given;
      from = this.inputs.from;
    } else if (fallback) {
      value = fallback;
      from = "default";
    } else {
      const why = this.inputs.from === "variable file" ? "a variable with no value (no default, and no variable file read sets it)" : "a module input not given";
      value = { kind: "unknown", expression: `var.${name}`, reason: why, loc: rangeOf(block.labels[0] ?? block) };
      from = "none";
    }
    const typeExpr = attributes.get("type")?.expr;
    const type = typeExpr && typeSpec(typeExpr);
    return { value: type ? convert(value, type, this.ev) : value, from, fallback };
  }
  local(name, at2) {
    const attribute = this.config.locals.get(name);
    if (!attribute) return void 0;
    return this.cached(`local.${name}`, at2, `\`local.${name}\``, () => this.ev.evaluate(attribute.expr, {}));
  }
  isResourceType(type) {
    return this.config.resourceTypes.has(type);
  }
  dataSource(type, name) {
    return this.config.data.has(`${type}.${name}`);
  }
  path(name) {
    if (name === "module") return this.config.directory;
    if (name === "root") return this.reading.root;
    return void 0;
  }
  /**
   * A resource referred to by another expression: its instance's object (arguments as
   * written, every other attribute computed), a list of them for `count`, a map for `for_each`.
   */
  resource(type, name, at2) {
    const block = this.config.resources.get(`${type}.${name}`);
    if (!block) return void 0;
    return this.cached(`resource.${type}.${name}`, at2, `\`${type}.${name}\``, () => {
      const expansion = this.expand(block);
      if (expansion.kind === "unknown") return this.ev.carry(expansion.cause, at2);
      const objects = expansion.instances.map((_, i) => this.instanceObject(block, "managed", expansion, i, at2));
      return this.collect(expansion, objects, rangeOf(block));
    });
  }
  /** The value of a collection of instances: the one object, a list (`count`) or a map (`for_each`). */
  collect(expansion, objects, loc) {
    if (expansion.kind === "single") return objects[0];
    if (expansion.kind === "count") return { kind: "list", items: objects, loc };
    const entries = /* @__PURE__ */ new Map();
    expansion.instances.forEach((instance, i) => {
      if (instance.key?.kind === "string") entries.set(instance.key.value, objects[i]);
    });
    return { kind: "object", entries, loc };
  }
  instanceObject(block, mode, expansion, index, at2) {
    let objects = this.instanceObjects.get(block);
    if (!objects) {
      objects = new Array(expansion.instances.length);
      this.instanceObjects.set(block, objects);
    }
    const found = objects[index];
    if (found === PENDING) {
      const what = `\`${block.labels.map((label) => label.value).join(".")}\``;
      this.run.diagnose("hcl/cycle", "error", `${what} depends on itself`, rangeOf(at2));
      return this.ev.error(at2, `${what} depends on itself (a reference cycle)`);
    }
    if (found) return found;
    objects[index] = PENDING;
    const object = this.ev.body(block.body, expansion.instances[index].scope, rangeOf(block), true);
    if (mode === "managed") this.run.open.add(object);
    objects[index] = object;
    return object;
  }
  /** The instances of a resource, data source or module call, by its `count` or `for_each`. */
  expand(block) {
    let expansion = this.expansions.get(block);
    if (!expansion) {
      expansion = this.expansion(block);
      this.expansions.set(block, expansion);
    }
    return expansion;
  }
  expansion(block) {
    const attributes = new Map(attributesOf(block.body).map((attribute) => [attribute.name, attribute]));
    const count = attributes.get("count");
    const forEach = attributes.get("for_each");
    const bounds = this.reading.bounds;
    const unknownExpansion = (cause) => {
      this.run.instances++;
      return { kind: "unknown", cause, instances: [{ key: cause, scope: { each: { key: cause, value: cause }, count: cause } }] };
    };
    const tooMany = (at2, n, bound, what) => {
      this.run.diagnose("hcl/too-many-instances", "warning", `${what} expands to ${thousands(n)} instances, more than ${thousands(bound)}; one unknown instance stands for them`, rangeOf(at2));
      return unknownExpansion(this.ev.unknown(at2, `more than ${thousands(bound)} instances`));
    };
    const counted = (n, at2, what) => {
      if (n > bounds.instancesPerBlock) return tooMany(at2, n, bounds.instancesPerBlock, what);
      if (this.run.instances + n > bounds.instancesTotal) return tooMany(at2, n, bounds.instancesTotal, "with the instances read before, this configuration");
      this.run.instances += n;
      return void 0;
    };
    if (count && forEach) {
      this.run.diagnose("hcl/invalid", "error", "a block cannot have both `count` and `for_each`", rangeOf(count));
      return unknownExpansion(this.ev.error(count, "both `count` and `for_each`"));
    }
    if (count) {
      const value = this.ev.evaluate(count.expr, {});
      if (value.kind === "unknown") return unknownExpansion(value);
      const n = value.kind === "number" ? value.value : value.kind === "string" && /^\d+$/.test(value.value) ? Number(value.value) : NaN;
      if (!Number.isInteger(n) || n < 0) return unknownExpansion(this.ev.error(count.expr, "`count` must be a whole number, not negative"));
      const over2 = counted(n, count.expr, "`count`");
      if (over2) return over2;
      const instances = Array.from({ length: n }, (_, i) => {
        const key = { kind: "number", value: i, loc: value.loc, ...value.from ? { from: value.from } : {} };
        return { key, scope: { count: key } };
      });
      return { kind: "count", instances };
    }
    if (forEach) {
      const value = this.ev.evaluate(forEach.expr, {});
      const elements = this.ev.forEachElements(value, forEach.expr);
      if (elements.kind === "unknown") return unknownExpansion(elements);
      const over2 = counted(elements.pairs.length, forEach.expr, "`for_each`");
      if (over2) return over2;
      return { kind: "for_each", instances: elements.pairs.map(([key, element]) => ({ key, scope: { each: { key, value: element } } })) };
    }
    const over = counted(1, block, "this block");
    if (over) return over;
    return { kind: "single", instances: [{ scope: {} }] };
  }
  module(name, at2) {
    const block = this.config.modules.get(name);
    if (!block) return void 0;
    return this.cached(`module.${name}`, at2, `\`module.${name}\``, () => {
      const expansion = this.expand(block);
      if (expansion.kind === "unknown") return this.ev.carry(expansion.cause, at2);
      const objects = expansion.instances.map((instance, i) => {
        const child = this.child(name, block, instance, i);
        return child.reader ? child.reader.outputsObject(block) : this.ev.unknown(at2, child.notRead);
      });
      return this.collect(expansion, objects, rangeOf(block));
    });
  }
  moduleOutput(name, key, output) {
    const block = this.config.modules.get(name);
    if (!block) return void 0;
    const expansion = this.expand(block);
    if (expansion.kind === "unknown") return void 0;
    const index = expansion.kind === "single" ? key === void 0 ? 0 : -1 : expansion.instances.findIndex((instance) => instance.key !== void 0 && key !== void 0 && asString(instance.key) !== void 0 && asString(instance.key) === asString(key));
    if (index === -1) return void 0;
    const reader = this.child(name, block, expansion.instances[index], index).reader;
    const outputBlock = reader?.config.outputs.get(output);
    return reader && outputBlock ? reader.output(output, outputBlock) : void 0;
  }
  /** The outputs of this module instance as one object, as its caller sees `module.NAME`. */
  outputsObject(call) {
    return this.cached("outputs", call, "the outputs of the module", () => {
      const entries = /* @__PURE__ */ new Map();
      for (const [name, block] of this.config.outputs) entries.set(name, this.output(name, block));
      return { kind: "object", entries, loc: rangeOf(call) };
    });
  }
  output(name, block) {
    return this.cached(`output.${name}`, block, `the output \`${name}\``, () => {
      const value = attributesOf(block.body).find((attribute) => attribute.name === "value");
      return value ? this.ev.evaluate(value.expr, {}) : this.ev.error(block, "an output without `value`");
    });
  }
  child(name, block, instance, index) {
    const memoKey = `${name}\0${index}`;
    let child = this.children.get(memoKey);
    if (!child) {
      child = this.openChild(name, block, instance);
      this.children.set(memoKey, child);
    }
    return child;
  }
  openChild(name, block, instance) {
    const sourceAttribute = attributesOf(block.body).find((attribute) => attribute.name === "source");
    const source = sourceAttribute?.expr;
    if (!source || source.type !== "literal" || typeof source.value !== "string") return { notRead: "a module whose `source` is not a literal string" };
    const path2 = source.value;
    if (!path2.startsWith("./") && !path2.startsWith("../") && path2 !== "." && path2 !== "..") return { notRead: `a module from ${sourceKind(path2)} (${path2}), which is not read` };
    const reader = this.reading.readModuleDirectory;
    if (!reader) return { notRead: `a local module (${path2}) the caller gave no way to read` };
    if (this.depth + 1 >= this.reading.bounds.moduleDepth) {
      this.run.diagnose("hcl/module-depth", "warning", `local modules nest more than ${this.reading.bounds.moduleDepth} levels deep; \`${path2}\` is not read`, rangeOf(source));
      return { notRead: `a module nested more than ${this.reading.bounds.moduleDepth} levels deep` };
    }
    const readKey = `${path2}\0${block.src.file}`;
    let found = this.reading.directories.get(readKey);
    if (!found) {
      found = reader(path2, block.src.file);
      this.reading.directories.set(readKey, found);
    }
    if ("error" in found) {
      this.run.diagnose("hcl/module-unreadable", "warning", `the module \`${path2}\` cannot be read: ${found.error}`, rangeOf(source));
      return { notRead: `a module that cannot be read (${found.error})` };
    }
    if (this.stack.includes(found.directory)) {
      this.run.diagnose("hcl/module-cycle", "error", `the module \`${path2}\` calls itself (through ${[...this.stack.slice(this.stack.indexOf(found.directory)), found.directory].join(" \u2192 ")})`, rangeOf(source));
      return { notRead: "a module that calls itself" };
    }
    let config = this.reading.configs.get(found.directory);
    if (!config) {
      config = loadModuleConfig(this.reading.parser, found.directory, found.files, this.reading.bounds, this.reading.comments);
      this.reading.configs.set(found.directory, config);
      this.run.diagnostics.push(...config.diagnostics);
    }
    const values = /* @__PURE__ */ new Map();
    for (const attribute of attributesOf(block.body)) {
      if (MODULE_META.has(attribute.name)) continue;
      let value;
      values.set(attribute.name, () => value ??= this.ev.evaluate(attribute.expr, instance.scope));
    }
    const address = `${this.address ? `${this.address}.` : ""}module.${name}${keySuffix(instance.key)}`;
    return { reader: new _ModuleReader(this.reading, config, address, this.depth + 1, [...this.stack, found.directory], { values, from: "module input" }) };
  }
  /** The module as read: every declaration evaluated, resources expanded into instances, local modules read. */
  assemble() {
    const config = this.config;
    const variables = [...config.variables].map(([name, block]) => {
      const typeExpr = attributesOf(block.body).find((attribute) => attribute.name === "type")?.expr;
      const { from, fallback } = this.variableValue(name, block);
      return {
        name,
        ...typeExpr ? { type: textOf(typeExpr) } : {},
        ...fallback ? { default: fallback } : {},
        value: this.variable(name, block),
        valueFrom: from,
        loc: rangeOf(block)
      };
    });
    const locals = [...config.locals].map(([name, attribute]) => ({ name, value: this.local(name, attribute.expr), loc: rangeOf(attribute) }));
    const resources = this.instances(config.resources, "managed");
    const data = this.instances(config.data, "data");
    const modules = [];
    for (const [name, block] of config.modules) {
      const expansion = this.expand(block);
      const sourceAttribute = attributesOf(block.body).find((attribute) => attribute.name === "source");
      expansion.instances.forEach((instance, i) => {
        const inputs = this.ev.body({ items: block.body.items.filter((item) => item.kind === "attribute" && !MODULE_META.has(item.name)) }, instance.scope, rangeOf(block), true);
        const child = expansion.kind === "unknown" ? { notRead: `how many instances there are is not known: ${expansion.cause.reason}` } : this.child(name, block, instance, i);
        const address = `${this.address ? `${this.address}.` : ""}module.${name}${keySuffix(instance.key)}`;
        modules.push({
          name,
          address,
          ...instance.key ? { key: instance.key } : {},
          source: sourceAttribute ? this.ev.evaluate(sourceAttribute.expr, {}) : this.ev.error(block, "a module call without `source`"),
          inputs,
          ...child.reader ? { module: child.reader.assemble() } : { notRead: child.notRead },
          loc: rangeOf(block)
        });
      });
    }
    const outputs = [...config.outputs].map(([name, block]) => ({ name, value: this.output(name, block), loc: rangeOf(block) }));
    const providers = config.providers.map((block) => {
      const attributes = this.ev.body(block.body, {}, rangeOf(block), true);
      const alias = attributes.entries.get("alias");
      return { name: block.labels[0].value, ...alias?.kind === "string" ? { alias: alias.value } : {}, attributes, loc: rangeOf(block) };
    });
    return { directory: config.directory, address: this.address, variables, locals, resources, data, modules, outputs, providers, diagnostics: [] };
  }
  instances(blocks, mode) {
    const out = [];
    for (const block of blocks.values()) {
      const [type, name] = block.labels.map((label) => label.value);
      const expansion = this.expand(block);
      expansion.instances.forEach((instance, i) => {
        const object = this.instanceObject(block, mode, expansion, i, block);
        const address = `${this.address ? `${this.address}.` : ""}${mode === "data" ? "data." : ""}${type}.${name}${keySuffix(instance.key)}`;
        out.push({
          mode,
          type,
          name,
          address,
          ...instance.key ? { key: instance.key } : {},
          attributes: object.kind === "object" ? object : { kind: "object", entries: /* @__PURE__ */ new Map(), loc: rangeOf(block) },
          loc: rangeOf(block)
        });
      });
    }
    return out;
  }
};
function keySuffix(key) {
  if (!key) return "";
  if (key.kind === "number") return `[${key.value}]`;
  if (key.kind === "string") return `[${JSON.stringify(key.value)}]`;
  return "[?]";
}
function sourceKind(source) {
  if (/^(git::|git@|github\.com\/|bitbucket\.org\/)/.test(source) || source.endsWith(".git")) return "a git repository";
  if (/^(s3::|gcs::|https?:\/\/)/.test(source)) return "a remote archive";
  if (/^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+$/i.test(source) || /^[^/]+\.[^/]+\/[^/]+\/[^/]+\/[^/]+$/.test(source)) return "a module registry";
  return "outside this repository";
}

// src/languages/hcl/index.ts
async function readTerraformModule(options) {
  const parser = await parserFor("terraform");
  try {
    return readModule(parser, options);
  } finally {
    parser.delete();
  }
}
var CONFIGURATION_FILE = /\.tf(\.json)?$/i;
var VARIABLE_FILE = /(^|[/\\])(terraform\.tfvars(\.json)?|[^/\\]+\.auto\.tfvars(\.json)?)$/;
function isConfigurationFile(file) {
  return CONFIGURATION_FILE.test(file);
}
function isAutomaticVariableFile(file) {
  return VARIABLE_FILE.test(file);
}
function baseName(file) {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
}
function orderVariableFiles(files) {
  const rank = (file) => {
    const name = baseName(file);
    return name === "terraform.tfvars" ? 0 : name === "terraform.tfvars.json" ? 1 : 2;
  };
  return files.filter((file) => isAutomaticVariableFile(file.file)).sort((a, b) => rank(a.file) - rank(b.file) || (baseName(a.file) < baseName(b.file) ? -1 : baseName(a.file) > baseName(b.file) ? 1 : 0));
}
function nestedBlocks(attributes, type) {
  if (attributes.kind !== "object") return [];
  const value = attributes.entries.get(type);
  if (!value) return [];
  if (value.kind === "list") return value.items;
  if (value.kind === "object" || value.kind === "unknown") return [value];
  return [];
}

// src/formats/terraform/reference.ts
var IDENTIFIER_START = /[A-Za-z_]/;
var IDENTIFIER = /[A-Za-z0-9_-]/;
function parseReference(expression) {
  const steps = [];
  let i = 0;
  const text = expression.trim();
  while (i < text.length) {
    if (steps.length > 0) {
      if (text[i] === ".") i++;
      else if (text[i] !== "[") return void 0;
    }
    if (text[i] === "[") {
      const close = closing(text, i);
      if (close === -1) return void 0;
      steps.push({ key: literalKey(text.slice(i + 1, close).trim()) });
      i = close + 1;
      continue;
    }
    if (!IDENTIFIER_START.test(text[i] ?? "")) return void 0;
    let end = i + 1;
    while (end < text.length && IDENTIFIER.test(text[end])) end++;
    steps.push({ name: text.slice(i, end) });
    i = end;
  }
  const names = (from, count) => steps.slice(from, from + count).every((step) => "name" in step);
  const data = "name" in steps[0] && steps[0].name === "data";
  const at2 = data ? 1 : 0;
  if (!names(at2, 2) || steps.length < at2 + 3) return void 0;
  const type = steps[at2].name;
  const name = steps[at2 + 1].name;
  const next = steps[at2 + 2];
  const key = "key" in next ? next.key : void 0;
  if (["var", "local", "module", "each", "count", "path", "self", "terraform"].includes(type)) return void 0;
  return { data, type, name, key };
}
function closing(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i;
  }
  return -1;
}
function literalKey(written) {
  if (/^\d+$/.test(written)) return Number(written);
  if (written.length >= 2 && written.startsWith('"') && written.endsWith('"') && !written.slice(1, -1).includes('"') && !written.includes("\\") && !written.includes("${")) return written.slice(1, -1);
  return null;
}

// src/formats/terraform/providers.ts
var DEFAULT_TTL = 3600;
function zoneOf(instance) {
  const attrs = instance.attributes;
  switch (instance.type) {
    case "aws_route53_zone": {
      const origin = attr(attrs, "name");
      const vpcs = nestedBlocks(attrs, "vpc");
      return { family: "aws", origin, view: vpcs.length > 0 ? "internal" : "external" };
    }
    case "azurerm_dns_zone":
    case "azurerm_private_dns_zone": {
      const origin = attr(attrs, "name");
      const family = instance.type === "azurerm_dns_zone" ? "azure" : "azure-private";
      return { family, key: origin.kind === "string" ? zoneKey(origin.value) : void 0, origin, view: family === "azure" ? "external" : "internal" };
    }
    case "cloudflare_zone": {
      const origin = attrs.entries.get("zone") ?? attr(attrs, "name");
      return { family: "cloudflare", key: origin.kind === "string" ? zoneKey(origin.value) : void 0, origin, view: "external" };
    }
    case "google_dns_managed_zone": {
      const name = attr(attrs, "name");
      const visibility = attrs.entries.get("visibility");
      const view = visibility === void 0 || visibility.kind === "null" ? "external" : visibility.kind === "string" ? visibility.value === "private" ? "internal" : "external" : void 0;
      return { family: "google", key: name.kind === "string" ? name.value.toLowerCase() : void 0, origin: attr(attrs, "dns_name"), view };
    }
    default:
      return void 0;
  }
}
var AZURE_RECORD = /^azurerm_(private_)?dns_(a|aaaa|cname|mx|ns|srv|txt|caa|ptr)_record$/;
function recordSetOf(instance) {
  if (instance.type === "aws_route53_record") return route53(instance);
  if (instance.type === "cloudflare_record" || instance.type === "cloudflare_dns_record") return cloudflare(instance);
  if (instance.type === "google_dns_record_set") return cloudDns(instance);
  const azure = AZURE_RECORD.exec(instance.type);
  if (azure && !(azure[1] && (azure[2] === "ns" || azure[2] === "caa"))) return azureDns(instance, azure[1] !== void 0, azure[2].toUpperCase());
  return void 0;
}
function route53(instance) {
  const attrs = instance.attributes;
  const type = attr(attrs, "type");
  const typeName = type.kind === "string" ? type.value.toUpperCase() : "";
  const set = base("aws", { kind: "value", value: attr(attrs, "zone_id") }, attr(attrs, "name"), "qualified-or-relative", type, attrs.entries.get("ttl"));
  set.zoneLookup = (data) => {
    if (data.type !== "aws_route53_zone") return void 0;
    const privateZone = data.attributes.entries.get("private_zone");
    return { origin: attr(data.attributes, "name"), view: privateZone?.kind === "bool" ? privateZone.value ? "internal" : "external" : privateZone === void 0 ? "external" : void 0 };
  };
  const [alias] = nestedBlocks(attrs, "alias");
  if (alias) {
    const target = alias.kind === "object" ? alias.entries.get("name") ?? alias : alias;
    set.partial = { expression: `alias { name = ${shown(target)} }`, reason: "is a Route 53 alias: Route 53 answers with the records of the AWS resource it names", loc: alias.loc };
  }
  const setIdentifier = attrs.entries.get("set_identifier");
  if (setIdentifier && setIdentifier.kind !== "null" && !set.partial) {
    set.partial = { expression: `set_identifier = ${shown(setIdentifier)}`, reason: "is one of the record sets of a Route 53 routing policy, of which Route 53 answers with one", loc: setIdentifier.loc };
  }
  const records = attrs.entries.get("records");
  if (records) set.values = listValues(records, (item) => typeName === "TXT" || typeName === "SPF" ? txtValue(item) : textValue(item));
  return set;
}
function cloudflare(instance) {
  const attrs = instance.attributes;
  const type = attr(attrs, "type");
  const typeName = type.kind === "string" ? type.value.toUpperCase() : "";
  let ttl = attrs.entries.get("ttl");
  if (ttl?.kind === "number" && ttl.value === 1) ttl = { ...ttl, value: 300 };
  const dataValue = attrs.entries.get("data");
  const data = dataValue?.kind === "list" ? dataValue.items[0] : dataValue?.kind === "object" || dataValue?.kind === "unknown" ? dataValue : void 0;
  let name = attr(attrs, "name");
  if (typeName === "SRV" && data?.kind === "object") {
    const service = data.entries.get("service");
    const proto = data.entries.get("proto");
    const under = data.entries.get("name");
    if (service && proto && service.kind !== "null" && proto.kind !== "null") {
      const parts = [service, proto, under && under.kind !== "null" ? under : name];
      const unknown = parts.find((part) => part.kind === "unknown");
      name = unknown ?? { kind: "string", value: parts.map((part) => part.kind === "string" ? part.value : "").join(".").replace(/\.@$/, "").replace(/\.$/, ""), loc: service.loc };
    }
  }
  const domain = attrs.entries.get("domain");
  const zone = domain?.kind === "string" ? { kind: "name", name: zoneKey(domain.value), origin: domain.value } : { kind: "value", value: domain && domain.kind !== "null" ? domain : attr(attrs, "zone_id") };
  const set = base("cloudflare", zone, name, "qualified-or-relative", type, ttl);
  set.zoneLookup = (lookup) => {
    if (lookup.type !== "cloudflare_zone") return void 0;
    const filter = lookup.attributes.entries.get("filter");
    const origin = lookup.attributes.entries.get("name") ?? (filter?.kind === "object" ? filter.entries.get("name") : void 0);
    return origin ? { origin, view: "external" } : void 0;
  };
  const content = attrs.entries.get("content") ?? attrs.entries.get("value");
  const priority = attrs.entries.get("priority");
  const present = (value) => value !== void 0 && value.kind !== "null";
  if (typeName === "SRV" && data?.kind === "object" && present(data.entries.get("target"))) {
    const fields = ["priority", "weight", "port", "target"].map((field) => field === "priority" ? data.entries.get(field) ?? priority : data.entries.get(field));
    set.values = [fieldsValue(fields, ["priority", "weight", "port", "target"], data.loc)];
  } else if (typeName === "CAA" && data?.kind === "object" && present(data.entries.get("tag"))) {
    set.values = [caaValue(data)];
  } else if (data?.kind === "unknown" && !present(content)) {
    set.values = [{ kind: "unknown", value: data }];
  } else if (present(content)) {
    if (typeName === "TXT" || typeName === "SPF") set.values = [txtValue(content)];
    else if ((typeName === "MX" || typeName === "SRV") && present(priority)) {
      set.values = [joinedValue([priority, content], content.loc)];
    } else set.values = [textValue(content)];
  }
  return set;
}
function cloudDns(instance) {
  const attrs = instance.attributes;
  const type = attr(attrs, "type");
  const managed = attr(attrs, "managed_zone");
  const zone = managed.kind === "string" ? { kind: "name", name: managed.value.toLowerCase(), origin: void 0 } : { kind: "value", value: managed };
  const set = base("google", zone, attr(attrs, "name"), "absolute", type, attrs.entries.get("ttl"));
  set.zoneLookup = (data) => {
    if (data.type !== "google_dns_managed_zone") return void 0;
    const dnsName = data.attributes.entries.get("dns_name");
    return { origin: dnsName ?? { kind: "unknown", expression: `data.google_dns_managed_zone.${data.name}.dns_name`, reason: "a data source, read when Terraform runs", loc: data.loc } };
  };
  const routing = nestedBlocks(attrs, "routing_policy")[0];
  if (routing) set.partial = { expression: "routing_policy", reason: "holds the data of a Cloud DNS routing policy, which is not read", loc: routing.loc };
  const rrdatas = attrs.entries.get("rrdatas");
  if (rrdatas) set.values = listValues(rrdatas, textValue);
  return set;
}
function azureDns(instance, privateZone, type) {
  const attrs = instance.attributes;
  const zoneName = attr(attrs, "zone_name");
  const family = privateZone ? "azure-private" : "azure";
  const zone = zoneName.kind === "string" ? { kind: "name", name: zoneKey(zoneName.value), origin: zoneName.value } : { kind: "value", value: zoneName };
  const name = attrs.entries.get("name") ?? { kind: "string", value: "@", loc: instance.loc };
  const set = base(family, zone, name, "relative", { kind: "string", value: type, loc: instance.loc }, attrs.entries.get("ttl"));
  set.view = privateZone ? "internal" : "external";
  set.zoneLookup = (data) => data.type === (privateZone ? "azurerm_private_dns_zone" : "azurerm_dns_zone") ? { origin: attr(data.attributes, "name"), view: set.view } : void 0;
  const targetResource = attrs.entries.get("target_resource_id");
  if (targetResource && targetResource.kind !== "null") {
    set.partial = { expression: `target_resource_id = ${shown(targetResource)}`, reason: "makes an alias record set: Azure DNS answers with the addresses of the resource it names", loc: targetResource.loc };
  }
  const blocks = () => nestedBlocks(attrs, "record");
  switch (type) {
    case "A":
    case "AAAA":
    case "NS":
    case "PTR": {
      const records = attrs.entries.get("records");
      if (records && records.kind !== "null") set.values = listValues(records, textValue);
      break;
    }
    case "CNAME": {
      const record = attrs.entries.get("record");
      if (record && record.kind !== "null") set.values = [textValue(record)];
      break;
    }
    case "MX":
      set.values = blocks().map((block) => fieldsValue(fieldsOf(block, ["preference", "exchange"]), ["preference", "exchange"], block.loc));
      break;
    case "SRV":
      set.values = blocks().map((block) => fieldsValue(fieldsOf(block, ["priority", "weight", "port", "target"]), ["priority", "weight", "port", "target"], block.loc));
      break;
    case "TXT":
      set.values = blocks().map((block) => block.kind === "object" ? txtValue(block.entries.get("value") ?? { kind: "null", loc: block.loc }, true) : unknownOrUnreadable(block, "a `record` block"));
      break;
    case "CAA":
      set.values = blocks().map((block) => block.kind === "object" ? caaValue(block) : unknownOrUnreadable(block, "a `record` block"));
      break;
  }
  return set;
}
function base(family, zone, name, style, type, ttl) {
  const set = { family, zone, name: "", style, type: "", ttl: DEFAULT_TTL, values: [] };
  const unknown = [name, type].find((value) => value.kind === "unknown") ?? (zone.kind === "value" && zone.value.kind === "unknown" && !parseReference(zone.value.expression) ? zone.value : void 0);
  if (unknown) set.unknown = unknown;
  if (name.kind === "string") set.name = name.value;
  else if (!unknown) set.unknown = { kind: "unknown", expression: "name", reason: "not a string", loc: name.loc };
  if (type.kind === "string") set.type = type.value.toUpperCase();
  else if (!set.unknown) set.unknown = { kind: "unknown", expression: "type", reason: "not a string", loc: type.loc };
  if (ttl?.kind === "number" && Number.isInteger(ttl.value) && ttl.value >= 0) set.ttl = ttl.value;
  else if (ttl?.kind === "string" && /^\d+$/.test(ttl.value)) set.ttl = Number(ttl.value);
  return set;
}
function attr(attrs, name) {
  const found = attrs.kind === "object" ? attrs.entries.get(name) : void 0;
  return found ?? { kind: "null", loc: attrs.loc };
}
function zoneKey(name) {
  return name.toLowerCase().replace(/\.$/, "");
}
function at(value) {
  return value.from ?? value.loc;
}
function listValues(list, each) {
  if (list.kind === "list") return list.items.map(each);
  return [each(list)];
}
function unknownOrUnreadable(value, what) {
  if (value.kind === "unknown") return { kind: "unknown", value };
  return { kind: "unreadable", text: shown(value), problem: `is ${describe(value)}, not ${what}`, loc: at(value) };
}
function scalar(value) {
  if (value.kind === "string") return value.value;
  if (value.kind === "number") return String(value.value);
  return void 0;
}
function textValue(value) {
  const text = scalar(value);
  return text === void 0 ? unknownOrUnreadable(value, "a string") : { kind: "text", text, loc: at(value) };
}
function txtValue(value, alwaysRaw = false) {
  if (value.kind !== "string") return unknownOrUnreadable(value, "a string");
  if (!alwaysRaw && value.value.startsWith('"')) return { kind: "text", text: value.value, loc: at(value) };
  return { kind: "data", data: { strings: [value.value] }, loc: at(value) };
}
function fieldsOf(block, names) {
  return names.map((name) => block.kind === "object" ? block.entries.get(name) : block.kind === "unknown" ? block : void 0);
}
function fieldsValue(fields, names, loc) {
  const unknown = fields.find((field) => field?.kind === "unknown");
  if (unknown) return { kind: "unknown", value: unknown };
  const texts = fields.map((field) => field ? scalar(field) : void 0);
  const text = texts.map((part) => part ?? "").join(" ").trim();
  const missing = texts.findIndex((part) => part === void 0 || part === "");
  if (missing !== -1) return { kind: "unreadable", text, problem: `has no \`${names[missing]}\``, loc: fields[missing] ? at(fields[missing]) : loc };
  return { kind: "text", text, loc: fields.length === 1 ? at(fields[0]) : loc };
}
function joinedValue(parts, loc) {
  const unknown = parts.find((part) => part.kind === "unknown");
  if (unknown) return { kind: "unknown", value: unknown };
  const texts = parts.map(scalar);
  if (texts.some((text) => text === void 0)) return { kind: "unreadable", text: parts.map(shown).join(" "), problem: "is not text", loc };
  return { kind: "text", text: texts.join(" "), loc: at(parts[parts.length - 1]) };
}
function caaValue(block) {
  const [flags, tag, value] = fieldsOf(block, ["flags", "tag", "value"]);
  const unknown = [flags, tag, value].find((field) => field?.kind === "unknown");
  if (unknown) return { kind: "unknown", value: unknown };
  const flagNumber = flags ? Number(scalar(flags)) : NaN;
  const tagText = tag && scalar(tag);
  const valueText = value && scalar(value);
  const text = [flags, tag, value].map((field) => field ? scalar(field) ?? "" : "").join(" ").trim();
  if (!Number.isInteger(flagNumber) || flagNumber < 0 || flagNumber > 255) return { kind: "unreadable", text, problem: "has no `flags` from 0 to 255", loc: flags ? at(flags) : block.loc };
  if (!tagText) return { kind: "unreadable", text, problem: "has no `tag`", loc: tag ? at(tag) : block.loc };
  if (valueText === void 0) return { kind: "unreadable", text, problem: "has no `value`", loc: value ? at(value) : block.loc };
  return { kind: "data", data: { flags: flagNumber, tag: tagText, value: valueText }, loc: block.loc };
}
function describe(value) {
  switch (value.kind) {
    case "list":
      return "a list";
    case "object":
      return "an object";
    case "null":
      return "null";
    case "bool":
      return "a boolean";
    default:
      return `a ${value.kind}`;
  }
}
function shown(value) {
  if (value.kind === "unknown") return value.expression;
  if (value.kind === "string") return JSON.stringify(value.value);
  if (value.kind === "number" || value.kind === "bool") return String(value.value);
  return describe(value);
}

// src/formats/terraform/addresses.ts
function withoutKey(address) {
  const bracket = address.indexOf("[");
  return bracket === -1 ? address : address.slice(0, bracket);
}
function parentPrefix(prefix) {
  const trimmed = prefix.slice(0, -1);
  const last = trimmed.lastIndexOf("module.");
  return last <= 0 ? "" : trimmed.slice(0, last);
}

// src/formats/terraform/dns.ts
function dnsFromModules(roots, files) {
  const zones = [];
  const notes = [];
  for (const root of roots) {
    const reading = new ConfigurationDns(files, notes);
    reading.read(root);
    zones.push(...reading.finish());
  }
  return { zones, notes };
}
var ConfigurationDns = class {
  constructor(files, notes) {
    this.files = files;
    this.notes = notes;
  }
  files;
  notes;
  resources = [];
  data = [];
  /** Zones declared by resources, by address. */
  declared = /* @__PURE__ */ new Map();
  /** Zones no resource of the configuration declares, by provider, view and name (or managed zone). */
  named = /* @__PURE__ */ new Map();
  builders = [];
  read(root) {
    this.collect(root);
    for (const placed of this.resources) {
      const zone = zoneOf(placed.instance);
      if (!zone) continue;
      if (zone.origin.kind === "unknown") {
        this.note(zone.origin, `the name of the zone \`${placed.instance.address}\` is not known, so its records are not checked`);
        continue;
      }
      if (zone.origin.kind !== "string") continue;
      const builder = this.builder(placed.instance.loc, zone.origin.value, zone.view);
      this.declared.set(placed.instance.address, { builder, read: zone });
    }
    for (const placed of this.resources) {
      const set = recordSetOf(placed.instance);
      if (set) this.addRecordSet(placed, set);
    }
  }
  finish() {
    return this.builders.map((builder) => builder.finish());
  }
  collect(module) {
    for (const instance of module.resources) this.resources.push({ instance, prefix: module.address ? `${module.address}.` : "" });
    for (const instance of module.data) this.data.push({ instance, prefix: module.address ? `${module.address}.` : "" });
    for (const call of module.modules) if (call.module) this.collect(call.module);
  }
  builder(loc, origin, view) {
    const file = this.files.get(loc.file);
    const configured = file?.viewSource === "config";
    const builder = new DnsZoneBuilder({
      file: loc.file,
      loc,
      origin,
      view: configured || view === void 0 ? file?.view ?? "unknown" : view,
      viewSource: configured || view === void 0 ? file?.viewSource ?? "none" : "declared"
    });
    this.builders.push(builder);
    return builder;
  }
  note(unknown, what) {
    if (unknown.reason.includes("syntax error")) return;
    this.notes.push({ format: "terraform", loc: unknown.from ?? unknown.loc, expression: unknown.expression, reason: `(${unknown.reason}): ${what}` });
  }
  /** The zone a record set names: a zone resource, a data source that looks a zone up by name, or a zone named by its name. */
  zoneFor(placed, set) {
    const ref = set.zone;
    if (ref.kind === "name") {
      for (const { builder: builder2, read } of this.declared.values()) if (read.family === set.family && read.key === ref.name) return builder2;
      const key = `${set.family}\0${set.view ?? ""}\0${ref.name}`;
      let builder = this.named.get(key);
      if (!builder) this.named.set(key, builder = this.builder(placed.instance.loc, ref.origin, set.view));
      return builder;
    }
    const value = ref.value;
    if (value.kind !== "unknown") {
      return this.unnamed(placed, set);
    }
    const reference = parseReference(value.expression);
    if (!reference) return { unknown: value };
    if (reference.data) {
      const found2 = this.find(this.data, placed.prefix, `data.${reference.type}.${reference.name}`, reference.key);
      const lookup = found2 && set.zoneLookup?.(found2.instance);
      if (!lookup || lookup.origin.kind !== "string") return { unknown: lookup?.origin.kind === "unknown" ? lookup.origin : value };
      const key = `${set.family}\0${lookup.view ?? ""}\0${lookup.origin.value}`;
      let builder = this.named.get(key);
      if (!builder) this.named.set(key, builder = this.builder(found2.instance.loc, lookup.origin.value, lookup.view));
      return builder;
    }
    const found = this.find(this.resources, placed.prefix, `${reference.type}.${reference.name}`, reference.key);
    const zone = found && this.declared.get(found.instance.address);
    return zone ? zone.builder : { unknown: value };
  }
  unnamed(placed, set) {
    const key = `${set.family}\0${set.view ?? ""}\0\0unnamed\0${placed.instance.loc.file}`;
    let builder = this.named.get(key);
    if (!builder) this.named.set(key, builder = this.builder(placed.instance.loc, void 0, set.view));
    return builder;
  }
  /**
   * The instance a reference names, looked for in the module of the record, then in the modules
   * that call it (a zone passed to a module as an input is named as its caller wrote it).
   * `key` undefined: the one instance; null: an index not known, which only one instance answers.
   */
  find(list, prefix, address, key) {
    for (let at2 = prefix; ; at2 = parentPrefix(at2)) {
      const candidates = list.filter((placed) => placed.prefix === at2 && withoutKey(placed.instance.address.slice(at2.length)) === address);
      if (candidates.length > 0) {
        if (key === void 0 || key === null) return candidates.length === 1 ? candidates[0] : void 0;
        return candidates.find((placed) => placed.instance.key && (placed.instance.key.kind === "string" || placed.instance.key.kind === "number") && placed.instance.key.value === key);
      }
      if (at2 === "") return void 0;
    }
  }
  addRecordSet(placed, set) {
    const { instance } = placed;
    const loc = recordLoc(instance);
    const what = `the records of \`${instance.address}\` are not checked`;
    if (set.unknown) {
      this.note(set.unknown, what);
      return;
    }
    const zone = this.zoneFor(placed, set);
    if (!zone) return;
    if (!(zone instanceof DnsZoneBuilder)) {
      this.note(zone.unknown, `the zone of \`${instance.address}\` is not known, so its records are not checked`);
      return;
    }
    const owner = ownerOf(set, zone.zone.origin);
    if (owner === void 0) {
      this.notes.push({ format: "terraform", loc, expression: set.name, reason: `is a name relative to a zone whose name is not known here, so the records of \`${instance.address}\` are not checked` });
      return;
    }
    if (set.partial) {
      zone.addUnread(owner);
      this.notes.push({ format: "terraform", loc: set.partial.loc, expression: set.partial.expression, reason: `${set.partial.reason}; the ${set.type} records of \`${instance.address}\` are not checked` });
      zone.addRecordSet(owner, set.type, set.ttl, [], loc, { complete: false });
      return;
    }
    const data = [];
    let complete = true;
    let noted = false;
    for (const value of set.values) {
      if (value.kind === "data") {
        data.push(value.data);
      } else if (value.kind === "unknown") {
        if (!noted) this.note(value.value, what);
        noted = true;
        complete = false;
        zone.addUnread(owner);
      } else if (value.kind === "unreadable") {
        complete = false;
        zone.addUnreadable(owner, set.type, value.text, value.problem, loc, value.loc);
      } else {
        const read = recordDataFromText(set.type, value.text, ".");
        if ("data" in read) data.push(read.data);
        else {
          complete = false;
          zone.addUnreadable(owner, set.type, value.text, read.problem.message, loc, value.loc);
        }
      }
    }
    complete = complete && data.length > 0;
    zone.addRecordSet(owner, set.type, set.ttl, data, loc, { complete });
  }
};
function ownerOf(set, origin) {
  if (set.style === "absolute") return recordOwner(set.name.endsWith(".") ? set.name : `${set.name}.`, origin, "relative");
  return recordOwner(set.name, origin, set.style);
}
function recordLoc(instance) {
  const key = instance.key;
  if (key && key.kind === "string") return key.from ?? key.loc;
  return instance.loc;
}

// src/formats/terraform/security-groups.ts
var NSG_FIELDS = {
  name: "name",
  priority: "priority",
  direction: "direction",
  access: "access",
  protocol: "protocol",
  description: "description",
  sourcePortRange: "source_port_range",
  sourcePortRanges: "source_port_ranges",
  destinationPortRange: "destination_port_range",
  destinationPortRanges: "destination_port_ranges",
  sourceAddressPrefix: "source_address_prefix",
  sourceAddressPrefixes: "source_address_prefixes",
  destinationAddressPrefix: "destination_address_prefix",
  destinationAddressPrefixes: "destination_address_prefixes",
  sourceApplicationSecurityGroups: "source_application_security_group_ids",
  destinationApplicationSecurityGroups: "destination_application_security_group_ids"
};
var AWS_RULE_RESOURCES = /* @__PURE__ */ new Set(["aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"]);
function isSecurityGroupResource(type) {
  return type === "azurerm_network_security_group" || type === "azurerm_network_security_rule" || type === "aws_security_group" || AWS_RULE_RESOURCES.has(type);
}
function securityGroupsFromModules(roots, texts) {
  const sets = [];
  const notes = [];
  const diagnostics = [];
  for (const root of roots) new ConfigurationGroups(texts, notes, diagnostics).read(root, sets);
  return { firewallRuleSets: sets, notes, diagnostics };
}
var ConfigurationGroups = class {
  constructor(texts, notes, diagnostics) {
    this.texts = texts;
    this.notes = notes;
    this.diagnostics = diagnostics;
  }
  texts;
  notes;
  diagnostics;
  resources = [];
  groups = /* @__PURE__ */ new Map();
  /** Groups declared by resources, by module prefix and address without instance key, and Azure's by name: rules join in one look-up. */
  byBase = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  noted = /* @__PURE__ */ new Set();
  problemsSaid = /* @__PURE__ */ new Set();
  read(root, out) {
    this.collect(root);
    if (this.resources.length === 0) return;
    for (const placed of this.resources) {
      const { instance } = placed;
      if (instance.type === "azurerm_network_security_group") this.nsg(placed);
      else if (instance.type === "aws_security_group") this.securityGroup(placed);
    }
    for (const placed of this.resources) {
      const { instance } = placed;
      if (instance.type === "azurerm_network_security_rule") this.nsgRuleResource(placed);
      else if (AWS_RULE_RESOURCES.has(instance.type)) this.awsRuleResource(placed);
    }
    for (const group of this.groups.values()) {
      const sink = this.sink(group);
      const rules = group.source === "azure-nsg" ? orderNsgRules(group.rules, sink) : group.rules;
      const set = cloudRuleSet({ source: group.source, name: group.name, loc: group.loc, rules, labels: group.labels });
      if (group.unread.length > 0) set.unreadRules = group.unread;
      out.push(set);
    }
  }
  collect(module) {
    for (const instance of module.resources) if (isSecurityGroupResource(instance.type)) this.resources.push({ instance, prefix: module.address ? `${module.address}.` : "" });
    for (const call of module.modules) if (call.module) this.collect(call.module);
  }
  sink(group) {
    return groupRuleSink(group, this.problemsSaid, "terraform/security-rule", this.diagnostics, (value, what) => this.note(value, what));
  }
  note(value, what) {
    if (value.reason.includes("syntax error")) return;
    const loc = value.from ?? value.loc;
    const key = `${loc.file}\0${value.expression}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.notes.push({ format: "terraform", loc, expression: value.expression, reason: `(${value.reason}): ${what} is not checked` });
  }
  /** The expression as written at a value's range, for a port written as arithmetic. */
  written = (value) => {
    const loc = value.from ?? value.loc;
    const text = this.texts.get(loc.file);
    if (text === void 0) return String(value.value);
    const lines = text.split("\n");
    if (loc.line === loc.endLine) return lines[loc.line - 1]?.slice(loc.column - 1, loc.endColumn - 1) ?? "";
    return [lines[loc.line - 1]?.slice(loc.column - 1) ?? "", ...lines.slice(loc.line, loc.endLine - 1), lines[loc.endLine - 1]?.slice(0, loc.endColumn - 1) ?? ""].join("\n");
  };
  group(placed, source) {
    const { instance } = placed;
    const attrs = instance.attributes;
    const nameValue = attrs.entries.get("name") ?? attrs.entries.get("name_prefix");
    const name = nameValue?.kind === "string" ? nameValue.value : instance.address;
    const labels = labelsOf([
      { kind: "name", value: nameValue },
      { kind: "description", value: attrs.entries.get("description") },
      { kind: "tag", value: attrs.entries.get("tags") }
    ]);
    labels.push({ kind: "address", value: instance.address, loc: instance.loc });
    const group = { source, name, loc: instance.loc, labels, rules: [], unread: [] };
    this.groups.set(instance.address, group);
    const base2 = `${placed.prefix}\0${withoutKey(instance.address.slice(placed.prefix.length))}`;
    (this.byBase.get(base2) ?? this.byBase.set(base2, []).get(base2)).push({ address: instance.address, group });
    if (source === "azure-nsg") (this.byName.get(name) ?? this.byName.set(name, []).get(name)).push(group);
    return group;
  }
  /** A rule whose ports are arithmetic opens nothing its writer meant: the set is not whole. */
  add(group, rule) {
    group.rules.push(rule);
    if (rule.portArithmetic) group.unread.push(rule.portArithmetic[0].loc);
  }
  nsg(placed) {
    const group = this.group(placed, "azure-nsg");
    for (const block of nestedBlocks(placed.instance.attributes, "security_rule")) this.addNsgRule(group, block);
  }
  addNsgRule(group, block) {
    const sink = this.sink(group);
    if (block.kind === "unknown") {
      sink.unknown(block, `the security rules of ${group.name}`);
      return;
    }
    if (block.kind !== "object") {
      sink.problem(block.loc, `a security_rule must be a block or an object`);
      return;
    }
    const rule = nsgRule({ loc: block.loc, get: (field) => block.entries.get(NSG_FIELDS[field]) }, sink, `network security group ${group.name}`, this.written);
    if (rule) this.add(group, rule);
  }
  nsgRuleResource(placed) {
    const attrs = placed.instance.attributes;
    const groupName = attrs.entries.get("network_security_group_name");
    const group = this.joined(placed, groupName, "azurerm_network_security_group", "azure-nsg");
    if (!group) return;
    group.labels.push({ kind: "address", value: placed.instance.address, loc: placed.instance.loc });
    const sink = this.sink(group);
    const rule = nsgRule({ loc: placed.instance.loc, get: (field) => attrs.entries.get(NSG_FIELDS[field]) }, sink, `network security group ${group.name}`, this.written);
    if (rule) this.add(group, rule);
  }
  securityGroup(placed) {
    const group = this.group(placed, "aws-security-group");
    const attrs = placed.instance.attributes;
    for (const [type, direction] of [["ingress", "inbound"], ["egress", "outbound"]]) {
      nestedBlocks(attrs, type).forEach((block, i) => {
        const sink = this.sink(group);
        if (block.kind === "unknown") {
          sink.unknown(block, `the ${type} rules of ${group.name}`);
          return;
        }
        if (block.kind !== "object") {
          sink.problem(block.loc, `an ${type} rule must be a block or an object`);
          return;
        }
        this.addAwsRule(group, block, direction, `${type} ${i + 1}`, block.loc);
      });
    }
  }
  awsRuleResource(placed) {
    const { instance } = placed;
    const attrs = instance.attributes;
    let direction = instance.type.endsWith("ingress_rule") ? "inbound" : instance.type.endsWith("egress_rule") ? "outbound" : void 0;
    if (!direction) {
      const type = attrs.entries.get("type");
      if (type?.kind === "unknown") {
        this.note(type, `the security group rule ${instance.address}`);
        return;
      }
      direction = type?.kind === "string" && type.value === "ingress" ? "inbound" : type?.kind === "string" && type.value === "egress" ? "outbound" : void 0;
      if (!direction) {
        this.diagnostics.push({ ...type?.loc ?? instance.loc, severity: "warning", code: "terraform/security-rule", message: `${instance.address}: type must be ingress or egress` });
        return;
      }
    }
    const group = this.joined(placed, attrs.entries.get("security_group_id"), "aws_security_group", "aws-security-group");
    if (!group) return;
    group.labels.push({ kind: "address", value: instance.address, loc: instance.loc });
    this.addAwsRule(group, attrs, direction, instance.address, instance.loc);
  }
  addAwsRule(group, attrs, direction, fallbackName, loc) {
    const get = (key) => attrs.entries.get(key);
    const description = get("description");
    const name = description?.kind === "string" && description.value.trim() !== "" ? { value: description.value, loc: description.loc } : { value: fallbackName, loc };
    const references = [];
    for (const key of ["prefix_list_ids", "prefix_list_id"]) for (const value of itemsOf(get(key))) references.push({ value, kind: "PrefixList" });
    for (const key of ["security_groups", "source_security_group_id", "referenced_security_group_id"]) for (const value of itemsOf(get(key))) references.push({ value, kind: "SecurityGroup" });
    const self = get("self");
    if (self?.kind === "bool" && self.value) references.push({ value: { kind: "string", value: "self", loc: self.loc }, kind: "SecurityGroup" });
    const rule = awsRule(
      {
        loc,
        name,
        direction,
        protocol: get("protocol") ?? get("ip_protocol"),
        fromPort: get("from_port"),
        toPort: get("to_port"),
        cidrs: ["cidr_blocks", "ipv6_cidr_blocks", "cidr_ipv4", "cidr_ipv6"].flatMap((key) => itemsOf(get(key))),
        references
      },
      this.sink(group),
      `security group ${group.name}`,
      this.written
    );
    if (rule) this.add(group, rule);
  }
  /**
   * The group a rule resource names: a group resource its argument refers to (in its module or
   * a calling one), a declared NSG of that literal name, else a set of its own for the expression.
   */
  joined(placed, value, groupType, source) {
    if (value === void 0 || value.kind === "null") {
      this.diagnostics.push({ ...placed.instance.loc, severity: "warning", code: "terraform/security-rule", message: `${placed.instance.address} names no ${source === "azure-nsg" ? "network_security_group_name" : "security_group_id"}` });
      return void 0;
    }
    if (value.kind === "unknown") {
      const reference = parseReference(value.expression);
      if (reference && !reference.data && reference.type === groupType) {
        for (let at2 = placed.prefix; ; at2 = parentPrefix(at2)) {
          const found = this.byBase.get(`${at2}\0${reference.type}.${reference.name}`) ?? [];
          const keyed = reference.key === void 0 || reference.key === null ? found.length === 1 ? found[0] : void 0 : found.find(({ address }) => address.endsWith(`[${JSON.stringify(reference.key)}]`) || address.endsWith(`[${String(reference.key)}]`));
          if (keyed) return keyed.group;
          if (at2 === "") break;
        }
      }
    } else if (value.kind === "string" && source === "azure-nsg") {
      const byName = this.byName.get(value.value) ?? [];
      if (byName.length === 1) return byName[0];
    }
    const expression = value.kind === "unknown" ? value.expression : value.kind === "string" ? value.value : placed.instance.address;
    const key = `${source}\0${expression}`;
    let group = this.groups.get(key);
    if (!group) {
      const loc = value.from ?? value.loc;
      group = { source, name: expression, loc, labels: [{ kind: value.kind === "string" ? "name" : "address", value: expression, loc }], rules: [], unread: [] };
      this.groups.set(key, group);
    }
    return group;
  }
};

// src/formats/terraform/load.ts
async function loadTerraform(files, context) {
  const texts = /* @__PURE__ */ new Map();
  const byDirectory = /* @__PURE__ */ new Map();
  for (const file of files) {
    const read = file.read();
    if (read === void 0) continue;
    texts.set(file.file, read.text);
    const directory = path.posix.dirname(file.file);
    let entry = byDirectory.get(directory);
    if (!entry) byDirectory.set(directory, entry = { configuration: [], variables: [] });
    (isConfigurationFile(file.file) ? entry.configuration : entry.variables).push({ file: file.file, text: read.text });
  }
  const told = /* @__PURE__ */ new Set();
  const comments = (file, start, end) => {
    const text = texts.get(file);
    if (text !== void 0 && !told.has(file)) context.comments(file, text, start, end);
  };
  const calledDirectories = /* @__PURE__ */ new Set();
  const readModuleDirectory = (source, fromFile) => {
    const directory = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), source)).replace(/(.)\/+$/, "$1");
    if (directory === ".." || directory.startsWith("../")) return { error: "it is outside the files linted" };
    const found = byDirectory.get(directory)?.configuration ?? [];
    if (found.length === 0) return { error: `no .tf or .tf.json file of ${directory} is among the files linted` };
    calledDirectories.add(directory);
    return { directory, files: found };
  };
  const readings = [];
  const diagnostics = [];
  const seen = /* @__PURE__ */ new Set();
  const report = (module) => {
    for (const d of module.diagnostics) {
      const key = `${d.file}\0${d.line}\0${d.column}\0${d.code}\0${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push({ ...d, code: d.code.replace(/^hcl\//, "terraform/") });
    }
  };
  const markTold = (module, filesRead) => {
    for (const file of filesRead) told.add(file.file);
    for (const call of module.modules) if (call.module) markTold(call.module, byDirectory.get(call.module.directory)?.configuration ?? []);
  };
  for (const [directory, entry] of [...byDirectory].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const automatic = orderVariableFiles(entry.variables);
    const named = entry.variables.filter((file) => !isAutomaticVariableFile(file.file));
    const applied = named.length === 1 ? [...automatic, named[0]] : automatic;
    const alone = named.length === 1 ? [] : named;
    if (entry.configuration.length > 0) {
      const module = await readTerraformModule({ directory, files: entry.configuration, variableFiles: applied, readModuleDirectory, comments });
      markTold(module, [...entry.configuration, ...applied]);
      readings.push(module);
      report(module);
    }
    const unread = entry.configuration.length > 0 ? alone : entry.variables;
    if (unread.length > 0) {
      const module = await readTerraformModule({ directory, files: [], variableFiles: unread, comments });
      for (const file of unread) told.add(file.file);
      report(module);
    }
  }
  context.commentsDone();
  const roots = readings.filter((module) => !calledDirectories.has(module.directory));
  const estateFiles = new Map(files.map((file) => [file.file, file]));
  const dns = dnsFromModules(roots, estateFiles);
  const groups = securityGroupsFromModules(roots, texts);
  for (const d of groups.diagnostics) diagnostics.push(d);
  return { nodes: { zones: dns.zones, firewallRuleSets: groups.firewallRuleSets, notes: [...dns.notes, ...groups.notes] }, diagnostics: diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column) };
}
export {
  loadTerraform
};
