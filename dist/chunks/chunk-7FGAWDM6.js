import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  parseAddressSpec
} from "./chunk-EYJA5AHZ.js";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len = text2.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text2.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text2.length && text2.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text2.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text2.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text2.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text2.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text2.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text2.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text2.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text2.substring(start, pos);
          return token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text2.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text2.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text2.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text2.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text2, visitor, options);
  return currentParent[0];
}
function parseTree(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text2, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text2, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var createScanner2 = createScanner;
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/formats/shared/cloud-firewall.ts
function groupRuleSink(group, problemsSaid, code, diagnostics, note) {
  return {
    problem: (loc, message) => {
      group.unread.push(loc);
      const key = `${loc.file}:${loc.line}:${loc.column}:${message.slice(message.indexOf(": ") + 1)}`;
      if (problemsSaid.has(key)) return;
      problemsSaid.add(key);
      diagnostics.push({ ...loc, severity: "warning", code, message });
    },
    unknown: (value, what) => {
      group.unread.push(value.from ?? value.loc);
      note(value, what);
    }
  };
}
var ARITHMETIC = /* @__PURE__ */ new Set(["+", "-", "*", "/", "%", "unary-"]);
function isArithmetic(value) {
  return value.kind === "number" && value.operator !== void 0 && ARITHMETIC.has(value.operator);
}
function itemsOf(value) {
  if (value === void 0 || value.kind === "null") return [];
  if (value.kind === "list") return value.items.filter((item) => item.kind !== "null");
  return [value];
}
function unknownAmong(values) {
  for (const value of values) {
    if (value === void 0) continue;
    if (value.kind === "unknown") return value;
    if (value.kind === "list") {
      const inner = unknownAmong(value.items);
      if (inner) return inner;
    }
  }
  return void 0;
}
function text(value) {
  if (value === void 0) return void 0;
  if (value.kind === "string") return value.value.trim();
  if (value.kind === "number") return String(value.value);
  return void 0;
}
function shown(value) {
  if (value.kind === "string") return JSON.stringify(value.value);
  if (value.kind === "number" || value.kind === "bool") return String(value.value);
  if (value.kind === "unknown") return value.expression;
  return value.kind === "list" ? "a list" : value.kind === "object" ? "an object" : "null";
}
var EVERY_ADDRESS = parseAddressSpec("any");
function anyAddressAt(loc, written = "any") {
  return { text: written, ranges: "ranges" in EVERY_ADDRESS ? EVERY_ADDRESS.ranges.map((r) => ({ ...r })) : [], any: true, loc };
}
function anyPortsAt(loc, written = "any") {
  return { text: written, first: 0, last: 65535, any: true, loc };
}
var SERVICE_TAG = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/;
function azureAddress(value, sink) {
  const written = text(value);
  if (written === void 0 || written === "") {
    sink.problem(value.loc, `an address prefix must be a string, not ${shown(value)}`);
    return void 0;
  }
  if (written === "*" || written.toLowerCase() === "any") return anyAddressAt(value.loc, written);
  if (/^[0-9a-f:.]+(\/\d+)?$/i.test(written) && /[.:]/.test(written)) return cidrAddress(value, written, sink);
  if (SERVICE_TAG.test(written)) return { text: written, ranges: [], keyword: written, loc: value.loc };
  sink.problem(value.loc, `'${written}' is not an address, a CIDR network, a service tag or *`);
  return void 0;
}
function cidrAddress(value, written, sink) {
  const parsed = parseAddressSpec(written);
  if ("error" in parsed || written.includes("-")) {
    sink.problem(value.loc, "error" in parsed ? parsed.error : `'${written}' is not an address or CIDR network`);
    return void 0;
  }
  return { text: written, ranges: parsed.ranges, loc: value.loc };
}
function azurePorts(value, sink) {
  const written = text(value);
  if (written === void 0 || written === "") {
    sink.problem(value.loc, `a port range must be a string or number, not ${shown(value)}`);
    return void 0;
  }
  if (written === "*" || written.toLowerCase() === "any") return anyPortsAt(value.loc, written);
  const match = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(written);
  const first = match ? Number(match[1]) : NaN;
  const last = match?.[2] !== void 0 ? Number(match[2]) : first;
  if (!match || first > 65535 || last > 65535 || first > last) {
    sink.problem(value.loc, `'${written}' is not a port (0-65535), a range first-last or *`);
    return void 0;
  }
  return { text: written, first, last, loc: value.loc };
}
var AZURE_PROTOCOLS = { tcp: "tcp", udp: "udp", icmp: "icmp", "*": "any", any: "any", esp: "other", ah: "other" };
function rule(core) {
  const any = (loc) => ({ value: "any", loc });
  return {
    index: 0,
    loc: core.loc,
    name: core.name,
    direction: core.direction,
    action: core.action,
    protocol: core.protocol,
    protocolText: core.protocolText,
    localAddresses: core.local.addresses,
    remoteAddresses: core.remote.addresses,
    localPorts: core.local.ports,
    remotePorts: core.remote.ports,
    interfaceTypes: [any(core.loc)],
    profiles: [any(core.loc)],
    enabled: true,
    ...core.priority ? { priority: core.priority } : {},
    ...core.portArithmetic.length > 0 ? { portArithmetic: core.portArithmetic } : {}
  };
}
function arithmeticOf(value, written) {
  return { value: written, loc: value.from ?? value.loc, result: value.value };
}
function pushArithmetic(list, found) {
  const same = (a, b) => a.file === b.file && a.line === b.line && a.column === b.column;
  if (!list.some((entry) => same(entry.loc, found.loc))) list.push(found);
}
function nsgRule(input, sink, where, expressionText) {
  const field = (name2) => input.get(name2);
  const nameValue = field("name");
  const name = nameValue?.kind === "string" ? { value: nameValue.value, loc: nameValue.loc } : { value: `(unnamed rule of ${where})`, loc: input.loc };
  const fields = ["priority", "direction", "access", "protocol", "sourcePortRange", "sourcePortRanges", "destinationPortRange", "destinationPortRanges", "sourceAddressPrefix", "sourceAddressPrefixes", "destinationAddressPrefix", "destinationAddressPrefixes"];
  const unknown = unknownAmong(fields.map(field));
  if (unknown) {
    sink.unknown(unknown, `the security rule ${name.value} of ${where}`);
    return void 0;
  }
  let ok = true;
  const fail = (loc, message) => {
    sink.problem(loc, `security rule ${name.value}: ${message}`);
    ok = false;
  };
  const required = (key) => {
    const value = field(key);
    if (value === void 0 || value.kind === "null") fail(input.loc, `has no ${key}`);
    return value;
  };
  const directionValue = required("direction");
  const accessValue = required("access");
  const protocolValue = required("protocol");
  const priorityValue = required("priority");
  const directionText = text(directionValue)?.toLowerCase();
  const direction = directionText === "inbound" ? "inbound" : directionText === "outbound" ? "outbound" : void 0;
  if (directionValue && directionValue.kind !== "null" && !direction) fail(directionValue.loc, `direction ${shown(directionValue)} is neither Inbound nor Outbound`);
  const accessText = text(accessValue)?.toLowerCase();
  const action = accessText === "allow" ? "allow" : accessText === "deny" ? "block" : void 0;
  if (accessValue && accessValue.kind !== "null" && !action) fail(accessValue.loc, `access ${shown(accessValue)} is neither Allow nor Deny`);
  const protocolText = text(protocolValue) ?? "";
  const protocol = AZURE_PROTOCOLS[protocolText.toLowerCase()];
  if (protocolValue && protocolValue.kind !== "null" && !protocol) fail(protocolValue.loc, `protocol ${shown(protocolValue)} is not one of Tcp, Udp, Icmp, Esp, Ah or *`);
  let priority;
  if (priorityValue && priorityValue.kind !== "null") {
    const number = priorityValue.kind === "number" ? priorityValue.value : priorityValue.kind === "string" && /^\d+$/.test(priorityValue.value.trim()) ? Number(priorityValue.value) : NaN;
    if (!Number.isInteger(number) || number < 100 || number > 4096) fail(priorityValue.loc, `priority ${shown(priorityValue)} is not a whole number from 100 to 4096`);
    else priority = { value: number, loc: priorityValue.loc };
  }
  const portArithmetic = [];
  const ports = (single, plural) => {
    const values = [...itemsOf(field(single)), ...itemsOf(field(plural))];
    if (values.length === 0) {
      fail(input.loc, `has no ${single} or ${plural}`);
      return void 0;
    }
    const out = [];
    for (const value of values) {
      if (isArithmetic(value)) {
        pushArithmetic(portArithmetic, arithmeticOf(value, expressionText(value)));
        continue;
      }
      const read = azurePorts(value, { problem: (loc, message) => fail(loc, message), unknown: sink.unknown });
      if (read) out.push(read);
    }
    return out;
  };
  const addresses = (single, plural, groups) => {
    const values = [...itemsOf(field(single)), ...itemsOf(field(plural))];
    const asgs = itemsOf(field(groups));
    if (values.length === 0 && asgs.length === 0) {
      fail(input.loc, `has no ${single} or ${plural}`);
      return void 0;
    }
    const out = [];
    for (const value of values) {
      const read = azureAddress(value, { problem: (loc, message) => fail(loc, message), unknown: sink.unknown });
      if (read) out.push(read);
    }
    for (const asg of asgs) out.push({ text: asg.kind === "unknown" ? asg.expression : text(asg) ?? "application security group", ranges: [], keyword: "ApplicationSecurityGroup", loc: asg.loc });
    return out;
  };
  const sourcePorts = ports("sourcePortRange", "sourcePortRanges");
  const destinationPorts = ports("destinationPortRange", "destinationPortRanges");
  const sources = addresses("sourceAddressPrefix", "sourceAddressPrefixes", "sourceApplicationSecurityGroups");
  const destinations = addresses("destinationAddressPrefix", "destinationAddressPrefixes", "destinationApplicationSecurityGroups");
  if (!ok || !direction || !action || !protocol || !priority || !sourcePorts || !destinationPorts || !sources || !destinations) return void 0;
  const inbound = direction === "inbound";
  return rule({
    name,
    direction: { value: direction, loc: directionValue.loc },
    action: { value: action, loc: accessValue.loc },
    protocol: { value: protocol, loc: protocolValue.loc },
    protocolText,
    local: inbound ? { addresses: destinations, ports: destinationPorts } : { addresses: sources, ports: sourcePorts },
    remote: inbound ? { addresses: sources, ports: sourcePorts } : { addresses: destinations, ports: destinationPorts },
    priority,
    portArithmetic,
    loc: input.loc
  });
}
function orderNsgRules(rules, sink) {
  const seen = /* @__PURE__ */ new Map();
  for (const r of rules) {
    const key = `${r.direction.value}:${r.priority?.value}`;
    const first = seen.get(key);
    if (first) sink.problem(r.priority?.loc ?? r.loc, `security rule ${r.name.value} has priority ${r.priority?.value}, as ${r.name.value === first.name.value ? "another rule of that name" : `rule ${first.name.value}`} of the same direction has (line ${first.loc.line}); Azure refuses two rules of one priority`);
    else seen.set(key, r);
  }
  const ordered = [...rules].sort((a, b) => (a.priority?.value ?? 0) - (b.priority?.value ?? 0));
  ordered.forEach((r, i) => r.index = i);
  return ordered;
}
var AWS_PROTOCOLS = { "-1": "any", all: "any", tcp: "tcp", "6": "tcp", udp: "udp", "17": "udp", icmp: "icmp", "1": "icmp", icmpv6: "icmp", "58": "icmp" };
function awsRule(input, sink, where, expressionText) {
  const unknown = unknownAmong([input.protocol, input.fromPort, input.toPort, ...input.cidrs]);
  if (unknown) {
    sink.unknown(unknown, `the ${input.direction === "inbound" ? "ingress" : "egress"} rule ${input.name.value} of ${where}`);
    return void 0;
  }
  let ok = true;
  const fail = (loc, message) => {
    sink.problem(loc, `${input.direction === "inbound" ? "ingress" : "egress"} rule ${input.name.value}: ${message}`);
    ok = false;
  };
  const protocolText = text(input.protocol)?.toLowerCase();
  if (input.protocol === void 0 || protocolText === void 0) {
    fail(input.protocol?.loc ?? input.loc, "has no protocol");
    return void 0;
  }
  const protocol = AWS_PROTOCOLS[protocolText] ?? (/^\d{1,3}$/.test(protocolText) && Number(protocolText) <= 255 ? "other" : void 0);
  if (!protocol) {
    fail(input.protocol.loc, `protocol ${shown(input.protocol)} is not -1, tcp, udp, icmp, icmpv6 or a protocol number`);
    return void 0;
  }
  const warn = (loc, message) => sink.problem(loc, `${input.direction === "inbound" ? "ingress" : "egress"} rule ${input.name.value}: ${message}`);
  const portArithmetic = [];
  let ports = [anyPortsAt(input.loc)];
  if (protocol === "tcp" || protocol === "udp") {
    const from = input.fromPort;
    const to = input.toPort;
    for (const value of [from, to]) for (const item of value?.kind === "list" ? value.items : value ? [value] : []) if (isArithmetic(item)) pushArithmetic(portArithmetic, arithmeticOf(item, expressionText(item)));
    ports = [];
    if (portArithmetic.length === 0) {
      const port = (value, key) => {
        if (value === void 0 || value.kind === "null") warn(input.loc, `has no ${key}`);
        else if (value.kind === "list" || value.kind === "object") warn(value.loc, `${key} is ${value.kind === "list" ? "a list" : "an object"}, not a port (in a dynamic block, the port is the iterator's value)`);
        else {
          const number = Number(text(value));
          if (Number.isInteger(number) && number >= 0 && number <= 65535) return number;
          warn(value.loc, `${key} ${shown(value)} is not a port from 0 to 65535`);
        }
        return void 0;
      };
      const first = port(from, "from_port");
      const last = port(to, "to_port");
      if (first !== void 0 && last !== void 0) {
        if (first > last) warn(from.loc, `from_port ${first} is above to_port ${last}`);
        else {
          const loc = first === last || from.loc.file !== to.loc.file ? from.loc : span(from.loc, to.loc);
          ports = [first === 0 && last === 65535 ? anyPortsAt(loc, `${first}-${last}`) : { text: first === last ? String(first) : `${first}-${last}`, first, last, loc }];
        }
      }
    }
  }
  const addresses = [];
  for (const value of input.cidrs) {
    const written = text(value);
    if (written === void 0) warn(value.loc, `a CIDR block must be a string, not ${shown(value)}`);
    else {
      const read = cidrAddress(value, written, { problem: warn, unknown: sink.unknown });
      if (read) addresses.push(read);
    }
  }
  for (const { value, kind } of input.references) {
    addresses.push({ text: value.kind === "unknown" ? value.expression : text(value) ?? kind, ranges: [], keyword: kind, loc: value.loc });
  }
  if (addresses.length === 0) {
    if (input.cidrs.length === 0) fail(input.loc, "names no CIDR block, prefix list or security group");
    return void 0;
  }
  if (!ok) return void 0;
  const any = [anyAddressAt(input.loc)];
  const inbound = input.direction === "inbound";
  return rule({
    name: input.name,
    direction: { value: input.direction, loc: input.loc },
    action: { value: "allow", loc: input.loc },
    protocol: { value: protocol, loc: input.protocol.loc },
    protocolText: text(input.protocol) ?? "",
    local: { addresses: any, ports: inbound ? ports : [anyPortsAt(input.loc)] },
    remote: { addresses, ports: inbound ? [anyPortsAt(input.loc)] : ports },
    portArithmetic,
    loc: input.loc
  });
}
function span(a, b) {
  const [first, last] = a.line < b.line || a.line === b.line && a.column <= b.column ? [a, b] : [b, a];
  return { file: first.file, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}
function cloudRuleSet(options) {
  const azure = options.source === "azure-nsg";
  if (!azure) options.rules.forEach((r, i) => r.index = i);
  return {
    file: options.loc.file,
    loc: options.loc,
    name: options.name,
    semantics: azure ? "ordered" : "allow-only",
    source: options.source,
    ...azure ? { impliedDefaults: "azure-nsg" } : {},
    labels: options.labels,
    rules: options.rules
  };
}
function labelsOf(entries) {
  const out = [];
  for (const { kind, value } of entries) {
    if (value === void 0) continue;
    if (value.kind === "string" && value.value.trim() !== "") out.push({ kind, value: value.value, loc: value.loc });
    else if (value.kind === "object") {
      for (const [key, entry] of value.entries) if (entry.kind === "string") out.push({ kind, value: `${key}=${entry.value}`, loc: entry.loc });
    }
  }
  return out;
}

// src/languages/json/tree.ts
var OPEN_BRACE = 1;
var CLOSE_BRACE = 2;
var OPEN_BRACKET = 3;
var CLOSE_BRACKET = 4;
var STRING = 10;
var EOF = 17;
var SYNTAX_MESSAGES = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "a number is not written as JSON writes numbers",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' between values",
  CloseBraceExpected: "expected '}' to close the object",
  CloseBracketExpected: "expected ']' to close the array",
  EndOfFileExpected: "unexpected text after the end of the JSON value",
  InvalidCommentToken: "a comment is not closed",
  UnexpectedEndOfComment: "a comment is not closed",
  UnexpectedEndOfString: "a string is not closed on its line",
  UnexpectedEndOfNumber: "a number ends too early",
  InvalidUnicode: "a \\u escape is not four hexadecimal digits",
  InvalidEscapeCharacter: "an escape in a string is not one JSON allows",
  InvalidCharacter: "a control character (a line break, a tab) is inside a string"
};
function readJsonTree(text2, options) {
  const scanner = createScanner2(text2, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (++depth > options.maxDepth) return { tooDeepAt: scanner.getTokenOffset() };
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) depth = Math.max(0, depth - 1);
    else if (token === STRING && depth === 1) options.topLevelString?.(scanner.getTokenValue());
  }
  const parsed = [];
  const root = parseTree2(text2, parsed, { allowTrailingComma: options.comments, disallowComments: !options.comments, allowEmptyContent: true });
  const errors = parsed.map((error) => {
    const name = printParseErrorCode(error.error);
    return { message: options.messages?.[name] ?? SYNTAX_MESSAGES[name] ?? name, offset: error.offset, length: error.length };
  });
  return { root, errors };
}

export {
  createScanner2 as createScanner,
  parse2 as parse,
  readJsonTree,
  groupRuleSink,
  itemsOf,
  nsgRule,
  orderNsgRules,
  awsRule,
  cloudRuleSet,
  labelsOf
};
