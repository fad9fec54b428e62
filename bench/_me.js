"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path2, { windows } = {}) => {
      const segs = path2.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module2.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module2.exports = picomatch2;
  }
});

// bench/_me.ts
var import_node_inspector = require("node:inspector");
var import_node_fs2 = require("node:fs");

// server/src/analysis/data/measures.ts
var MEASURES = [
  {
    id: "investment",
    label: "investment",
    units: ["money", "percent"],
    period: "event",
    counterpart: true,
    triggers: [
      "investiert",
      "investieren",
      "investiere",
      "investierte",
      "investierten",
      "investition*",
      "investment*",
      "beteiligung*",
      "beteiligen",
      "einstieg*",
      "einsteigen",
      "steckt \u2026 in",
      "stecken \u2026 in",
      "steckte \u2026 in",
      "verhandlungen \xFCber",
      "gespr\xE4che \xFCber",
      "invest",
      "invests",
      "invested",
      "investing",
      "stake",
      "pump \u2026 into",
      "put \u2026 into"
    ],
    refinements: [{ words: ["rechenzentren", "data center", "data centre", "rechenzentrum"], measure: "capex" }]
  },
  {
    id: "valuation",
    label: "valuation",
    units: ["money"],
    period: "event",
    triggers: ["bewertet", "bewerten", "bewertung*", "valued at", "valuation", "valuing", "value \u2026 at", "values \u2026 at"],
    refinements: [{ words: ["b\xF6rsengang", "ipo", "b\xF6rseng\xE4nge", "going public", "listing"], measure: "ipoValuation" }]
  },
  { id: "ipoValuation", label: "IPO valuation", units: ["money"], period: "event", triggers: [] },
  {
    id: "fundingRound",
    label: "funding round",
    units: ["money"],
    period: "event",
    triggers: [
      "finanzierungsrunde*",
      "einsammeln",
      "einzusammeln",
      "sammelt \u2026 ein",
      "funding round",
      "raise",
      "raises",
      "raised",
      "raising"
    ]
  },
  {
    id: "jobCuts",
    label: "job cuts",
    units: ["jobs"],
    period: "event",
    triggers: [
      "streichen",
      "streicht",
      "gestrichen",
      "zu streichen",
      "stellenstreichung*",
      "stellenabbau*",
      "abbau",
      "abbauen",
      "abzubauen",
      "baut \u2026 ab",
      "bauen \u2026 ab",
      "entlassung*",
      "entl\xE4sst",
      "k\xFCndigung*",
      "trennte sich \u2026 von",
      "trennt sich \u2026 von",
      "restrukturierung*",
      "kahlschlag",
      "stellen weniger",
      "cut",
      "cuts",
      "cutting",
      "layoff",
      "layoffs",
      "lay off",
      "laid off",
      "eliminate",
      "eliminating"
    ],
    refinements: [{ words: ["in summe", "insgesamt", "in total", "in all", "kumuliert", "zusammengenommen"], measure: "jobCutsTotal" }]
  },
  { id: "jobCutsTotal", label: "job cuts in total", units: ["jobs"], period: "event", triggers: [] },
  {
    id: "headcount",
    label: "headcount",
    units: ["jobs"],
    period: "event",
    triggers: ["belegschaft*", "besch\xE4ftigt", "workforce", "employs", "headcount"]
  },
  {
    id: "sharePrice",
    label: "share price",
    units: ["money"],
    period: "day",
    triggers: [
      "notiert \u2026 bei",
      "notierte \u2026 bei",
      "schloss \u2026 bei",
      "schlie\xDFt \u2026 bei",
      "schlusskurs",
      "closed at",
      "trades at",
      "traded at",
      "trading at",
      "ended at"
    ]
  },
  {
    id: "week52High",
    label: "52-week high",
    units: ["money"],
    period: "day",
    triggers: ["52-wochen-hoch*", "52-week high", "rekordhoch*", "allzeithoch*", "all-time high"]
  },
  {
    id: "priceTarget",
    label: "price target",
    units: ["money"],
    period: "event",
    subject: "broker",
    triggers: ["kursziel*", "sieht \u2026 bei", "price target", "target price"]
  },
  {
    id: "capex",
    label: "capex",
    units: ["money"],
    period: "fiscal",
    triggers: ["kapitalausgaben*", "kapex*", "capex", "capital expenditure", "capital spending", "investitionen in rechenzentren"]
  },
  {
    id: "revenue",
    label: "revenue",
    units: ["money"],
    period: "fiscal",
    triggers: ["umsatz*", "ums\xE4tze*", "erl\xF6s*", "revenue", "revenues", "sales"]
  },
  {
    id: "eps",
    label: "EPS",
    units: ["money"],
    period: "fiscal",
    triggers: ["gewinn je aktie", "ergebnis je aktie", "earnings per share", "eps"]
  },
  {
    id: "profit",
    label: "profit",
    units: ["money"],
    period: "fiscal",
    triggers: ["nettogewinn*", "gewinn", "net income", "profit", "operating income"]
  },
  {
    id: "growth",
    label: "growth",
    units: ["percent"],
    period: "fiscal",
    triggers: ["wuchs", "w\xE4chst", "wachstum*", "grew", "growth of"]
  },
  {
    id: "dailyMove",
    label: "daily move",
    units: ["percent"],
    period: "day",
    triggers: [
      "minus von",
      "plus von",
      "r\xFCckgang von",
      "anstieg von",
      "verlor",
      "gewann",
      "fiel um",
      "stieg um",
      "sank um",
      "a drop of",
      "a gain of",
      "fell",
      "rose",
      "dropped",
      "gained"
    ]
  },
  {
    id: "dataCentreCampus",
    label: "data-centre campus",
    units: ["money"],
    period: "event",
    counterpart: true,
    triggers: ["rechenzentrumscampus", "data-center-campus", "campus", "data center campus", "data centre campus"]
  },
  {
    id: "resultsDate",
    label: "results date",
    units: ["date"],
    period: "resultQuarter",
    triggers: ["quartalszahlen", "zahlen", "jahreszahlen", "ergebnisse", "results", "earnings", "bilanz"]
  }
];

// server/src/analysis/facts/conflicts.ts
var defaultConflictSettings = {
  tolerance: 0.01,
  severities: { "same-period-disagreement": "warning", "value-changed-over-time": "warning" }
};
var MAX_NAMED_ARTICLES = 6;
var SEPARATE_EVENTS_DAYS = 60;
var TIMELINE_GAP_DAYS = 7;
var DAY_MS = 864e5;
var MEASURE_LABELS = new Map(MEASURES.map((m) => [m.id, m.label]));
function factLabel(key) {
  return (key.subject ?? "unknown company") + labelPart(" \u2192 ", key.counterpart) + " \xB7 " + (MEASURE_LABELS.get(key.measure) ?? key.measure) + labelPart(" \xB7 ", key.place) + labelPart(" \xB7 ", key.period === "current" ? null : key.period);
}
function labelPart(label, value) {
  return value ? label + value : "";
}
function compatible(a, b, tolerance) {
  if (typeof a.value === "string" || typeof b.value === "string") return a.value === b.value;
  const diff = Math.abs(a.value - b.value);
  const step = Math.max(a.precision, b.precision);
  return diff <= step / 2 + tolerance * Math.max(Math.abs(a.value), Math.abs(b.value)) + 1e-9 * Math.abs(a.value);
}
var QUALIFIER_WORDS = { upTo: "up to", atLeast: "at least", about: "about", under: "under", over: "over" };
function formatValue(value, qualifier, unit) {
  const prefix = qualifier ? `${QUALIFIER_WORDS[qualifier]} ` : "";
  if (typeof value === "string") return prefix + value;
  const abs = Math.abs(value);
  let number;
  if (abs >= 1e12) number = `${trim(value / 1e12)} tn`;
  else if (abs >= 1e9) number = `${trim(value / 1e9)} bn`;
  else if (abs >= 1e6) number = `${trim(value / 1e6)} m`;
  else number = groupThousands(value);
  const unitText = unit === "percent" ? " %" : unit === "percentagePoints" ? " pp" : unit === "date" ? "" : ` ${unit}`;
  return prefix + number + unitText;
}
function groupThousands(value) {
  const [whole, fraction] = String(Math.round(value * 1e4) / 1e4).split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  let grouped = "";
  for (let i = digits.length; i > 0; i -= 3) grouped = digits.slice(Math.max(0, i - 3), i) + (grouped ? `,${grouped}` : "");
  return sign + grouped + (fraction ? `.${fraction}` : "");
}
function trim(n) {
  return String(Math.round(n * 1e3) / 1e3);
}
function valueKey(c) {
  return `${c.qualifier ? `${c.qualifier} ` : ""}${c.value}`;
}
function basename(id) {
  const cut = Math.max(id.lastIndexOf("/"), id.lastIndexOf("\\"));
  return cut >= 0 ? id.slice(cut + 1) : id;
}
var publishedTimes = /* @__PURE__ */ new Map();
var maxPublishedTimes = 1e4;
function time(published) {
  if (!published) return null;
  let t = publishedTimes.get(published);
  if (t === void 0) {
    const parsed = Date.parse(`${published}T00:00:00Z`);
    t = Number.isNaN(parsed) ? null : parsed;
    if (publishedTimes.size >= maxPublishedTimes) publishedTimes.clear();
    publishedTimes.set(published, t);
  }
  return t;
}
function evaluateFact(fact, settings) {
  if (fact.key.period === "undated") return null;
  if (agreesWithFirst(fact.claims, settings.tolerance)) return null;
  const byArticle = /* @__PURE__ */ new Map();
  for (const c of fact.claims) {
    let r = byArticle.get(c.articleId);
    if (!r) byArticle.set(c.articleId, r = { articleId: c.articleId, claims: [], published: c.published });
    r.claims.push(c);
  }
  if (byArticle.size < 2) return null;
  const reports = [...byArticle.values()];
  const tolerance = settings.tolerance;
  const classes = [];
  for (const r of reports) {
    const home = classes.find((cls) => compatible(cls[0].claims[0], r.claims[0], tolerance));
    if (home) home.push(r);
    else classes.push([r]);
  }
  if (classes.length < 2) return null;
  const unit = fact.key.unit;
  const describe = (cls) => {
    const value = formatValue(cls[0].claims[0].value, cls[0].claims[0].qualifier, unit);
    const named = [];
    for (let i = 0; i < cls.length && i < MAX_NAMED_ARTICLES; i++) named.push(`${basename(cls[i].articleId)} (${cls[i].published ?? "undated"})`);
    if (cls.length > MAX_NAMED_ARTICLES) {
      const dates = [];
      for (const r of cls) if (r.published) dates.push(r.published);
      dates.sort();
      const span = dates.length > 0 ? ` (${dates[0]} to ${dates[dates.length - 1]})` : "";
      named.push(`${cls.length - MAX_NAMED_ARTICLES} more articles${span}`);
    }
    const who = named.length > 1 ? `${named.slice(0, -1).join(", ")}${cls.length > MAX_NAMED_ARTICLES ? " and " : ", "}${named[named.length - 1]}` : named[0];
    return `${who} ${cls.length > 1 ? "say" : "says"} ${value}`;
  };
  const spans = timeSpans(classes);
  let rule = "same-period-disagreement";
  const consistent = classes.every((cls) => cls.every((r) => r.claims.every((c) => compatible(c, cls[0].claims[0], tolerance))));
  if (consistent && spans !== null) {
    const order = spans.sort((a, b) => a.first - b.first);
    let separated = true;
    for (let k = 1; k < order.length; k++) if (order[k].first - order[k - 1].last <= TIMELINE_GAP_DAYS * DAY_MS) separated = false;
    if (separated) {
      rule = "value-changed-over-time";
      let kept = order;
      if (fact.key.period === "current") {
        const keep = /* @__PURE__ */ new Set();
        for (let k = 1; k < order.length; k++) {
          if (order[k].first - order[k - 1].last <= SEPARATE_EVENTS_DAYS * DAY_MS) keep.add(k - 1).add(k);
        }
        if (keep.size === 0) return null;
        kept = order.filter((_, k) => keep.has(k));
      }
      const ordered = [];
      for (const span of kept) ordered.push(classes[span.index]);
      classes.splice(0, classes.length, ...ordered);
    }
  }
  const severity = settings.severities[rule];
  if (severity === "off") return null;
  const label = factLabel(fact.key);
  const why = sameFactReason(fact.key);
  const body = classes.map(describe).join("; ");
  const message = rule === "value-changed-over-time" ? `${label}: the reported value changed over time. ${body}. Same fact because ${why}.` : `${label}: articles of the same period disagree. ${body}. Same fact because ${why}.`;
  const claims = [];
  const groups = [];
  classes.forEach((cls, group) => {
    for (const r of cls) for (const c of r.claims) {
      claims.push(c);
      groups.push(group);
    }
  });
  const values = [...new Set(classes.map((cls) => valueKey(cls[0].claims[0])))].sort();
  return { factId: fact.id, label, rule, severity, message, claims, groups, values };
}
function timeSpans(classes) {
  const spans = [];
  for (let index = 0; index < classes.length; index++) {
    let first = Infinity;
    let last = -Infinity;
    for (const r of classes[index]) {
      const t = time(r.published);
      if (t === null) return null;
      if (t < first) first = t;
      if (t > last) last = t;
    }
    spans.push({ index, first, last });
  }
  return spans;
}
function agreesWithFirst(claims, tolerance) {
  const first = claims[0];
  for (let index = 1; index < claims.length; index++) {
    const claim = claims[index];
    if (claim.articleId !== claims[index - 1].articleId && !compatible(first, claim, tolerance)) return false;
  }
  return true;
}
function sameFactReason(key) {
  const parts = [`the same subject (${key.subject ?? "unknown"})`];
  if (key.counterpart) parts.push(`counterpart (${key.counterpart})`);
  parts.push(`measure (${MEASURE_LABELS.get(key.measure) ?? key.measure})`);
  parts.push(key.period === "current" ? "no period of its own in any of the sentences" : `period (${key.period})`);
  if (key.place) parts.push(`place (${key.place})`);
  return parts.join(", ");
}

// server/src/analysis/workspace.ts
function indexedArticleOf(article) {
  const claims = new Array(article.claims.length);
  for (let i = 0; i < claims.length; i++) {
    const claim = article.claims[i];
    const figure = article.mentions[claim.mention];
    claims[i] = {
      mention: claim.mention,
      key: claim.key,
      keyId: claim.keyId,
      start: figure.start,
      end: figure.end,
      text: figure.text,
      value: claim.value,
      qualifier: claim.qualifier,
      precision: claim.precision
    };
  }
  const companyNames = [];
  const companySpans = [];
  for (const m of article.mentions) {
    if (m.kind !== "company") continue;
    companyNames.push(m.name);
    companySpans.push(m.start, m.end);
  }
  return { published: article.published, claims, companyNames, companySpans };
}
var WorkspaceIndex = class {
  articles = /* @__PURE__ */ new Map();
  factEntries = /* @__PURE__ */ new Map();
  /** Conflicts that are not hidden by a reviewed entry, per fact. */
  openConflicts = /* @__PURE__ */ new Map();
  /** Fact ids with an open conflict, per article. */
  conflictFactsByArticle = /* @__PURE__ */ new Map();
  /** Company name → article id → mention offsets as flat [start, end, start, end, …]. */
  companyIndex = /* @__PURE__ */ new Map();
  /** Company name → its mentions across all articles, kept with companyIndex so a hover is a lookup. */
  mentionCounts = /* @__PURE__ */ new Map();
  settings;
  reviewed = /* @__PURE__ */ new Map();
  /**
   * Facts changed since the last refresh (an emptied one stays in factEntries until then), and the
   * batch nesting depth.
   */
  dirty = /* @__PURE__ */ new Set();
  batchDepth = 0;
  /** Articles touched by refreshes during the current batch. */
  batchTouched = /* @__PURE__ */ new Set();
  constructor(settings) {
    this.settings = { ...defaultConflictSettings, ...settings, severities: { ...defaultConflictSettings.severities, ...settings?.severities } };
  }
  get size() {
    return this.articles.size;
  }
  /**
   * Adds or replaces an article. Returns the ids of articles whose conflicts may have changed (always
   * including this one); inside a batch, an empty set (endBatch returns them all). The article's claims
   * then share their key and id with their fact, so models kept beside the index hold no copies.
   */
  setArticle(id, article) {
    const changed = this.setIndexed(id, indexedArticleOf(article));
    for (const claim of article.claims) {
      const fact = this.factEntries.get(claim.keyId)?.fact;
      if (!fact) continue;
      claim.key = fact.key;
      claim.keyId = fact.id;
    }
    return changed;
  }
  /** Adds or replaces an article from what the index reads of it (see indexedArticleOf); as setArticle. */
  setIndexed(id, article) {
    const old = this.articles.get(id);
    if (old) this.detach(id, old);
    const claims = article.claims;
    const keyIds = new Array(claims.length);
    const mentions = new Array(claims.length);
    for (let index = 0; index < claims.length; index++) {
      const claim = claims[index];
      let entry = this.factEntries.get(claim.keyId);
      if (!entry) {
        entry = { fact: { id: claim.keyId, key: claim.key, label: factLabel(claim.key), claims: [] }, conflict: null };
        this.factEntries.set(claim.keyId, entry);
      }
      keyIds[index] = entry.fact.id;
      mentions[index] = claim.mention;
      entry.fact.claims.push({
        articleId: id,
        claim: index,
        start: claim.start,
        end: claim.end,
        text: claim.text,
        value: claim.value,
        qualifier: claim.qualifier,
        precision: claim.precision,
        published: article.published
      });
      this.dirty.add(entry);
    }
    const spansByName = /* @__PURE__ */ new Map();
    const names = article.companyNames;
    const offsets = article.companySpans;
    for (let i = 0; i < names.length; i++) {
      const spans = spansByName.get(names[i]);
      if (spans) spans.push(offsets[2 * i], offsets[2 * i + 1]);
      else spansByName.set(names[i], [offsets[2 * i], offsets[2 * i + 1]]);
    }
    for (const [name, spans] of spansByName) {
      const perArticle = this.companyIndex.get(name);
      if (perArticle) perArticle.set(id, spans);
      else this.companyIndex.set(name, /* @__PURE__ */ new Map([[id, spans]]));
      this.mentionCounts.set(name, (this.mentionCounts.get(name) ?? 0) + spans.length / 2);
    }
    this.articles.set(id, { keyIds, mentions, companies: [...spansByName.keys()] });
    return this.changed(id);
  }
  /** Removes an article; returns the ids of articles whose conflicts may have changed. */
  removeArticle(id) {
    const old = this.articles.get(id);
    if (!old) return /* @__PURE__ */ new Set([id]);
    this.detach(id, old);
    this.articles.delete(id);
    return this.changed(id);
  }
  /** Starts a batch: changes are collected and facts recomputed once, at endBatch. Batches nest. */
  beginBatch() {
    this.batchDepth++;
  }
  /** Ends a batch; returns every article whose conflicts may have changed during it. */
  endBatch() {
    if (this.batchDepth === 0) return /* @__PURE__ */ new Set();
    this.batchDepth--;
    if (this.batchDepth > 0) return /* @__PURE__ */ new Set();
    this.flush();
    const touched = this.batchTouched;
    this.batchTouched = /* @__PURE__ */ new Set();
    return touched;
  }
  /** After a change: refresh now, or later when batching. */
  changed(id) {
    if (this.batchDepth > 0) {
      this.batchTouched.add(id);
      return /* @__PURE__ */ new Set();
    }
    const touched = this.refresh();
    touched.add(id);
    return touched;
  }
  /** Brings every dirty fact up to date; reads call this so they never see a half-built fact. */
  flush() {
    if (this.dirty.size === 0) return;
    for (const id of this.refresh()) this.batchTouched.add(id);
  }
  detach(id, article) {
    for (const keyId of article.keyIds) {
      const entry = this.factEntries.get(keyId);
      if (!entry || this.dirty.has(entry) && !entry.fact.claims.some((c) => c.articleId === id)) continue;
      entry.fact.claims = entry.fact.claims.filter((c) => c.articleId !== id);
      this.dirty.add(entry);
    }
    for (const name of article.companies) {
      const perArticle = this.companyIndex.get(name);
      const spans = perArticle?.get(id);
      if (!perArticle || !spans) continue;
      perArticle.delete(id);
      if (perArticle.size > 0) {
        this.mentionCounts.set(name, (this.mentionCounts.get(name) ?? 0) - spans.length / 2);
      } else {
        this.companyIndex.delete(name);
        this.mentionCounts.delete(name);
      }
    }
  }
  /**
   * Rebuilds the dirty facts and their conflicts. Returns the articles whose open conflicts changed:
   * the articles of the conflict before and after, when the two differ.
   */
  refresh() {
    const touched = /* @__PURE__ */ new Set();
    for (const entry of this.dirty) {
      const factId = entry.fact.id;
      const before = this.openConflicts.get(factId) ?? null;
      let after = null;
      if (entry.fact.claims.length === 0) {
        this.factEntries.delete(factId);
      } else {
        if (!isSorted(entry.fact.claims)) entry.fact.claims.sort(compareClaims);
        entry.conflict = evaluateFact(entry.fact, this.settings);
        after = entry.conflict && !this.isReviewed(entry.conflict) ? entry.conflict : null;
      }
      if (!sameConflict(before, after)) {
        for (const c of before?.claims ?? []) touched.add(c.articleId);
        for (const c of after?.claims ?? []) touched.add(c.articleId);
      }
      this.setOpenConflict(factId, after);
    }
    this.dirty.clear();
    return touched;
  }
  setOpenConflict(factId, conflict) {
    const previous = this.openConflicts.get(factId);
    if (previous) {
      for (const c of previous.claims) {
        const set = this.conflictFactsByArticle.get(c.articleId);
        set?.delete(factId);
        if (set && set.size === 0) this.conflictFactsByArticle.delete(c.articleId);
      }
      this.openConflicts.delete(factId);
    }
    if (!conflict) return;
    this.openConflicts.set(factId, conflict);
    for (const c of conflict.claims) {
      let set = this.conflictFactsByArticle.get(c.articleId);
      if (!set) this.conflictFactsByArticle.set(c.articleId, set = /* @__PURE__ */ new Set());
      set.add(factId);
    }
  }
  isReviewed(conflict) {
    const entries = this.reviewed.get(conflict.factId);
    return !!entries && entries.some((values) => conflict.values.every((v) => values.has(v)));
  }
  /** How many facts there are. */
  get factCount() {
    this.flush();
    return this.factEntries.size;
  }
  /** Every fact, sorted by id. */
  facts() {
    this.flush();
    return [...this.factEntries.values()].map((e) => e.fact).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  }
  fact(id) {
    this.flush();
    return this.factEntries.get(id)?.fact;
  }
  /** The fact a mention states, if it is a claim. */
  factOfMention(articleId, mentionIndex) {
    this.flush();
    const article = this.articles.get(articleId);
    const claim = article ? article.mentions.indexOf(mentionIndex) : -1;
    return claim >= 0 ? this.factEntries.get(article.keyIds[claim])?.fact : void 0;
  }
  /**
   * How many conflicts are open, as of the last refresh: during a batch it does not force the
   * recomputation that the end of the batch will do anyway (a status bar may ask every few files).
   */
  get conflictCount() {
    return this.openConflicts.size;
  }
  /** Open conflicts (reviewed ones hidden), sorted by fact id. */
  conflicts() {
    this.flush();
    return [...this.openConflicts.values()].sort((a, b) => a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0);
  }
  /** Conflicts that involve an article, including reviewed ones only when `includeReviewed`. */
  conflictsOf(articleId) {
    this.flush();
    const ids = this.conflictFactsByArticle.get(articleId);
    if (!ids) return [];
    return [...ids].map((id) => this.openConflicts.get(id)).filter(Boolean);
  }
  /** Replaces the reviewed entries and re-evaluates which conflicts are hidden; returns touched articles. */
  setReviewed(entries) {
    this.reviewed = /* @__PURE__ */ new Map();
    for (const e of entries) {
      const list = this.reviewed.get(e.factId) ?? [];
      list.push(new Set(e.values));
      this.reviewed.set(e.factId, list);
    }
    return this.reevaluate(false);
  }
  /** Applies new tolerance and severities; returns touched articles. */
  updateSettings(settings) {
    this.settings = settings;
    return this.reevaluate(true);
  }
  reevaluate(recompute) {
    this.flush();
    const touched = /* @__PURE__ */ new Set();
    for (const [factId, entry] of this.factEntries) {
      const before = this.openConflicts.get(factId);
      if (recompute) entry.conflict = evaluateFact(entry.fact, this.settings);
      const open = entry.conflict && !this.isReviewed(entry.conflict) ? entry.conflict : null;
      if (before !== open) {
        for (const c of before?.claims ?? []) touched.add(c.articleId);
        for (const c of open?.claims ?? []) touched.add(c.articleId);
        this.setOpenConflict(factId, open);
      }
    }
    return touched;
  }
  /** Companies with the number of articles and mentions, sorted by name. */
  companies() {
    return [...this.companyIndex.keys()].map((name) => ({ name, ...this.companySummary(name) })).sort((a, b) => a.name.localeCompare(b.name));
  }
  /** How many articles and mentions name a company; undefined when none does. */
  companySummary(name) {
    const perArticle = this.companyIndex.get(name);
    return perArticle ? { articles: perArticle.size, mentions: this.mentionCounts.get(name) ?? 0 } : void 0;
  }
  /** Every mention of a company across articles, ordered by article id then offset. */
  companyMentions(name) {
    const perArticle = this.companyIndex.get(name);
    if (!perArticle) return [];
    const out = [];
    for (const [articleId, spans] of [...perArticle.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
      for (let k = 0; k < spans.length; k += 2) out.push({ articleId, start: spans[k], end: spans[k + 1] });
    }
    return out;
  }
};
function sameConflict(a, b) {
  if (a === b) return true;
  if (!a || !b || a.rule !== b.rule || a.severity !== b.severity || a.message !== b.message || a.claims.length !== b.claims.length) return false;
  return a.claims.every((c, i) => c.articleId === b.claims[i].articleId && c.start === b.claims[i].start && c.end === b.claims[i].end);
}
function isSorted(claims) {
  for (let i = 1; i < claims.length; i++) if (compareClaims(claims[i - 1], claims[i]) > 0) return false;
  return true;
}
function compareClaims(a, b) {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start;
}

// server/src/analysis/extract/language.ts
var GERMAN = ["der", "die", "das", "und", "mit", "von", "f\xFCr", "ist", "nicht", "auf", "eine", "einer", "den", "dem", "sich", "auch", "\xFCber", "wird", "zu", "im"];
var ENGLISH = ["the", "and", "of", "to", "is", "with", "for", "on", "that", "its", "by", "as", "was", "has", "from", "it", "at", "be", "are", "will"];
var LONGEST = 5;
var SLOTS = 1024;
var slotOf = (word) => word.length * 131 + word.charCodeAt(0) * 31 + word.charCodeAt(word.length - 1) & SLOTS - 1;
var BY_SLOT = new Array(SLOTS);
for (const [words, german] of [[GERMAN, true], [ENGLISH, false]]) {
  for (const word of words) (BY_SLOT[slotOf(word)] ??= []).push({ word, german });
}
function detectLanguage(words) {
  let de = 0;
  let en = 0;
  const n = Math.min(words.length, 300);
  for (let i = 0; i < n; i++) {
    const token = words[i];
    if (token.end - token.start > LONGEST) continue;
    const w = token.lower;
    const bucket = BY_SLOT[slotOf(w)];
    if (bucket === void 0) continue;
    for (const entry of bucket) {
      if (entry.word !== w) continue;
      if (entry.german) de++;
      else en++;
      break;
    }
  }
  return en > de * 1.2 ? "en" : "de";
}

// server/src/analysis/text/calendar.ts
var MS_PER_DAY = 864e5;
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function dayNumber(year, month, day) {
  if (!(year >= 100 && month >= 1 && month <= 12 && Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day))) {
    return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
function daysInMonth(year, month) {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}
function isValidDay(year, month, day) {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}
function pad(value, width) {
  if (width === 2 && value >= 10 && value <= 99) return String(value);
  if (width === 2 && value >= 0 && value <= 9 && Number.isInteger(value)) return "0" + value;
  if (width === 4 && value >= 1e3 && value <= 9999) return String(value);
  return String(value).padStart(width, "0");
}
function isoDay(year, month, day) {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
function isoMonth(year, month) {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

// server/src/analysis/text/chars.ts
var LETTER = /\p{L}/u;
var UPPER = /\p{Lu}/u;
var LOWER = /\p{Ll}/u;
var cache = /* @__PURE__ */ new Map();
var IS_LETTER = 1;
var IS_UPPER = 2;
var IS_LOWER = 4;
function flagsOf(code) {
  if (code >= 55296 && code <= 57343) return IS_LETTER;
  const ch = String.fromCharCode(code);
  return (LETTER.test(ch) ? IS_LETTER : 0) | (UPPER.test(ch) ? IS_UPPER : 0) | (LOWER.test(ch) ? IS_LOWER : 0);
}
function classify(code) {
  let flags = cache.get(code);
  if (flags === void 0) {
    flags = flagsOf(code);
    if (cache.size < 4096) cache.set(code, flags);
  }
  return flags;
}
var TABLE_END = 592;
var TABLE = new Uint8Array(TABLE_END);
for (let code = 0; code < TABLE_END; code++) TABLE[code] = flagsOf(code);
function codeAt(text, index) {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : 0;
}
function isLetterCode(code) {
  return ((code < TABLE_END ? TABLE[code] : classify(code)) & IS_LETTER) !== 0;
}
function isUpperCode(code) {
  return ((code < TABLE_END ? TABLE[code] : classify(code)) & IS_UPPER) !== 0;
}
function isLowerCode(code) {
  return ((code < TABLE_END ? TABLE[code] : classify(code)) & IS_LOWER) !== 0;
}
function isDigitCode(code) {
  return code >= 48 && code <= 57;
}
function isWordCode(code) {
  return isDigitCode(code) || isLetterCode(code);
}
function startsUpper(s) {
  return s.length > 0 && isUpperCode(s.charCodeAt(0));
}
function digitsAt(text, start, count) {
  for (let at = start; at < start + count; at++) {
    if (!isDigitCode(text.charCodeAt(at))) return false;
  }
  return true;
}
function numberAt(text, start, count) {
  let number = 0;
  for (let at = start; at < start + count; at++) number = number * 10 + text.charCodeAt(at) - 48;
  return number;
}

// server/src/analysis/text/words.ts
var CAPITALIZED = 1;
var INNER_UPPER = 2;
var ScannedWord = class _ScannedWord {
  constructor(start, end, caps, source) {
    this.start = start;
    this.end = end;
    this.caps = caps;
    this.source = source;
  }
  lowerCache = null;
  textCache = null;
  /** A word over the same text from this word's start to `end`. */
  spanningTo(end, caps) {
    return new _ScannedWord(this.start, end, caps, this.source);
  }
  get sourceHasRare() {
    return this.source.rare;
  }
  get lower() {
    if (this.lowerCache === null) {
      const source = this.source;
      this.lowerCache = source.lower !== null ? source.lower.slice(this.start, this.end) : source.text.slice(this.start, this.end).toLowerCase();
    }
    return this.lowerCache;
  }
  get text() {
    if (this.textCache === null) this.textCache = this.caps === 0 ? this.lower : this.source.text.slice(this.start, this.end);
    return this.textCache;
  }
};
function scanWords(text) {
  const words = [];
  const n = text.length;
  const whole = text.toLowerCase();
  const source = { text, lower: whole.length === n ? whole : null, rare: false };
  let seen = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let flags = c < LATIN_END ? CHAR_FLAGS[c] : classifyRare(c);
    if ((flags & WORD) === 0) {
      i++;
      continue;
    }
    const start = i;
    let caps = flags & UPPER2 ? CAPITALIZED : 0;
    seen |= flags;
    for (i++; i < n; i++) {
      c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) continue;
      flags = c < LATIN_END ? CHAR_FLAGS[c] : classifyRare(c);
      if ((flags & WORD) === 0) break;
      if (flags & UPPER2) caps |= INNER_UPPER;
      seen |= flags;
    }
    words.push(new ScannedWord(start, i, caps, source));
  }
  source.rare = (seen & RARE) !== 0;
  return words;
}
function joinedWord(words, first, last, caps, text) {
  const head = words[first];
  const start = head.start;
  const end = words[last].end;
  if (head instanceof ScannedWord) return head.spanningTo(end, caps);
  const slice = text.slice(start, end);
  return { start, end, lower: slice.toLowerCase(), text: slice, caps };
}
function hasRareWordCharacters(words) {
  const first = words[0];
  if (first === void 0) return false;
  return first instanceof ScannedWord ? first.sourceHasRare : true;
}
var WORD = 1;
var UPPER2 = 2;
var RARE = 4;
var LATIN_END = 592;
var CHAR_FLAGS = new Uint8Array(LATIN_END);
for (let c = 0; c < LATIN_END; c++) CHAR_FLAGS[c] = (isWordCode(c) ? WORD : 0) | (isUpperCode(c) ? UPPER2 : 0);
for (const c of [170, 181, 186]) CHAR_FLAGS[c] |= RARE;
function classifyRare(c) {
  return (isWordCode(c) ? WORD : 0) | (isUpperCode(c) ? UPPER2 : 0) | (c >= 55296 && c <= 57343 ? RARE : 0);
}

// server/src/analysis/data/months.ts
function months(rows, abbreviation) {
  return rows.map(([word, month]) => ({ word, month, abbreviation }));
}
var MONTH_WORDS = {
  de: [
    ...months(
      [
        ["Januar", 1],
        ["J\xE4nner", 1],
        ["Februar", 2],
        ["Feber", 2],
        ["M\xE4rz", 3],
        ["Maerz", 3],
        ["April", 4],
        ["Mai", 5],
        ["Juni", 6],
        ["Juli", 7],
        ["August", 8],
        ["September", 9],
        ["Oktober", 10],
        ["November", 11],
        ["Dezember", 12]
      ],
      false
    ),
    ...months(
      [
        ["Jan.", 1],
        ["Feb.", 2],
        ["Febr.", 2],
        ["M\xE4r.", 3],
        ["Mrz.", 3],
        ["Apr.", 4],
        ["Jun.", 6],
        ["Jul.", 7],
        ["Aug.", 8],
        ["Sep.", 9],
        ["Sept.", 9],
        ["Okt.", 10],
        ["Nov.", 11],
        ["Dez.", 12]
      ],
      true
    )
  ],
  en: [
    ...months(
      [
        ["January", 1],
        ["February", 2],
        ["March", 3],
        ["April", 4],
        ["May", 5],
        ["June", 6],
        ["July", 7],
        ["August", 8],
        ["September", 9],
        ["October", 10],
        ["November", 11],
        ["December", 12]
      ],
      false
    ),
    // English writes abbreviations with and without the dot ("Feb. 5", "Feb 5").
    ...months(
      [
        ["Jan.", 1],
        ["Jan", 1],
        ["Feb.", 2],
        ["Feb", 2],
        ["Mar.", 3],
        ["Mar", 3],
        ["Apr.", 4],
        ["Apr", 4],
        ["Jun.", 6],
        ["Jun", 6],
        ["Jul.", 7],
        ["Jul", 7],
        ["Aug.", 8],
        ["Aug", 8],
        ["Sept.", 9],
        ["Sept", 9],
        ["Sep.", 9],
        ["Sep", 9],
        ["Oct.", 10],
        ["Oct", 10],
        ["Nov.", 11],
        ["Nov", 11],
        ["Dec.", 12],
        ["Dec", 12]
      ],
      true
    )
  ]
};
var WEEKDAY_WORDS = {
  de: [
    { word: "Sonntag", weekday: 0 },
    { word: "Montag", weekday: 1 },
    { word: "Dienstag", weekday: 2 },
    { word: "Mittwoch", weekday: 3 },
    { word: "Donnerstag", weekday: 4 },
    { word: "Freitag", weekday: 5 },
    { word: "Samstag", weekday: 6 },
    { word: "Sonnabend", weekday: 6 }
  ],
  en: [
    { word: "Sunday", weekday: 0 },
    { word: "Monday", weekday: 1 },
    { word: "Tuesday", weekday: 2 },
    { word: "Wednesday", weekday: 3 },
    { word: "Thursday", weekday: 4 },
    { word: "Friday", weekday: 5 },
    { word: "Saturday", weekday: 6 }
  ]
};
var WEEKDAY_PART_SUFFIXES = {
  de: ["abend", "morgen", "vormittag", "nachmittag", "mittag", "nacht"],
  en: []
};
function ordinals(rows) {
  return rows.flatMap(([value, words]) => words.map((word) => ({ word, value })));
}
var PERIOD_ORDINALS = {
  de: ordinals([
    [1, ["erste", "ersten", "erstes", "Erste", "Ersten", "Erstes", "1."]],
    [2, ["zweite", "zweiten", "zweites", "Zweite", "Zweiten", "Zweites", "2."]],
    [3, ["dritte", "dritten", "drittes", "Dritte", "Dritten", "Drittes", "3."]],
    [4, ["vierte", "vierten", "viertes", "Vierte", "Vierten", "Viertes", "4."]]
  ]),
  en: ordinals([
    [1, ["first", "First"]],
    [2, ["second", "Second"]],
    [3, ["third", "Third"]],
    [4, ["fourth", "Fourth"]]
  ])
};
var PERIOD_NOUNS = {
  de: [
    { word: "Quartal", period: "quarter" },
    { word: "Quartals", period: "quarter" },
    { word: "Quartales", period: "quarter" },
    { word: "Halbjahr", period: "half" },
    { word: "Halbjahres", period: "half" },
    { word: "Halbjahrs", period: "half" },
    { word: "Jahresh\xE4lfte", period: "half" }
  ],
  en: [
    { word: "quarter", period: "quarter" },
    { word: "half", period: "half" }
  ]
};
var PERIOD_YEAR_LINKS = {
  de: ["des Jahres"],
  en: ["of", "of fiscal", "of the year"]
};
var PERIOD_TOKENS = {
  quarterLetter: "Q",
  halfLetter: "H"
};
var RELATIVE_DAY_WORDS = {
  de: [
    { word: "heute", offset: 0 },
    { word: "Heute", offset: 0 },
    { word: "gestern", offset: -1 },
    { word: "Gestern", offset: -1 },
    { word: "vorgestern", offset: -2 },
    { word: "Vorgestern", offset: -2 },
    { word: "morgen", offset: 1 },
    { word: "\xFCbermorgen", offset: 2 },
    { word: "\xDCbermorgen", offset: 2 }
  ],
  en: [
    { word: "today", offset: 0 },
    { word: "Today", offset: 0 },
    { word: "yesterday", offset: -1 },
    { word: "Yesterday", offset: -1 },
    { word: "tomorrow", offset: 1 },
    { word: "Tomorrow", offset: 1 }
  ]
};
var FUTURE_MARKERS = {
  de: [
    "kommende",
    "kommenden",
    "kommender",
    "kommendes",
    "n\xE4chste",
    "n\xE4chsten",
    "n\xE4chster",
    "n\xE4chstes",
    "naechste",
    "naechsten",
    "folgende",
    "folgenden"
  ],
  en: ["next", "coming", "upcoming"]
};
var PAST_MARKERS = {
  de: [
    "vergangene",
    "vergangenen",
    "vergangener",
    "vergangenes",
    "letzte",
    "letzten",
    "letzter",
    "letztes",
    "vorige",
    "vorigen",
    "voriger",
    "voriges"
  ],
  en: ["last", "past", "previous"]
};
var POINT_PREFIXES = {
  de: { direct: ["ende", "anfang", "mitte", "beginn"], linked: ["ende", "anfang", "mitte", "beginn"], links: ["des"] },
  en: { direct: ["early", "late", "mid"], linked: ["end", "beginning", "start", "middle"], links: ["of", "of the"] }
};
var ROLE_WORDS = {
  de: [
    { word: "seit", role: "since", future: false },
    { word: "ab", role: "since", future: true },
    { word: "bis", role: "until", future: true },
    { word: "sp\xE4testens", role: "until", future: true }
  ],
  en: [
    { word: "since", role: "since", future: false },
    { word: "until", role: "until", future: true },
    { word: "till", role: "until", future: true },
    { word: "through", role: "until", future: true },
    { word: "by", role: "until", future: true }
  ]
};
var ARTICLES_BEFORE_DATE = {
  de: ["dem", "den", "der", "des", "das", "die", "zum", "zur"],
  en: ["the"]
};
var BARE_MONTH_CONTEXT = {
  de: ["im", "in", "seit", "ab", "bis", "vom", "von", "zum", "am", "vor", "nach", "monat", "diesen", "dieses"],
  en: ["in", "since", "until", "till", "by", "from", "during", "through", "before", "after", "this", "of"]
};
var YEAR_BLOCKING_FOLLOWERS = [
  // Scale words.
  "tausend",
  "mio",
  "mill",
  "million",
  "millionen",
  "mrd",
  "milliarde",
  "milliarden",
  "billion",
  "billionen",
  "thousand",
  "millions",
  "bn",
  "billions",
  "trillion",
  "k",
  "m",
  // Currencies.
  "euro",
  "dollar",
  "us",
  "usd",
  "eur",
  "chf",
  "gbp",
  "jpy",
  "franken",
  "pfund",
  "yen",
  "cent",
  "dollars",
  "pounds",
  "francs",
  // Percent and points.
  "prozent",
  "prozentpunkte",
  "percent",
  "punkte",
  "punkten",
  "punkt",
  "points",
  "basispunkte",
  "bp",
  // Units of counts.
  "stellen",
  "stelle",
  "jobs",
  "job",
  "mitarbeiter",
  "mitarbeitern",
  "mitarbeitende",
  "mitarbeitenden",
  "besch\xE4ftigte",
  "besch\xE4ftigten",
  "angestellte",
  "angestellten",
  "menschen",
  "personen",
  "leute",
  "kunden",
  "aktien",
  "st\xFCck",
  "filialen",
  "l\xE4den",
  "gesch\xE4fte",
  "standorte",
  "fahrzeuge",
  "autos",
  "employees",
  "workers",
  "people",
  "staff",
  "positions",
  "shares",
  "stores",
  "customers",
  "units",
  "vehicles",
  "roles",
  // Units of measure and time of day.
  "uhr",
  "km",
  "kilometer",
  "meter",
  "tonnen",
  "tons",
  "mw",
  "gw",
  "kwh",
  "mwh",
  "gwh",
  "mal",
  "times",
  "stunden",
  "hours",
  "tage",
  "days",
  "jahre",
  "years",
  "wochen",
  "weeks",
  "monate",
  "months"
];
var YEAR_BLOCKING_PRECEDERS = [
  "rund",
  "etwa",
  "ca",
  "circa",
  "zirka",
  "knapp",
  "mindestens",
  "h\xF6chstens",
  "insgesamt",
  "weitere",
  "about",
  "around",
  "approximately",
  "nearly",
  "roughly",
  "some",
  "almost",
  "usd",
  "eur",
  "chf",
  "gbp",
  "jpy",
  "nr",
  "no",
  "nummer",
  "number"
];
var CURRENCY_SIGNS = "$\u20AC\xA3\xA5";
var DATELINE_LABELS = [
  "date",
  "datum",
  "published",
  "published on",
  "publication date",
  "posted",
  "posted on",
  "updated",
  "ver\xF6ffentlicht",
  "ver\xF6ffentlicht am",
  "erschienen",
  "erschienen am",
  "stand",
  "aktualisiert",
  "aktualisiert am",
  "publiziert",
  "publiziert am"
];
var PUBLICATION_FOOTER_LABELS = {
  de: ["Analyse vom", "Artikel vom", "Beitrag vom", "Ausgabe vom", "Meldung vom"],
  en: ["Analysis from", "Analysis of", "analysis from", "analysis of", "Article from", "Report from"]
};
function escapeForRegex(word) {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function wordAlternation(words) {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(escapeForRegex).join("|");
}

// server/src/analysis/extract/dates.ts
function extractDates(text, published, language, words) {
  const mentions = [];
  if (typeof text !== "string" || text.length === 0) return mentions;
  try {
    const scanner = scannerFor(language === "en" ? "en" : "de");
    const publication = parsePublication(published);
    scanText(text, words, scanner, publication, mentions);
  } catch {
  }
  return mentions;
}
var LATIN_END2 = 592;
var scanners = {};
var yearBlockingFollowers = new Set(YEAR_BLOCKING_FOLLOWERS);
var yearBlockingPreceders = new Set(YEAR_BLOCKING_PRECEDERS);
var followerLengths = listedLengths(YEAR_BLOCKING_FOLLOWERS);
function listedLengths(words) {
  const table2 = new Uint32Array(128);
  for (const phrase of words) {
    for (const word of phrase.toLowerCase().split(" ")) {
      const first = word.charCodeAt(0);
      if (first < 128) table2[first] |= 1 << Math.min(word.length, 31);
    }
  }
  return table2;
}
function mayBeListed(text, start, end, table2) {
  let first = text.charCodeAt(start);
  if (first >= 128) return true;
  if (first >= 65 && first <= 90) first |= 32;
  const size = end - start;
  return (table2[first] & 1 << (size < 31 ? size : 31)) !== 0;
}
function scannerFor(language) {
  const cached = scanners[language];
  if (cached) return cached;
  const scanner = buildScanner(language);
  scanners[language] = scanner;
  return scanner;
}
var SPACE = "[ \\t\\u00A0\\u202F]";
var SPACES = `${SPACE}+`;
var WORD_END = "(?![\\p{L}\\p{N}])";
var YEAR = "(?:19|20)\\d\\d";
var DAY = "(0?[1-9]|[12]\\d|3[01])";
var NUMBER_END = "(?![\\p{N}]|[.,]\\d)";
var ORDINAL_SUFFIX = "(?:st|nd|rd|th)?";
function buildScanner(language) {
  const links = [...PERIOD_YEAR_LINKS[language]].sort((a, b) => b.length - a.length).map((link) => escapeForRegex(link).replace(/ /g, SPACES)).join("|");
  const sticky = (source) => new RegExp(source, "yu");
  const lower = (words) => new Set(words.map((word) => word.toLowerCase()));
  const prefixes = POINT_PREFIXES[language];
  const anchors = anchorTables(language);
  const ordinals2 = PERIOD_ORDINALS[language].map((row) => row.word);
  const roleWords = ROLE_WORDS[language].map((row) => row.word);
  return {
    language,
    anchorWords: anchors.anchorWords,
    dottedAnchorWords: anchors.dottedAnchorWords,
    anchorLengths: anchors.anchorLengths,
    anchorHashes: anchors.anchorHashes,
    ordinalByWord: new Map(PERIOD_ORDINALS[language].map((row) => [row.word, row.value])),
    futureMarkers: lower(FUTURE_MARKERS[language]),
    pastMarkers: lower(PAST_MARKERS[language]),
    directPrefixes: lower(prefixes.direct),
    linkedPrefixes: lower(prefixes.linked),
    prefixLinks: lower(prefixes.links),
    roleByWord: new Map(ROLE_WORDS[language].map((row) => [row.word.toLowerCase(), row])),
    articles: lower(ARTICLES_BEFORE_DATE[language]),
    bareMonthContext: lower(BARE_MONTH_CONTEXT[language]),
    dayOfWord: language === "en" ? "of" : null,
    contextLengths: listedLengths([
      ...FUTURE_MARKERS[language],
      ...PAST_MARKERS[language],
      ...prefixes.direct,
      ...prefixes.linked,
      ...prefixes.links,
      ...roleWords,
      ...ARTICLES_BEFORE_DATE[language],
      ...BARE_MONTH_CONTEXT[language],
      ...ordinals2,
      ...YEAR_BLOCKING_PRECEDERS,
      "of"
    ]),
    // "2026-01-30" after its year; month and day are checked here, so "2026-13-45" stays a bare year.
    isoTail: sticky(`-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\p{N}])`),
    // "Oktober 2025": a year after a month, not the start of a word ("2025er").
    monthYearTail: sticky(`${SPACES}(${YEAR})${NUMBER_END}(?![\\p{L}])`),
    // "5. Februar 2026", "February 5, 2026".
    dayYearTail: sticky(`${language === "en" ? ",?" : ""}${SPACES}(${YEAR})${NUMBER_END}`),
    // "Feb. 5", "February 5th".
    monthDayTail: language === "en" ? sticky(`${SPACES}${DAY}${ORDINAL_SUFFIX}(?![\\p{L}\\p{N}]|[.,]\\d)`) : null,
    // "vierte Quartal 2025", "Quartal des Jahres 2025", "quarter of 2025".
    periodYearTail: sticky(`${SPACES}(?:(?:${links})${SPACES})?(${YEAR})${NUMBER_END}`),
    // "Q1 2026", "Q1/2026", "Q1-2026".
    tokenYearTail: sticky(`${SPACE}?[\\/\\-]?${SPACE}?(${YEAR})${NUMBER_END}${WORD_END}`),
    // Between a weekday and the date it names: "Donnerstag, den 5. Februar", "Thursday, Feb. 5".
    weekdayLink: sticky(language === "de" ? `,?${SPACES}(?:den${SPACES})?` : `,?${SPACES}`)
  };
}
function anchorTables(language) {
  const anchorWords = /* @__PURE__ */ new Map();
  const dottedAnchorWords = /* @__PURE__ */ new Map();
  const anchorLengths = new Uint32Array(LATIN_END2);
  const anchorHashes = new Uint8Array(WORD_HASH_SIZE);
  for (const first of ["1", "2"]) anchorLengths[first.charCodeAt(0)] = ~0 << 4;
  for (const first of [PERIOD_TOKENS.quarterLetter, PERIOD_TOKENS.halfLetter]) anchorLengths[first.charCodeAt(0)] = ~0 << 2;
  const entry = (word) => {
    const dotted = word.endsWith(".");
    const key = dotted ? word.slice(0, -1) : word;
    const table2 = dotted ? dottedAnchorWords : anchorWords;
    let found = table2.get(key);
    if (!found) {
      found = { month: null, period: null, weekday: -1, offset: null };
      table2.set(key, found);
      const first = key.charCodeAt(0);
      if (first < LATIN_END2) anchorLengths[first] |= 1 << Math.min(key.length, 31);
      anchorHashes[wordHash(key, 0, key.length)] = 1;
    }
    return found;
  };
  for (const row of MONTH_WORDS[language]) entry(row.word).month = row;
  for (const row of PERIOD_NOUNS[language]) entry(row.word).period = row.period;
  const weekdayByWord = new Map(WEEKDAY_WORDS[language].map((row) => [row.word, row.weekday]));
  for (const [word, weekday] of weekdayByWord) entry(word).weekday = weekday;
  for (const word of weekdayByWord.keys()) {
    for (const part of WEEKDAY_PART_SUFFIXES[language]) {
      const compound = word + part;
      if (weekdayByWord.has(compound)) continue;
      const leading = [...weekdayByWord.keys()].find((key) => compound.startsWith(key));
      entry(compound).weekday = weekdayByWord.get(leading);
    }
  }
  for (const row of RELATIVE_DAY_WORDS[language]) entry(row.word).offset = row.offset;
  return { anchorWords, dottedAnchorWords, anchorLengths, anchorHashes };
}
var WORD_HASH_SIZE = 4096;
function wordHash(text, start, end) {
  return ((text.charCodeAt(start) * 31 + text.charCodeAt(start + 1)) * 31 + text.charCodeAt(end - 1)) * 31 + end - start & WORD_HASH_SIZE - 1;
}
var READING_PRIORITY = {
  day: 0,
  dayMonth: 1,
  month: 2,
  period: 3,
  weekday: 4,
  relative: 5,
  year: 6
};
var lastScan = null;
function scanFor(text, words, scanner) {
  if (lastScan && lastScan.language === scanner.language && lastScan.text === text) return lastScan;
  const candidates = [];
  if (words && !hasRareWordCharacters(words)) {
    const length = text.length;
    for (let index = 0; index < words.length; index++) {
      const word = words[index];
      const start = word.start;
      if (start >= length) break;
      const end = word.end <= length ? word.end : length;
      if (mayStartAnchor(text, start, end, scanner)) readAnchorsAt(text, start, end, end === word.end ? word : null, scanner, candidates);
    }
  } else {
    collectCandidates(text, scanner, candidates);
  }
  sortCandidates(candidates);
  const scan = { text, language: scanner.language, candidates, undatedFloors: null, undatedMentions: [] };
  if (words && (words.length === 0 || words[words.length - 1].end <= text.length)) lastScan = scan;
  return scan;
}
function scanText(text, words, scanner, publication, out) {
  const scan = scanFor(text, words, scanner);
  const candidates = scan.candidates;
  const undated = publication === null;
  if (undated && scan === lastScan) {
    scan.undatedFloors = new Int32Array(candidates.length).fill(-1);
    scan.undatedMentions = new Array(candidates.length).fill(null);
  }
  const floors = scan.undatedFloors;
  let lastEnd = 0;
  for (let index = 0; index < candidates.length; index++) {
    let candidate = candidates[index];
    if (!candidate || candidate.start < lastEnd) continue;
    if (candidate.reading.type === "weekday") {
      const named = dateAfterWeekday(text, candidate, index, candidates, scanner);
      if (named) candidate = named;
    }
    let mention;
    if (floors !== null && !undated && floors[index] === lastEnd && !needsPublication(candidate.reading)) {
      mention = scan.undatedMentions[index] ?? null;
    } else {
      mention = toMention(candidate, text, scanner, publication, lastEnd);
      if (undated && floors !== null) {
        floors[index] = lastEnd;
        scan.undatedMentions[index] = mention;
      }
    }
    if (mention) {
      out.push(mention);
      lastEnd = mention.end;
    }
  }
}
function dateAfterWeekday(text, weekday, index, candidates, scanner) {
  const link = scanner.weekdayLink;
  link.lastIndex = weekday.end;
  if (!link.test(text)) return null;
  const dateStart = link.lastIndex;
  for (let next = index + 1; next < candidates.length; next++) {
    const candidate = candidates[next];
    if (!candidate || candidate.start > dateStart) break;
    const type = candidate.reading.type;
    if (candidate.start === dateStart && (type === "day" || type === "dayMonth")) return { start: weekday.start, end: candidate.end, reading: candidate.reading };
  }
  return null;
}
function sortCandidates(candidates) {
  for (let index = 1; index < candidates.length; index++) {
    const candidate = candidates[index];
    let at = index;
    for (; at > 0 && compareCandidates(candidates[at - 1], candidate) > 0; at--) candidates[at] = candidates[at - 1];
    candidates[at] = candidate;
  }
}
function compareCandidates(a, b) {
  return a.start - b.start || READING_PRIORITY[a.reading.type] - READING_PRIORITY[b.reading.type] || b.end - a.end;
}
function collectCandidates(text, scanner, out) {
  const length = text.length;
  let position = 0;
  while (position < length) {
    if (!isLetterOrDigit(text.charCodeAt(position))) {
      position++;
      continue;
    }
    const start = position;
    for (position++; position < length && isLetterOrDigit(text.charCodeAt(position)); position++) ;
    if (mayStartAnchor(text, start, position, scanner)) readAnchorsAt(text, start, position, null, scanner, out);
  }
}
function mayStartAnchor(text, start, end, scanner) {
  const first = text.charCodeAt(start);
  const size = end - start;
  return first < LATIN_END2 && (scanner.anchorLengths[first] & 1 << (size < 31 ? size : 31)) !== 0;
}
function readAnchorsAt(text, start, end, word, scanner, out) {
  const first = text.charCodeAt(start);
  if (first === 49 || first === 50) {
    if (end - start < 4) return;
    const second = text.charCodeAt(start + 1);
    if ((first === 49 ? second === 57 : second === 48) && isDigit(codeAt(text, start + 2)) && isDigit(codeAt(text, start + 3))) {
      const candidate = readYearAnchor(text, start, start + 4, start > 0 ? text.charCodeAt(start - 1) : 32, scanner);
      if (candidate) out.push(candidate);
    }
    return;
  }
  if ((first === PERIOD_TOKEN_QUARTER || first === PERIOD_TOKEN_HALF) && end - start >= 2) {
    const digit = text.charCodeAt(start + 1);
    if (digit >= 49 && digit <= 52) {
      const candidate = readPeriodToken(text, start, first === PERIOD_TOKEN_QUARTER ? "quarter" : "half", digit - 48, scanner);
      if (candidate) out.push(candidate);
      return;
    }
  }
  if (scanner.anchorHashes[wordHash(text, start, end)] === 0) return;
  const key = word !== null ? word.text : text.slice(start, end);
  const dotted = end < text.length && text.charCodeAt(end) === 46 && !continuesAsWord(text, end + 1) ? scanner.dottedAnchorWords.get(key) : void 0;
  const plain = continuesAsWord(text, end) ? void 0 : scanner.anchorWords.get(key);
  const month = dotted?.month ?? plain?.month;
  if (month) {
    const candidate = readMonthAnchor(text, start, dotted?.month ? end + 1 : end, month, scanner);
    if (candidate) out.push(candidate);
  }
  const period = dotted?.period ?? plain?.period;
  if (period) {
    const candidate = readPeriodNounAnchor(text, start, dotted?.period ? end + 1 : end, period, scanner);
    if (candidate) out.push(candidate);
  }
  const weekdayEntry = dotted && dotted.weekday >= 0 ? dotted : plain && plain.weekday >= 0 ? plain : void 0;
  if (weekdayEntry) {
    out.push({ start, end: weekdayEntry === dotted ? end + 1 : end, reading: { type: "weekday", weekday: weekdayEntry.weekday } });
  }
  const relativeEntry = dotted?.offset != null ? dotted : plain?.offset != null ? plain : void 0;
  if (relativeEntry && relativeEntry.offset !== null) {
    out.push({ start, end: relativeEntry === dotted ? end + 1 : end, reading: { type: "relative", offset: relativeEntry.offset } });
  }
}
var PERIOD_TOKEN_QUARTER = PERIOD_TOKENS.quarterLetter.charCodeAt(0);
var PERIOD_TOKEN_HALF = PERIOD_TOKENS.halfLetter.charCodeAt(0);
function readPeriodToken(text, start, unit, index, scanner) {
  const end = start + 2;
  const tail = stickyExec(scanner.tokenYearTail, text, end);
  if (tail && !yearIsAmount(text, tail.end)) {
    if (unit === "half" && index > 2) return null;
    return { start, end: tail.end, reading: { type: "period", unit, index, year: Number(tail.match[1]) } };
  }
  if (unit === "half" || isLetterOrDigit(text.charCodeAt(end))) return null;
  return { start, end, reading: { type: "period", unit, index, year: null } };
}
function continuesAsWord(text, position) {
  if (position >= text.length) return false;
  const code = text.charCodeAt(position);
  if (code < 128) return isLetterOrDigit(code);
  wordContinuation.lastIndex = position;
  return wordContinuation.test(text);
}
var wordContinuation = /[\p{L}\p{N}]/uy;
function readYearAnchor(text, start, end, before, scanner) {
  const year = numberAt(text, start, 4);
  const iso = before === 45 || before === 46 || before === 44 || codeAt(text, end) !== 45 ? null : stickyExec(scanner.isoTail, text, end);
  if (iso) return dayCandidate(start, iso.end, year, Number(iso.match[1]), Number(iso.match[2]));
  if (isDigit(codeAt(text, end))) return null;
  if (before === 46) {
    const month = numberEndingAt(text, start - 1);
    if (month && text.charCodeAt(month.start - 1) === 46) {
      const day = numberEndingAt(text, month.start - 1);
      if (day && !isNumberContinuation(text, day.start) && !continuesNumber(text, end)) {
        return dayCandidate(day.start, end, year, month.value, day.value);
      }
    }
    return null;
  }
  if (before === 44 || before === 47 || before === 39 || before === 8217) return null;
  if (continuesNumber(text, end) || isLetter(codeAt(text, end))) return null;
  if (yearIsAmount(text, end) || yearFollowsAmountWord(text, start, scanner)) return null;
  return { start, end, reading: { type: "year", year } };
}
function readMonthAnchor(text, start, end, month, scanner) {
  let dayStart = -1;
  let day = 0;
  let dayEnd = end;
  if (scanner.monthDayTail && digitAfterSpaces(text, end)) {
    const tail = stickyExec(scanner.monthDayTail, text, end);
    if (tail) {
      day = Number(tail.match[1]);
      dayStart = start;
      dayEnd = tail.end;
    }
  }
  if (dayStart < 0) {
    const found = scanner.language === "de" ? germanDayBefore(text, start) : englishDayBefore(text, start, scanner);
    if (found) {
      day = found.value;
      dayStart = found.start;
    }
  }
  if (dayStart >= 0) {
    const yearTail2 = digitAfterSpaces(text, text.charCodeAt(dayEnd) === 44 ? dayEnd + 1 : dayEnd) ? stickyExec(scanner.dayYearTail, text, dayEnd) : null;
    if (yearTail2 && !yearIsAmount(text, yearTail2.end)) {
      return dayCandidate(dayStart, yearTail2.end, Number(yearTail2.match[1]), month.month, day);
    }
    if (day > daysInMonth(2e3, month.month)) return null;
    return { start: dayStart, end: dayEnd, reading: { type: "dayMonth", month: month.month, day } };
  }
  const yearTail = digitAfterSpaces(text, end) ? stickyExec(scanner.monthYearTail, text, end) : null;
  if (yearTail && !yearIsAmount(text, yearTail.end)) {
    return { start, end: yearTail.end, reading: { type: "month", month: month.month, year: Number(yearTail.match[1]), abbreviation: month.abbreviation } };
  }
  return { start, end, reading: { type: "month", month: month.month, year: null, abbreviation: month.abbreviation } };
}
function germanDayBefore(text, monthStart) {
  let position = monthStart;
  if (position > 0 && isHorizontalSpace(text.charCodeAt(position - 1))) position--;
  if (text.charCodeAt(position - 1) !== 46) return null;
  const day = numberEndingAt(text, position - 1);
  if (!day || day.value < 1 || day.value > 31 || isNumberContinuation(text, day.start)) return null;
  return day;
}
function englishDayBefore(text, monthStart, scanner) {
  let position = monthStart;
  const spacesEnd = position;
  while (position > 0 && isHorizontalSpace(text.charCodeAt(position - 1))) position--;
  if (position === spacesEnd) return null;
  const of = scanner.dayOfWord ? wordEndingAt(text, position, 0, scanner.contextLengths) : null;
  if (of && of.lower === scanner.dayOfWord) {
    position = of.start;
    const wordStart = position;
    while (position > 0 && isHorizontalSpace(text.charCodeAt(position - 1))) position--;
    if (position === wordStart) return null;
  }
  if (position >= 3 && isDigit(text.charCodeAt(position - 3))) {
    const suffix = text.slice(position - 2, position).toLowerCase();
    if (suffix === "st" || suffix === "nd" || suffix === "rd" || suffix === "th") position -= 2;
  }
  const day = numberEndingAt(text, position);
  if (!day || day.value < 1 || day.value > 31 || isNumberContinuation(text, day.start)) return null;
  if (isLetter(codeAt(text, day.start - 1))) return null;
  return day;
}
function readPeriodNounAnchor(text, start, end, unit, scanner) {
  if (start === 0) return null;
  let ordinalEnd = start;
  if (text.charCodeAt(start - 1) === 45) {
    ordinalEnd = start - 1;
  } else {
    while (ordinalEnd > 0 && isHorizontalSpace(text.charCodeAt(ordinalEnd - 1))) ordinalEnd--;
    if (ordinalEnd === start) return null;
  }
  let index;
  let ordinalStart = -1;
  if (text.charCodeAt(ordinalEnd - 1) === 46) {
    const number = numberEndingAt(text, ordinalEnd - 1);
    if (number && !isNumberContinuation(text, number.start) && !isLetter(codeAt(text, number.start - 1))) {
      index = scanner.ordinalByWord.get(`${number.value}.`);
      ordinalStart = number.start;
    }
  } else {
    const word = wordEndingAt(text, ordinalEnd, 0, scanner.contextLengths);
    if (word) {
      index = scanner.ordinalByWord.get(word.text);
      ordinalStart = word.start;
    }
  }
  if (index === void 0 || ordinalStart < 0) return null;
  if (unit === "half" && index > 2) return null;
  const tail = isHorizontalSpace(codeAt(text, end)) ? stickyExec(scanner.periodYearTail, text, end) : null;
  if (tail && !yearIsAmount(text, tail.end)) {
    return { start: ordinalStart, end: tail.end, reading: { type: "period", unit, index, year: Number(tail.match[1]) } };
  }
  return { start: ordinalStart, end, reading: { type: "period", unit, index, year: null } };
}
function dayCandidate(start, end, year, month, day) {
  if (!isValidDay(year, month, day)) return null;
  return { start, end, reading: { type: "day", year, month, day } };
}
function digitAfterSpaces(text, position) {
  const at = skipSpaces(text, position);
  return at > position && isDigit(codeAt(text, at));
}
function stickyExec(pattern, text, position) {
  pattern.lastIndex = position;
  const match = pattern.exec(text);
  return match ? { match, end: pattern.lastIndex } : null;
}
function numberEndingAt(text, end) {
  let start = end;
  while (start > 0 && end - start < 3 && isDigit(text.charCodeAt(start - 1))) start--;
  const length = end - start;
  if (length === 0 || length > 2) return null;
  const value = length === 1 ? text.charCodeAt(start) - 48 : (text.charCodeAt(start) - 48) * 10 + text.charCodeAt(start + 1) - 48;
  return { start, value };
}
function isNumberContinuation(text, start) {
  if (start === 0) return false;
  const before = text.charCodeAt(start - 1);
  if (isDigit(before) || isLetter(before)) return true;
  return (before === 46 || before === 44) && start > 1 && isDigit(text.charCodeAt(start - 2));
}
function continuesNumber(text, end) {
  const next = codeAt(text, end);
  if (isDigit(next)) return true;
  return (next === 46 || next === 44) && isDigit(codeAt(text, end + 1));
}
function yearIsAmount(text, end) {
  let position = skipSpaces(text, end);
  const next = codeAt(text, position);
  if (next === 37) return true;
  if (next === 45 && position === end) position++;
  const word = readWordAfter(text, position, followerLengths);
  return word !== null && yearBlockingFollowers.has(word.toLowerCase());
}
function yearFollowsAmountWord(text, start, scanner) {
  let position = start;
  while (position > 0 && isHorizontalSpace(text.charCodeAt(position - 1))) position--;
  if (position > 0 && CURRENCY_SIGNS.includes(text[position - 1] ?? "")) return true;
  if (position > 0 && text.charCodeAt(position - 1) === 46) position--;
  const word = wordEndingAt(text, position, 0, scanner.contextLengths);
  return word !== null && yearBlockingPreceders.has(word.lower);
}
function toMention(candidate, text, scanner, publication, floor) {
  const { reading } = candidate;
  if (!publication && needsPublication(reading)) return null;
  let start = candidate.start;
  const yearless = reading.type === "weekday" || reading.type === "month" && reading.year === null || reading.type === "period" && reading.year === null;
  let wordBefore = wordEndingAt(text, start, floor, scanner.contextLengths);
  let marker = null;
  if (yearless && wordBefore) {
    if (scanner.futureMarkers.has(wordBefore.lower)) marker = "future";
    else if (scanner.pastMarkers.has(wordBefore.lower)) marker = "past";
    if (marker) {
      start = wordBefore.start;
      wordBefore = wordEndingAt(text, start, floor, scanner.contextLengths);
    }
  }
  let pointPrefix = false;
  if (reading.type === "month" || reading.type === "period" || reading.type === "year") {
    const prefixStart = pointPrefixStart(text, start, wordBefore, scanner, floor);
    if (prefixStart !== null) {
      start = prefixStart;
      pointPrefix = true;
      wordBefore = wordEndingAt(text, start, floor, scanner.contextLengths);
    }
  }
  let before = wordBefore;
  const firstBefore = before;
  for (let skipped = 0; before && skipped < 2 && scanner.articles.has(before.lower); skipped++) {
    before = wordEndingAt(text, before.start, floor, scanner.contextLengths);
  }
  const roleWord = before ? scanner.roleByWord.get(before.lower) : void 0;
  const role = roleWord ? roleWord.role : "at";
  if (reading.type === "month" && reading.year === null) {
    const hasContext = marker !== null || pointPrefix || roleWord !== void 0 || firstBefore !== null && scanner.bareMonthContext.has(firstBefore.lower);
    if (!hasContext || reading.abbreviation) return null;
  }
  const direction = marker === "future" ? "futureStrict" : marker === "past" ? "pastStrict" : roleWord?.future ? "futureOrSame" : "pastOrSame";
  const resolved = resolve(reading, direction, publication);
  if (!resolved) return null;
  const end = candidate.end;
  if (start < floor || end > text.length || start >= end) return null;
  return {
    kind: "date",
    start,
    end,
    text: text.slice(start, end),
    value: resolved.value,
    precision: resolved.precision,
    role,
    resolvedAgainst: resolved.relative && publication ? publication.label : null
  };
}
function needsPublication(reading) {
  switch (reading.type) {
    case "month":
    case "period":
      return reading.year === null;
    case "day":
    case "year":
      return false;
    default:
      return true;
  }
}
function pointPrefixStart(text, start, wordBefore, scanner, floor) {
  const hyphenated = start > floor && text.charCodeAt(start - 1) === 45;
  const word = hyphenated ? wordEndingAt(text, start - 1, floor, scanner.contextLengths) : wordBefore;
  if (!word) return null;
  const key = word.lower;
  if (scanner.directPrefixes.has(key)) return word.start;
  if (hyphenated) return null;
  let link = word;
  let linkKey = key;
  if (scanner.articles.has(linkKey) && !scanner.prefixLinks.has(linkKey)) {
    const previous = wordEndingAt(text, link.start, floor, scanner.contextLengths);
    if (!previous) return null;
    const combined = `${previous.lower} ${linkKey}`;
    if (!scanner.prefixLinks.has(combined)) return null;
    link = previous;
    linkKey = combined;
  }
  if (!scanner.prefixLinks.has(linkKey)) return null;
  const prefix = wordEndingAt(text, link.start, floor, scanner.contextLengths);
  if (prefix && scanner.linkedPrefixes.has(prefix.lower)) return prefix.start;
  return null;
}
function resolve(reading, direction, publication) {
  switch (reading.type) {
    case "day":
      return { value: isoDay(reading.year, reading.month, reading.day), precision: "day", relative: false };
    case "year":
      return { value: String(reading.year), precision: "year", relative: false };
    case "month":
      if (reading.year !== null) return { value: isoMonth(reading.year, reading.month), precision: "month", relative: false };
      if (!publication) return null;
      return {
        value: isoMonth(yearOfCyclicUnit(reading.month, publication.month, publication.year, direction), reading.month),
        precision: "month",
        relative: true
      };
    case "period": {
      const precision = reading.unit === "quarter" ? "quarter" : "half";
      const letter = reading.unit === "quarter" ? "Q" : "H";
      if (reading.year !== null) return { value: `${reading.year}-${letter}${reading.index}`, precision, relative: false };
      if (!publication) return null;
      const current = reading.unit === "quarter" ? Math.ceil(publication.month / 3) : publication.month <= 6 ? 1 : 2;
      const periodDirection = direction === "pastOrSame" ? "pastStrict" : direction;
      const year = yearOfCyclicUnit(reading.index, current, publication.year, periodDirection);
      return { value: `${year}-${letter}${reading.index}`, precision, relative: true };
    }
    case "dayMonth": {
      if (!publication) return null;
      const year = nearestYearForDay(reading.month, reading.day, publication);
      return year === null ? null : { value: isoDay(year, reading.month, reading.day), precision: "day", relative: true };
    }
    case "weekday": {
      if (!publication) return null;
      return { value: isoFromDayNumber(weekdayDayNumber(reading.weekday, direction, publication)), precision: "day", relative: true };
    }
    case "relative":
      if (!publication) return null;
      return { value: isoFromDayNumber(publication.dayNumber + reading.offset), precision: "day", relative: true };
  }
}
function yearOfCyclicUnit(unit, current, year, direction) {
  switch (direction) {
    case "pastOrSame":
      return unit <= current ? year : year - 1;
    case "pastStrict":
      return unit < current ? year : year - 1;
    case "futureOrSame":
      return unit >= current ? year : year + 1;
    case "futureStrict":
      return unit > current ? year : year + 1;
  }
}
function nearestYearForDay(month, day, publication) {
  let best = null;
  let bestDistance = Infinity;
  for (let year = publication.year - 1; year <= publication.year + 1; year++) {
    if (!isValidDay(year, month, day)) continue;
    const distance = Math.abs(dayNumber(year, month, day) - publication.dayNumber);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}
function weekdayDayNumber(weekday, direction, publication) {
  const back = (publication.weekday - weekday + 7) % 7;
  const ahead = (weekday - publication.weekday + 7) % 7;
  switch (direction) {
    case "pastOrSame":
      return publication.dayNumber - back;
    case "pastStrict":
      return publication.dayNumber - (back === 0 ? 7 : back);
    case "futureOrSame":
      return publication.dayNumber + ahead;
    case "futureStrict":
      return publication.dayNumber + (ahead === 0 ? 7 : ahead);
  }
}
function isoFromDayNumber(days) {
  const date = new Date(days * MS_PER_DAY);
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
function parsePublication(published) {
  if (typeof published !== "string" || published.length !== 10) return null;
  if (!digitsAt(published, 0, 4) || published.charCodeAt(4) !== 45 || !digitsAt(published, 5, 2) || published.charCodeAt(7) !== 45 || !digitsAt(published, 8, 2)) return null;
  const year = numberAt(published, 0, 4);
  const month = numberAt(published, 5, 2);
  const day = numberAt(published, 8, 2);
  if (!isValidDay(year, month, day)) return null;
  const days = dayNumber(year, month, day);
  return {
    iso: published,
    label: `publication date ${published}`,
    year,
    month,
    day,
    dayNumber: days,
    // Day 0 (1970-01-01) was a Thursday.
    weekday: (days % 7 + 11) % 7
  };
}
var MAX_CONTEXT_WORD = 24;
function isHorizontalSpace(code) {
  return code === 32 || code === 9 || code === 160 || code === 8239;
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function isLetterOrDigit(code) {
  return code < LATIN_END2 ? LATIN_CLASSES[code] !== 0 : isLetter(code);
}
function isLetter(code) {
  if (code < LATIN_END2) return LATIN_CLASSES[code] === LATIN_LETTER;
  if (code >= 55296 && code <= 57343) return false;
  return isLetterCode(code);
}
var LATIN_LETTER = 1;
var LATIN_DIGIT = 2;
var LATIN_CLASSES = new Uint8Array(LATIN_END2);
for (let code = 0; code < LATIN_END2; code++) {
  const letter = code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 192 && code !== 215 && code !== 247;
  LATIN_CLASSES[code] = letter ? LATIN_LETTER : isDigit(code) ? LATIN_DIGIT : 0;
}
function skipSpaces(text, position) {
  let at = position;
  while (at < text.length && isHorizontalSpace(text.charCodeAt(at))) at++;
  return at;
}
function wordEndingAt(text, position, floor, listed) {
  let end = position;
  while (end > floor && isHorizontalSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > floor && end - start < MAX_CONTEXT_WORD && isLetter(text.charCodeAt(start - 1))) start--;
  if (start === end) return null;
  if (start > 0 && isLetter(text.charCodeAt(start - 1))) return null;
  if (!mayBeListed(text, start, end, listed)) return null;
  const word = text.slice(start, end);
  return { start, text: word, lower: word.toLowerCase() };
}
function readWordAfter(text, position, listed) {
  let end = position;
  while (end < text.length && end - position < MAX_CONTEXT_WORD && isLetter(text.charCodeAt(end))) end++;
  return end === position || !mayBeListed(text, position, end, listed) ? null : text.slice(position, end);
}

// server/src/analysis/extract/published.ts
function findPublicationDate(text, language, words) {
  const none = { date: null, source: null };
  if (typeof text !== "string" || text.length === 0) return none;
  const lang = language === "en" ? "en" : "de";
  try {
    const dateline = fromDateline(text);
    if (dateline) return dateline;
    const footer = findFooter(text, lang);
    if (footer && footer.year !== null) {
      return { date: isoDay(footer.year, footer.month, footer.day), source: `footer '${footer.quoted}'` };
    }
    const written = extractDates(text, null, lang, words);
    return fromTop(text, lang, written, words) ?? (footer ? fromFooterDay(footer, written) : null) ?? none;
  } catch {
    return none;
  }
}
var datelinePattern = new RegExp(
  `[ \\t\\u00A0]*(?:${DATELINE_LABELS.map((label) => escapeForRegex(label).replace(/ /g, "[ \\t]+")).sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{N}])[ \\t]*:?[ \\t]*`,
  "iyu"
);
var datelineInitials = new Set(DATELINE_LABELS.map((label) => initialsKey(label.charCodeAt(0), label.charCodeAt(1))));
function initialsKey(first, second) {
  return (first | 32) * 256 + (second | 32);
}
var LINE_BREAKS = ["\n", "\r", "\u2028", "\u2029"];
var DATELINE_WINDOW = 80;
var DATELINE_REGION = 4e3;
function fromDateline(text) {
  if (text.length <= 2 * DATELINE_REGION) return datelineIn(text);
  const head = datelineIn(text.slice(0, DATELINE_REGION));
  if (head) return head;
  const footStart = text.indexOf("\n", text.length - DATELINE_REGION);
  return footStart < 0 ? null : datelineIn(text.slice(footStart + 1));
}
function datelineIn(text) {
  const breaks = lineBreaksIn(text);
  for (let lineStart = 0; lineStart >= 0; lineStart = nextLineStart(text, lineStart, breaks)) {
    if (!mayStartDateline(text, lineStart)) continue;
    datelinePattern.lastIndex = lineStart;
    const match = datelinePattern.exec(text);
    if (!match) continue;
    const labelStart = match.index + (match[0].length - match[0].trimStart().length);
    const dateStart = match.index + match[0].length;
    const lineEnd = endOfLine(text, dateStart, DATELINE_WINDOW);
    const rest = text.slice(dateStart, lineEnd);
    const date = firstFullDay(rest, "de") ?? firstFullDay(rest, "en");
    if (date && date.start === 0) {
      const quoted = text.slice(labelStart, dateStart + date.end);
      return { date: date.value, source: `dateline '${quoted}'` };
    }
  }
  return null;
}
function mayStartDateline(text, lineStart) {
  const n = text.length;
  let at = lineStart;
  while (at < n) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9 && code !== 160) break;
    at++;
  }
  if (at >= n) return false;
  const first = text.charCodeAt(at);
  const second = codeAt(text, at + 1);
  return first >= 128 || second >= 128 || datelineInitials.has(initialsKey(first, second));
}
function lineBreaksIn(text) {
  const breaks = [];
  for (const mark of LINE_BREAKS) {
    const at = text.indexOf(mark);
    if (at >= 0) breaks.push({ mark, at });
  }
  return breaks;
}
function nextLineStart(text, from, breaks) {
  let next = -1;
  for (const lineBreak of breaks) {
    if (lineBreak.at >= 0 && lineBreak.at < from) lineBreak.at = text.indexOf(lineBreak.mark, from);
    if (lineBreak.at >= 0 && (next < 0 || lineBreak.at < next)) next = lineBreak.at;
  }
  return next < 0 ? -1 : next + 1;
}
function endOfLine(text, from, limit) {
  const stop = Math.min(text.length, from + limit);
  for (let at = from; at < stop; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return at;
  }
  return stop;
}
function firstFullDay(text, language, words) {
  return firstDayBefore(extractDates(text, null, language, words), Infinity);
}
function firstDayBefore(mentions, end) {
  for (const mention of mentions) {
    if (mention.start >= end) break;
    if (mention.precision === "day") return mention;
  }
  return null;
}
var TOP_LINES = 5;
var TOP_CHARS = 600;
function fromTop(text, language, written, words) {
  const limit = Math.min(text.length, TOP_CHARS);
  let end = 0;
  for (let lines = 0; lines < TOP_LINES && end < limit; lines++) {
    const lineBreak = text.indexOf("\n", end);
    end = lineBreak < 0 || lineBreak >= limit ? limit : lineBreak + 1;
  }
  const date = end === text.length || text.charCodeAt(end - 1) === 10 ? firstDayBefore(written, end) : firstFullDay(text.slice(0, end), language, words);
  return date ? { date: date.value, source: `date near the top '${date.text}'` } : null;
}
var footerScanners = {};
function footerScanner(language) {
  const cached = footerScanners[language];
  if (cached) return cached;
  const labelWords = PUBLICATION_FOOTER_LABELS[language];
  const labels = wordAlternation(labelWords).replace(/ /g, "[ \\t]+");
  const months2 = wordAlternation(MONTH_WORDS[language].map((row) => row.word));
  const year = "(?:19|20)\\d\\d";
  const day = "0?[1-9]|[12]\\d|3[01]";
  const dates = language === "de" ? [
    `(?<numD>${day})\\.(?<numM>0?[1-9]|1[0-2])\\.(?<numY>${year})?(?!\\d)`,
    `(?<dD>${day})\\.[ \\t]?(?<dM>${months2})(?![\\p{L}])(?:[ \\t]+(?<dY>${year})(?!\\d))?`
  ] : [
    `(?<mM>${months2})(?![\\p{L}])[ \\t]*(?<mD>${day})(?:st|nd|rd|th)?(?!\\d)(?:,?[ \\t]+(?<mY>${year})(?!\\d))?`,
    `(?<dD>${day})(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?(?<dM>${months2})(?![\\p{L}])(?:,?[ \\t]+(?<dY>${year})(?!\\d))?`
  ];
  const labelsByLastWord = /* @__PURE__ */ new Map();
  for (const label of labelWords) {
    const words = label.split(" ");
    const last = words[words.length - 1] ?? "";
    labelsByLastWord.set(last, [...labelsByLastWord.get(last) ?? [], words]);
  }
  const scanner = {
    pattern: new RegExp(`(?:${labels})[ \\t]+(?:${dates.join("|")})`, "yu"),
    labelsByLastWord,
    monthByWord: new Map(MONTH_WORDS[language].map((row) => [row.word, row.month]))
  };
  footerScanners[language] = scanner;
  return scanner;
}
function footerLabelStarts(text, labelsByLastWord) {
  const starts = [];
  for (const [last, labels] of labelsByLastWord) {
    for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1)) {
      if (!isSpaceOrTab(text.charCodeAt(at + last.length))) continue;
      for (const words of labels) {
        const start = labelStartBefore(text, at, words);
        if (start >= 0) starts.push(start);
      }
    }
  }
  return starts.length > 1 ? starts.sort((a, b) => a - b) : starts;
}
function labelStartBefore(text, lastAt, words) {
  let start = lastAt;
  for (let index = words.length - 2; index >= 0; index--) {
    const word = words[index] ?? "";
    let end = start;
    while (end > 0 && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
    if (end === start || end < word.length || !text.startsWith(word, end - word.length)) return -1;
    start = end - word.length;
  }
  return start;
}
function isSpaceOrTab(code) {
  return code === 32 || code === 9;
}
function findFooter(text, language) {
  const { pattern, labelsByLastWord, monthByWord } = footerScanner(language);
  let searchFrom = 0;
  for (const start of footerLabelStarts(text, labelsByLastWord)) {
    if (start < searchFrom) continue;
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match === null) continue;
    searchFrom = pattern.lastIndex;
    const groups = match.groups ?? {};
    const monthWord = groups.dM ?? groups.mM;
    const month = groups.numM !== void 0 ? Number(groups.numM) : monthWord !== void 0 ? monthByWord.get(monthWord) : void 0;
    const dayText = groups.numD ?? groups.dD ?? groups.mD;
    const yearText = groups.numY ?? groups.dY ?? groups.mY;
    if (month === void 0 || dayText === void 0) continue;
    const day = Number(dayText);
    const year = yearText === void 0 ? null : Number(yearText);
    if (!isValidDay(year ?? 2e3, month, day)) continue;
    return { day, month, year, quoted: match[0].trim() };
  }
  return null;
}
function fromFooterDay(footer, written) {
  const inferred = inferYear(written, footer.month, footer.day);
  if (inferred === null) return null;
  const mentions = `${inferred.evidence} dated mention${inferred.evidence === 1 ? "" : "s"}`;
  return {
    date: isoDay(inferred.year, footer.month, footer.day),
    source: `footer '${footer.quoted}', year inferred from ${mentions}`
  };
}
function inferYear(written, month, day) {
  const periodCounts = /* @__PURE__ */ new Map();
  let evidence = 0;
  for (const mention of written) {
    periodCounts.set(mention.value, (periodCounts.get(mention.value) ?? 0) + 1);
    evidence++;
  }
  const periods = [];
  for (const [value, count] of periodCounts) {
    const period = periodOfValue(value);
    if (period) periods.push({ first: period.first, last: period.last, count, year: period.year });
  }
  if (periods.length === 0) return null;
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const period of periods) {
    minYear = Math.min(minYear, period.year);
    maxYear = Math.max(maxYear, period.year);
  }
  let bestYear = null;
  let bestDistance = Infinity;
  for (let year = minYear - 1; year <= maxYear + 1; year++) {
    if (!isValidDay(year, month, day)) continue;
    const candidate = dayNumber(year, month, day);
    let distance = 0;
    for (const period of periods) {
      const gap = candidate < period.first ? period.first - candidate : candidate > period.last ? candidate - period.last : 0;
      distance += gap * period.count;
    }
    if (distance <= bestDistance) {
      bestYear = year;
      bestDistance = distance;
    }
  }
  return bestYear === null ? null : { year: bestYear, evidence };
}
function periodOfValue(value) {
  const length = value.length;
  if (length < 4 || !digitsAt(value, 0, 4)) return null;
  const year = numberAt(value, 0, 4);
  if (length === 4) return monthRange(year, 1, 12);
  if (value.charCodeAt(4) !== 45) return null;
  const unit = value.charCodeAt(5);
  const index = value.charCodeAt(6) - 48;
  if (length === 7 && unit === 81) return index >= 1 && index <= 4 ? monthRange(year, (index - 1) * 3 + 1, 3) : null;
  if (length === 7 && unit === 72) return index >= 1 && index <= 2 ? monthRange(year, (index - 1) * 6 + 1, 6) : null;
  if (length !== 7 && length !== 10 || !digitsAt(value, 5, 2)) return null;
  const month = numberAt(value, 5, 2);
  if (length === 7) return monthRange(year, month, 1);
  if (value.charCodeAt(7) !== 45 || !digitsAt(value, 8, 2)) return null;
  const day = dayNumber(year, month, numberAt(value, 8, 2));
  return { first: day, last: day, year };
}
function monthRange(year, firstMonth, months2) {
  return { first: dayNumber(year, firstMonth, 1), last: dayNumber(year, firstMonth + months2, 1) - 1, year };
}

// server/src/analysis/data/numbers.ts
function table(entries) {
  return Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), entries));
}
var SCALE_WORDS = {
  de: table({
    tausend: 1e3,
    tsd: 1e3,
    mio: 1e6,
    million: 1e6,
    millionen: 1e6,
    mn: 1e6,
    mrd: 1e9,
    milliarde: 1e9,
    milliarden: 1e9,
    bn: 1e9,
    bio: 1e12,
    // A German "Billion" is 10^12 and a "Billiarde" 10^15 (long scale).
    billion: 1e12,
    billionen: 1e12,
    billiarde: 1e15,
    billiarden: 1e15
  }),
  en: table({
    thousand: 1e3,
    k: 1e3,
    m: 1e6,
    mn: 1e6,
    mio: 1e6,
    million: 1e6,
    millions: 1e6,
    b: 1e9,
    bn: 1e9,
    billion: 1e9,
    billions: 1e9,
    t: 1e12,
    tn: 1e12,
    trillion: 1e12,
    trillions: 1e12
  })
};
var GLUED_SCALES = {
  de: table({ bn: 1e9, mrd: 1e9, mio: 1e6, mn: 1e6, tsd: 1e3 }),
  en: table({ bn: 1e9, b: 1e9, m: 1e6, mn: 1e6, k: 1e3, tn: 1e12 })
};
var NUMBER_WORDS = table({
  ein: 1,
  eine: 1,
  einer: 1,
  einem: 1,
  einen: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  f\u00FCnf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zw\u00F6lf: 12,
  zwanzig: 20,
  drei\u00DFig: 30,
  vierzig: 40,
  f\u00FCnfzig: 50,
  hundert: 100,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100
});
var CURRENCY_WORDS = table({
  "us-dollar": "USD",
  "us-dollars": "USD",
  dollar: "USD",
  dollars: "USD",
  usd: "USD",
  $: "USD",
  "us$": "USD",
  "us-$": "USD",
  euro: "EUR",
  euros: "EUR",
  eur: "EUR",
  "\u20AC": "EUR",
  franken: "CHF",
  chf: "CHF",
  "schweizer franken": "CHF",
  pfund: "GBP",
  gbp: "GBP",
  "\xA3": "GBP",
  pounds: "GBP",
  pound: "GBP",
  "britische pfund": "GBP",
  yen: "JPY",
  jpy: "JPY",
  "\xA5": "JPY",
  yuan: "CNY",
  renminbi: "CNY",
  cny: "CNY"
});
var PREFIX_CURRENCIES = table({
  $: "USD",
  "us$": "USD",
  usd: "USD",
  "\u20AC": "EUR",
  eur: "EUR",
  "\xA3": "GBP",
  gbp: "GBP",
  chf: "CHF",
  "\xA5": "JPY",
  jpy: "JPY"
});
var DEFAULT_CURRENCY = { de: "EUR", en: "USD" };
var QUALIFIER_PHRASES = [
  ["bis zu", "upTo"],
  ["bis", "upTo"],
  ["maximal", "upTo"],
  ["h\xF6chstens", "upTo"],
  ["up to", "upTo"],
  ["as much as", "upTo"],
  ["mindestens", "atLeast"],
  ["wenigstens", "atLeast"],
  ["at least", "atLeast"],
  ["rund", "about"],
  ["etwa", "about"],
  ["ca.", "about"],
  ["circa", "about"],
  ["zirka", "about"],
  ["knapp", "about"],
  ["gut", "about"],
  ["ungef\xE4hr", "about"],
  ["ann\xE4hernd", "about"],
  ["nahezu", "about"],
  ["fast", "about"],
  ["beinahe", "about"],
  ["about", "about"],
  ["around", "about"],
  ["roughly", "about"],
  ["approximately", "about"],
  ["nearly", "about"],
  ["almost", "about"],
  ["some", "about"],
  ["approx.", "about"],
  ["unter", "under"],
  ["weniger als", "under"],
  ["less than", "under"],
  ["under", "under"],
  ["below", "under"],
  ["mehr als", "over"],
  ["\xFCber", "over"],
  ["more than", "over"],
  ["over", "over"],
  ["above", "over"]
];
var PERCENT_WORDS = table({
  prozent: "percent",
  "%": "percent",
  percent: "percent",
  "per cent": "percent",
  pct: "percent",
  prozentpunkte: "percentagePoints",
  prozentpunkten: "percentagePoints",
  prozentpunkt: "percentagePoints",
  "percentage points": "percentagePoints",
  "percentage point": "percentagePoints",
  pp: "percentagePoints"
});
var COUNT_UNITS = [
  ["stellenstreichungen", "jobs"],
  ["stellen", "jobs"],
  ["stelle", "jobs"],
  ["jobs", "jobs"],
  ["arbeitspl\xE4tze", "jobs"],
  ["arbeitspl\xE4tzen", "jobs"],
  ["positionen", "jobs"],
  ["position", "jobs"],
  ["roles", "jobs"],
  ["positions", "jobs"],
  ["job", "jobs"],
  ["mitarbeitern", "employees"],
  ["mitarbeiter", "employees"],
  ["mitarbeiterinnen", "employees"],
  ["besch\xE4ftigten", "employees"],
  ["besch\xE4ftigte", "employees"],
  ["angestellten", "employees"],
  ["angestellte", "employees"],
  ["employees", "employees"],
  ["workers", "employees"],
  ["staff", "employees"],
  ["aktien", "shares"],
  ["shares", "shares"],
  ["filialen", "stores"],
  ["l\xE4den", "stores"],
  ["gesch\xE4fte", "stores"],
  ["stores", "stores"],
  ["kunden", "customers"],
  ["customers", "customers"],
  ["nutzer", "users"],
  ["nutzern", "users"],
  ["users", "users"],
  ["abonnenten", "subscribers"],
  ["subscribers", "subscribers"],
  ["fahrzeuge", "vehicles"],
  ["fahrzeugen", "vehicles"],
  ["autos", "vehicles"],
  ["vehicles", "vehicles"],
  ["rechenzentren", "dataCentres"],
  ["standorte", "sites"],
  ["standorten", "sites"]
];
var UNIT_DIMENSION = table({ jobs: "jobs", employees: "jobs" });
var NOT_A_FIGURE_AFTER = /* @__PURE__ */ new Set([
  "wochen",
  "woche",
  "tage",
  "tagen",
  "tag",
  "monate",
  "monaten",
  "jahre",
  "jahren",
  "jahr",
  "uhr",
  "stunden",
  "minuten",
  "weeks",
  "week",
  "days",
  "months",
  "years",
  "hours",
  "minutes",
  "am",
  "pm"
]);
var MONEY_CONTEXT_BEFORE = /* @__PURE__ */ new Set(["kursziel", "kursziels", "target"]);

// server/src/analysis/extract/figures.ts
var MAX_DIGITS = 40;
var NOT_COUNT_NOUNS = /* @__PURE__ */ new Set([
  "baustellen",
  "haltestellen",
  "schnittstellen",
  "tankstellen",
  "anlaufstellen",
  "ladestellen",
  "nachkommastellen"
]);
var STOP_MODIFIERS = /* @__PURE__ */ new Set([
  "der",
  "die",
  "das",
  "den",
  "dem",
  "des",
  "in",
  "im",
  "von",
  "vom",
  "bei",
  "mit",
  "f\xFCr",
  "auf",
  "an",
  "am",
  "zu",
  "zum",
  "zur",
  "aus",
  "nach",
  "um",
  "the",
  "of",
  "at",
  "to",
  "for",
  "on",
  "by",
  "from",
  "with",
  "per",
  "je",
  "pro",
  "bis",
  "oder",
  "or",
  "als",
  "than",
  "is",
  "ist",
  "sind",
  "are",
  "was",
  "war",
  "a",
  "an"
]);
var ISO_CODES = /* @__PURE__ */ new Set(["usd", "eur", "chf", "gbp", "jpy", "cny"]);
var NUMBER_MAP = new Map(Object.entries(NUMBER_WORDS));
var PERCENT_MAP = new Map(Object.entries(PERCENT_WORDS));
var CURRENCY_MAP = new Map(Object.entries(CURRENCY_WORDS));
var SCALE_MAPS = { de: new Map(Object.entries(SCALE_WORDS.de)), en: new Map(Object.entries(SCALE_WORDS.en)) };
var GLUED_SCALE_MAPS = { de: new Map(Object.entries(GLUED_SCALES.de)), en: new Map(Object.entries(GLUED_SCALES.en)) };
var AFTER_NUMBER = { de: afterNumber("de"), en: afterNumber("en") };
function afterNumber(language) {
  const words = new Map(SCALE_MAPS[language]);
  for (const word of NOT_A_FIGURE_AFTER) words.set(word, 0);
  return words;
}
var LONGEST_GLUED_SCALE = Math.max(...[...GLUED_SCALE_MAPS.de.keys(), ...GLUED_SCALE_MAPS.en.keys()].map((key) => key.length));
var TokenSet = class {
  words;
  /** One bit per shape, and one per folded first letter for a quicker first test. */
  shapes = new Uint32Array(1 << 10);
  initials = 0;
  constructor(words) {
    this.words = new Set(words);
    for (const word of this.words) {
      const shape2 = shapeOf(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1));
      this.shapes[shape2 >> 5] |= 1 << (shape2 & 31);
      this.initials |= 1 << (word.charCodeAt(0) & 31);
    }
  }
  has(text, token) {
    const first = text.charCodeAt(token.start);
    if (first < 128 && (this.initials & 1 << (first & 31)) === 0) return false;
    const last = text.charCodeAt(token.end - 1);
    if (first < 128 && last < 128) {
      const shape2 = shapeOf(token.end - token.start, first, last);
      if ((this.shapes[shape2 >> 5] & 1 << (shape2 & 31)) === 0) return false;
    }
    return this.words.has(token.lower);
  }
};
function shapeOf(length, first, last) {
  return Math.min(length, 31) << 10 | (first & 31) << 5 | last & 31;
}
var NUMBER_WORD_UNITS = {
  de: new TokenSet([...SCALE_MAPS.de.keys(), ...PERCENT_MAP.keys(), "per", "percentage"]),
  en: new TokenSet([...SCALE_MAPS.en.keys(), ...PERCENT_MAP.keys(), "per", "percentage"])
};
function isLetterAt(text, i) {
  return i < text.length && isLetterCode(text.charCodeAt(i));
}
function wordEnd(text, from, hyphens) {
  let end = from;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isLetterCode(code)) end++;
    else if (hyphens && code === 45 && end > from && isLetterAt(text, end + 1)) end++;
    else break;
  }
  return end;
}
function digitsEnd(text, from, end) {
  let i = from;
  while (i < end && isDigitCode(text.charCodeAt(i))) i++;
  return i;
}
function lowerOf(r, start, end) {
  const words = r.words;
  let t = r.near;
  while (t > 0 && words[t].start > start) t--;
  while (t < words.length && words[t].end <= start) t++;
  if (t < words.length && words[t].start === start && words[t].end === end) return words[t].lower;
  return r.text.slice(start, end).toLowerCase();
}
function skipGap(text, from, hyphen) {
  if (hyphen && text.charCodeAt(from) === 45) return from + 1;
  let i = from;
  while (i < text.length && i - from < 3) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 160) break;
    i++;
  }
  return i;
}
function readNumber(text, start, end, language) {
  if (end - start > MAX_DIGITS) return null;
  const thousands = language === "de" ? 46 : 44;
  const decimal = language === "de" ? 44 : 46;
  let i = digitsEnd(text, start, end);
  if (i === start) return null;
  if (i < end && text.charCodeAt(i) === thousands) {
    const next = digitsEnd(text, i + 1, end);
    if (next === end && next - i - 1 >= 1 && next - i - 1 <= 2) return numberOf(text, start, i, i + 1, end);
    if (i - start > 3) return null;
    while (i < end && text.charCodeAt(i) === thousands) {
      const group = digitsEnd(text, i + 1, end);
      if (group - i - 1 !== 3) return null;
      i = group;
    }
  }
  if (i === end) return numberOf(text, start, end, end, end);
  if (text.charCodeAt(i) !== decimal || digitsEnd(text, i + 1, end) !== end || i + 1 === end) return null;
  return numberOf(text, start, i, i + 1, end);
}
var POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
function numberOf(text, start, intEnd, fracStart, end) {
  const decimals = end - fracStart;
  let digits = 0;
  let scaled = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isDigitCode(code)) continue;
    scaled = scaled * 10 + code - 48;
    digits++;
  }
  if (digits <= 15) return { value: scaled / POWERS_OF_TEN[decimals], decimals };
  const whole = digitsOf(text.slice(start, intEnd));
  return { value: Number(decimals === 0 ? whole : `${whole}.${text.slice(fracStart, end)}`), decimals };
}
function digitsOf(raw) {
  return raw.replace(/\D/g, "");
}
var QUALIFIER_ENDS = (() => {
  const ends = /* @__PURE__ */ new Map();
  for (const [phrase, qualifier] of QUALIFIER_PHRASES) {
    const words = phrase.split(" ");
    for (let from = words.length - 1; from >= 0; from--) {
      const end = words.slice(from).join(" ");
      const entry = ends.get(end) ?? { qualifier: null, longer: false };
      if (from === 0) entry.qualifier = qualifier;
      else entry.longer = true;
      ends.set(end, entry);
    }
  }
  return ends;
})();
function wordStartBefore(text, end) {
  let i = end;
  if (text.charCodeAt(i - 1) === 46) i--;
  let j = i;
  while (j > 0 && isLetterCode(text.charCodeAt(j - 1))) j--;
  return j === i || j > 0 && isWordCode(text.charCodeAt(j - 1)) ? -1 : j;
}
function qualifierBefore(r, end) {
  const text = r.text;
  let i = end;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  if (i === end && end > 0) return null;
  let start = wordStartBefore(text, i);
  if (start < 0) return null;
  let phrase = lowerOf(r, start, i);
  let best = null;
  for (let entry = QUALIFIER_ENDS.get(phrase); entry; entry = QUALIFIER_ENDS.get(phrase)) {
    if (entry.qualifier) best = { qualifier: entry.qualifier, start };
    if (!entry.longer || start === 0 || text.charCodeAt(start - 1) !== 32) break;
    const previousEnd = start - 1;
    start = wordStartBefore(text, previousEnd);
    if (start < 0) break;
    phrase = `${lowerOf(r, start, previousEnd)} ${phrase}`;
  }
  if (best && best.qualifier === "over" && text.slice(best.start, best.start + 4).toLowerCase() === "\xFCber" && nounBefore(text, best.start)) return null;
  return best;
}
function nounBefore(text, start) {
  let i = start;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  let j = i;
  while (j > 0 && isLetterCode(text.charCodeAt(j - 1))) j--;
  if (j === i || !isUpperCode(text.charCodeAt(j))) return false;
  return !CAPITALIZED_FUNCTION_WORDS.has(text.slice(j, i));
}
var CAPITALIZED_FUNCTION_WORDS = /* @__PURE__ */ new Set(["Mit", "Bei", "Um", "Von", "Auf", "In", "Seit", "Nach", "F\xFCr", "Auch", "Noch", "Sogar", "Und"]);
function isCurrencySymbol(code) {
  return code === 36 || code === 8364 || code === 163 || code === 165;
}
function currencyBefore(text, start) {
  let i = start;
  if (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  if (isCurrencySymbol(text.charCodeAt(i - 1))) {
    const withUs = text.slice(Math.max(0, i - 3), i).toLowerCase();
    if (withUs === "us$") return { currency: "USD", start: i - 3 };
    return { currency: PREFIX_CURRENCIES[text[i - 1]], start: i - 1 };
  }
  if (i === start) return null;
  const j = i - 3;
  if (j < 0 || !isAsciiUpper(text.charCodeAt(j)) || !isAsciiUpper(text.charCodeAt(j + 1)) || !isAsciiUpper(text.charCodeAt(j + 2))) return null;
  if (j > 0 && isLetterCode(text.charCodeAt(j - 1))) return null;
  const currency = PREFIX_CURRENCIES[text.slice(j, i).toLowerCase()];
  return currency ? { currency, start: j } : null;
}
function isAsciiUpper(code) {
  return code >= 65 && code <= 90;
}
var EXACT_UNITS = new Map(COUNT_UNITS);
var COMPOUND_ENDINGS = COUNT_UNITS.filter(([ending]) => ending.length >= 6 && /^[a-zäöüß]+$/.test(ending));
var SHORTEST_UNIT = Math.min(...COUNT_UNITS.map(([ending]) => ending.length));
function countUnitOf(lower) {
  if (lower.length < SHORTEST_UNIT || NOT_COUNT_NOUNS.has(lower)) return null;
  const exact = EXACT_UNITS.get(lower);
  if (exact) return exact;
  const hyphen = lower.lastIndexOf("-");
  if (hyphen >= 0) return EXACT_UNITS.get(lower.slice(hyphen + 1)) ?? null;
  for (const [ending, unit] of COMPOUND_ENDINGS) if (lower.length > ending.length && lower.endsWith(ending)) return unit;
  return null;
}
function readTail(r, numberEnd, language, tail) {
  const text = r.text;
  tail.end = numberEnd;
  tail.scale = 1;
  tail.scaleWritten = false;
  tail.currency = null;
  tail.percent = null;
  tail.unit = null;
  tail.blocked = false;
  if (isLetterAt(text, numberEnd)) {
    const end = wordEnd(text, numberEnd, false);
    if (end - numberEnd > LONGEST_GLUED_SCALE) return;
    const lower = text.slice(numberEnd, end).toLowerCase();
    const scale = GLUED_SCALE_MAPS[language].get(lower) ?? GLUED_SCALE_MAPS.en.get(lower);
    if (!scale) return;
    tail.scale = scale;
    tail.scaleWritten = true;
    tail.end = text.charCodeAt(end) === 46 && (lower === "mrd" || lower === "mio" || lower === "tsd") ? end + 1 : end;
  } else {
    const gap = skipGap(text, numberEnd, true);
    const end = wordEnd(text, gap, false);
    if (end > gap) {
      const lower = lowerOf(r, gap, end);
      const scale = AFTER_NUMBER[language].get(lower);
      if (scale === 0) {
        tail.blocked = true;
        return;
      }
      if (scale) {
        tail.scale = scale;
        tail.scaleWritten = true;
        const dotted = lower === "mrd" || lower === "mio" || lower === "tsd" || lower === "bio";
        tail.end = dotted && text.charCodeAt(end) === 46 ? end + 1 : end;
      }
    }
  }
  readUnit(r, skipGap(text, tail.end, true), tail);
}
function readUnit(r, from, tail) {
  const text = r.text;
  const code = text.charCodeAt(from);
  if (code === 37) {
    if (!tail.scaleWritten) {
      tail.percent = "percent";
      tail.end = from + 1;
    }
    return;
  }
  if (isCurrencySymbol(code)) {
    tail.currency = CURRENCY_MAP.get(text[from]);
    tail.end = from + 1;
    return;
  }
  const end = wordEnd(text, from, false);
  if (end === from) return;
  const lower = lowerOf(r, from, end);
  if (!tail.scaleWritten) {
    if (lower === "per" || lower === "percentage") {
      const nextStart = skipGap(text, end, false);
      const nextEnd = wordEnd(text, nextStart, false);
      const unit2 = nextEnd > nextStart ? PERCENT_MAP.get(`${lower} ${lowerOf(r, nextStart, nextEnd)}`) : void 0;
      if (unit2) {
        tail.percent = unit2;
        tail.end = nextEnd;
        return;
      }
    }
    const unit = PERCENT_MAP.get(lower);
    if (unit) {
      tail.percent = unit;
      tail.end = end;
      return;
    }
  }
  if (currencyAt(r, from, end, lower, tail)) return;
  countUnitAt(r, from, end, lower, tail);
}
function currencyAt(r, from, end, lower, tail) {
  const text = r.text;
  if (lower === "us" && text.charCodeAt(end) === 45) {
    const restEnd = wordEnd(text, end + 1, false);
    const rest = restEnd > end + 1 ? lowerOf(r, end + 1, restEnd) : "";
    if (rest === "dollar" || rest === "dollars") return setCurrency(tail, "USD", restEnd);
    if (text.charCodeAt(end + 1) === 36) return setCurrency(tail, "USD", end + 2);
  }
  if (lower === "schweizer" || lower === "britische") {
    const restStart = skipGap(text, end, false);
    const restEnd = wordEnd(text, restStart, false);
    const pair = restEnd > restStart ? CURRENCY_MAP.get(`${lower} ${lowerOf(r, restStart, restEnd)}`) : void 0;
    if (pair) return setCurrency(tail, pair, restEnd);
  }
  const currency = CURRENCY_MAP.get(lower);
  if (!currency) return false;
  if (ISO_CODES.has(lower) && text.slice(from, end) !== lower.toUpperCase()) return false;
  return setCurrency(tail, currency, end);
}
function setCurrency(tail, currency, end) {
  tail.currency = currency;
  tail.end = end;
  return true;
}
function countUnitAt(r, from, letters, lower, tail) {
  const text = r.text;
  let start = from;
  let end = wordEnd(text, from, true);
  let word = end === letters ? lower : lowerOf(r, from, end);
  for (let step = 0; ; step++) {
    const unit = countUnitOf(word);
    if (unit) {
      tail.unit = unit;
      tail.end = end;
      return;
    }
    if (step === 3 || STOP_MODIFIERS.has(word)) return;
    const trailingHyphen = text.charCodeAt(end) === 45;
    const isModifier = trailingHyphen || word === "und" || word === "and" || text.charCodeAt(start) === word.charCodeAt(0);
    if (!isModifier) return;
    start = skipGap(text, trailingHyphen ? end + 1 : end, false);
    end = wordEnd(text, start, true);
    if (end === start) return;
    word = lowerOf(r, start, end);
  }
}
function precisionOf(raw, decimals, qualifier, scale) {
  if (decimals > 0) return Math.pow(10, -decimals) * scale;
  if (qualifier !== "about") return scale;
  const digits = digitsOf(raw);
  let zeros = 0;
  for (let k = digits.length - 1; k > 0 && digits[k] === "0"; k--) zeros++;
  zeros = Math.min(zeros, Math.max(0, digits.length - 2));
  return Math.pow(10, zeros) * scale;
}
function moneyContextBefore(r, start) {
  const text = r.text;
  let i = start;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  let j = i;
  while (j > 0 && isLetterCode(text.charCodeAt(j - 1))) j--;
  return j < i && MONEY_CONTEXT_BEFORE.has(lowerOf(r, j, i));
}
function insideBlocked(blocked, start, end, cursor) {
  while (cursor.i < blocked.length && blocked[cursor.i].end <= start) cursor.i++;
  const span = blocked[cursor.i];
  return span !== void 0 && span.start < end && start < span.end;
}
function dominantCurrency(mentions, language) {
  const counts = /* @__PURE__ */ new Map();
  for (const m of mentions) if (m.kind === "money" && !m.currencyInferred) counts.set(m.currency, (counts.get(m.currency) ?? 0) + 1);
  let best = DEFAULT_CURRENCY[language];
  let bestCount = 0;
  for (const [currency, count] of counts) if (count > bestCount) [best, bestCount] = [currency, count];
  return best;
}
function extractFigures(text, language, blocked, words = scanWords(text)) {
  const found = [];
  const r = { text, words, near: 0 };
  const tail = { end: 0, scale: Number.NaN, scaleWritten: false, currency: null, percent: null, unit: null, blocked: false };
  const numberWordUnits = NUMBER_WORD_UNITS[language];
  const cursor = { i: 0 };
  let lastEnd = 0;
  const inferredMoney = [];
  for (let k = 0; k < words.length; k++) {
    const token = words[k];
    const initial = text.charCodeAt(token.start);
    let first = token;
    let wordValue = -1;
    if (!isDigitCode(initial)) {
      if (k === 0 || !numberWordUnits.has(text, token)) continue;
      first = words[k - 1];
      const value2 = NUMBER_MAP.get(first.lower);
      if (value2 === void 0) continue;
      wordValue = value2;
    }
    const start = first.start;
    let end = first.end;
    if (wordValue < 0) {
      end = digitsEnd(text, start, end);
      while (end + 1 < text.length && (text.charCodeAt(end) === 46 || text.charCodeAt(end) === 44) && isDigitCode(text.charCodeAt(end + 1))) {
        k++;
        end = digitsEnd(text, end + 1, words[k].end);
      }
      const before = codeAt(text, start - 1);
      if (before === 46 || before === 44 || before === 45 && start >= 2 && isLetterCode(text.charCodeAt(start - 2))) continue;
    }
    if (start < lastEnd) continue;
    if (insideBlocked(blocked, start, end, cursor)) continue;
    r.near = k;
    readTail(r, end, language, tail);
    if (tail.blocked) continue;
    if (wordValue >= 0 && !tail.scaleWritten && !tail.percent) continue;
    const prefix = wordValue >= 0 ? null : currencyBefore(text, start);
    const currency = tail.currency ?? prefix?.currency ?? null;
    let inferred = false;
    let kind = null;
    if (tail.percent) kind = "percent";
    else if (currency) kind = "money";
    else if (tail.unit) kind = "quantity";
    else if (tail.scaleWritten && tail.scale >= 1e6) {
      kind = "money";
      inferred = true;
    } else if (!tail.scaleWritten && moneyContextBefore(r, start)) {
      kind = "money";
      inferred = true;
    }
    if (!kind) continue;
    const parsed = wordValue >= 0 ? { value: wordValue, decimals: 0 } : readNumber(text, start, end, language);
    if (!parsed) continue;
    const figureStart = prefix ? prefix.start : start;
    const qualifierFound = qualifierBefore(r, figureStart);
    const figureEnd = tail.end;
    const from = qualifierFound ? qualifierFound.start : figureStart;
    if (insideBlocked(blocked, from, figureEnd, { i: 0 })) continue;
    const qualifier = qualifierFound ? qualifierFound.qualifier : null;
    const raw = wordValue >= 0 ? String(wordValue) : text.slice(start, end);
    const precision = precisionOf(raw, parsed.decimals, qualifier, tail.scale);
    const figureText = text.slice(from, figureEnd);
    const value = parsed.value * tail.scale;
    if (kind === "money") {
      if (inferred) {
        inferredMoney.push(found.length);
        found.push({ kind, start: from, end: figureEnd, text: figureText, qualifier, precision, value, currency: "", currencyInferred: true });
      } else {
        found.push({ kind, start: from, end: figureEnd, text: figureText, qualifier, precision, value, currency });
      }
    } else if (kind === "percent") {
      found.push({ kind, start: from, end: figureEnd, text: figureText, qualifier, precision, value: parsed.value, unit: tail.percent });
    } else {
      found.push({ kind, start: from, end: figureEnd, text: figureText, qualifier, precision, value, unit: tail.unit });
    }
    lastEnd = figureEnd;
  }
  if (inferredMoney.length > 0) {
    const currency = dominantCurrency(found, language);
    for (const index of inferredMoney) found[index].currency = currency;
  }
  return found;
}

// server/src/analysis/data/companies.ts
var BUILTIN_COMPANIES = [
  { name: "Amazon", aliases: ["Amazon.com"] },
  { name: "AWS", aliases: ["Amazon Web Services"] },
  { name: "OpenAI", aliases: ["ChatGPT-Macher", "ChatGPT-Unternehmen", "ChatGPT-Entwickler", "ChatGPT-Hersteller", "ChatGPT maker", "ChatGPT-Mutter"] },
  { name: "Anthropic", aliases: ["Claude-Entwickler"] },
  { name: "Nvidia", aliases: ["NVIDIA"] },
  { name: "Microsoft" },
  { name: "SoftBank", aliases: ["SoftBank Group", "Softbank", "SoftBank Group Corp."] },
  { name: "Google", aliases: ["Google Cloud"] },
  { name: "Alphabet", ambiguous: true },
  { name: "Meta", ambiguous: true, aliases: ["Meta Platforms", "Facebook-Mutter"] },
  { name: "Apple", aliases: ["iPhone-Hersteller", "iPhone maker"] },
  { name: "Tesla" },
  { name: "Intel" },
  { name: "AMD" },
  { name: "Oracle" },
  { name: "IBM" },
  { name: "Broadcom" },
  { name: "Qualcomm" },
  { name: "Arm", ambiguous: true, aliases: ["Arm Holdings"] },
  { name: "TSMC" },
  { name: "Samsung", aliases: ["Samsung Electronics"] },
  { name: "Netflix" },
  { name: "Uber" },
  { name: "Salesforce" },
  { name: "Shopify" },
  { name: "Spotify" },
  { name: "xAI" },
  { name: "Mistral AI" },
  { name: "Aleph Alpha" },
  { name: "Cerebras" },
  { name: "CoreWeave" },
  { name: "Walmart" },
  { name: "Costco" },
  { name: "Alibaba" },
  { name: "Tencent" },
  { name: "Baidu" },
  { name: "ByteDance" },
  { name: "Saks", aliases: ["Saks Global", "Saks Fifth Avenue"] },
  { name: "Whole Foods Market", aliases: ["Whole Foods"] },
  { name: "Siemens", aliases: ["Siemens AG"] },
  { name: "Siemens Energy" },
  { name: "SAP" },
  { name: "Volkswagen", aliases: ["VW", "Volkswagen AG"] },
  { name: "BMW" },
  { name: "Mercedes-Benz", aliases: ["Mercedes"] },
  { name: "Porsche" },
  { name: "BASF" },
  { name: "Bayer", ambiguous: true },
  { name: "Allianz", ambiguous: true },
  { name: "Deutsche Telekom", aliases: ["Telekom"] },
  { name: "Adidas" },
  { name: "Puma", ambiguous: true },
  { name: "Infineon" },
  { name: "Lufthansa" },
  { name: "Zalando" },
  { name: "Rheinmetall" },
  { name: "Airbus" },
  { name: "Boeing" },
  { name: "Henkel", ambiguous: true },
  { name: "Continental", ambiguous: true },
  { name: "E.ON" },
  { name: "RWE" },
  { name: "Munich Re" },
  { name: "DHL", aliases: ["DHL Group"] },
  { name: "Nestl\xE9" },
  { name: "Novartis" },
  { name: "Roche" },
  { name: "UniCredit" },
  { name: "Stellantis" },
  { name: "Deutsche Bank", kind: "bank" },
  { name: "Commerzbank", kind: "bank" },
  { name: "UBS", kind: "bank" },
  { name: "Bank of America", kind: "bank" },
  { name: "Citigroup", aliases: ["Citi"], kind: "bank" },
  { name: "Barclays", kind: "bank" },
  { name: "HSBC", kind: "bank" },
  { name: "JPMorgan", aliases: ["JP Morgan", "J.P. Morgan", "JPMorgan Chase"], kind: "bank" },
  { name: "Goldman Sachs", kind: "bank" },
  { name: "Morgan Stanley", kind: "bank" },
  { name: "RBC Capital Markets", aliases: ["RBC"], kind: "broker" },
  { name: "Jefferies", kind: "broker" },
  { name: "Bernstein", ambiguous: true, aliases: ["Bernstein Research"], kind: "broker" },
  { name: "Berenberg", kind: "broker" },
  { name: "DZ Bank", kind: "bank" },
  { name: "Warburg Research", kind: "broker" },
  { name: "Baader Bank", kind: "bank" },
  { name: "Wedbush", kind: "broker" },
  { name: "Evercore ISI", kind: "broker" },
  { name: "Mizuho", kind: "bank" },
  { name: "Reuters", kind: "media" },
  { name: "CNBC", kind: "media" },
  { name: "Bloomberg", kind: "media" },
  { name: "Wall Street Journal", aliases: ["WSJ"], kind: "media" },
  { name: "Financial Times", aliases: ["FT"], kind: "media" },
  { name: "Handelsblatt", kind: "media" },
  { name: "GeekWire", kind: "media" },
  { name: "wallstreetONLINE", aliases: ["wallstreet-online"], kind: "media" },
  { name: "dpa-AFX", kind: "media" },
  { name: "The Information", kind: "media" },
  { name: "Der Aktion\xE4r", kind: "media" },
  { name: "Nasdaq", kind: "exchange" },
  { name: "NYSE", kind: "exchange" },
  { name: "Deutsche B\xF6rse", kind: "exchange" }
];

// server/src/analysis/data/entities.ts
var PLACES = /* @__PURE__ */ new Set([
  "Seattle",
  "Luxemburg",
  "Luxembourg",
  "Indiana",
  "Europa",
  "Europe",
  "USA",
  "US",
  "Deutschland",
  "Germany",
  "China",
  "Japan",
  "Indien",
  "India",
  "Frankreich",
  "France",
  "Gro\xDFbritannien",
  "Britain",
  "London",
  "Berlin",
  "M\xFCnchen",
  "Munich",
  "Frankfurt",
  "Hamburg",
  "New York",
  "Kalifornien",
  "California",
  "Texas",
  "Virginia",
  "Ohio",
  "Irland",
  "Ireland",
  "Dublin",
  "Paris",
  "Z\xFCrich",
  "Wien",
  "Tokio",
  "Tokyo",
  "Peking",
  "Beijing",
  "Shanghai",
  "Singapur",
  "Singapore",
  "Nahen Osten",
  "Nahost",
  "Middle East",
  "Silicon Valley",
  "Wolfsburg",
  "Stuttgart",
  "Walldorf",
  "Redmond",
  "Cupertino",
  "Austin",
  "Polen",
  "Spanien"
]);
var PRODUCTS = /* @__PURE__ */ new Set([
  "ChatGPT",
  "Trainium",
  "Inferentia",
  "Azure",
  "Gemini",
  "Claude",
  "Copilot",
  "Alexa",
  "Kindle",
  "Prime",
  "iPhone",
  "Windows",
  "Office",
  "Android",
  "Project Rainier",
  "Rainier",
  "Blackwell",
  "GPT-5",
  "Llama"
]);
var NOT_NAMES = /* @__PURE__ */ new Set([
  "Konzern",
  "Unternehmen",
  "Firma",
  "Konzerns",
  "Tech",
  "Personal",
  "Vorstand",
  "Finanz",
  "Konzernchef",
  "Der",
  "Die",
  "Das",
  "Ein",
  "Eine",
  "The",
  "A",
  "Bank",
  "B\xF6rse",
  "Aktie",
  "Markt"
]);
var FIRST_NAMES = /* @__PURE__ */ new Set([
  "Andy",
  "Sam",
  "Beth",
  "Pascal",
  "Jeff",
  "Satya",
  "Jensen",
  "Sundar",
  "Tim",
  "Elon",
  "Mark",
  "Dario",
  "Masayoshi",
  "Lisa",
  "Sarah",
  "Brian",
  "Matt",
  "Greg",
  "Mira",
  "Ilya",
  "Daniela",
  "Marc",
  "Peter",
  "Thomas",
  "Michael",
  "Christian",
  "Oliver",
  "Roland",
  "Ola",
  "Oliver",
  "Herbert",
  "Christian",
  "Stefan",
  "Martin",
  "Markus",
  "Andreas",
  "Frank",
  "Klaus",
  "J\xFCrgen",
  "Wolfgang",
  "Anna",
  "Julia",
  "Laura",
  "Maria",
  "Sabine",
  "Claudia",
  "Jamie",
  "David",
  "John",
  "James",
  "Robert",
  "William",
  "Richard",
  "Joseph",
  "Charles",
  "Daniel",
  "Paul",
  "Steven",
  "Kevin",
  "Jason",
  "Emily",
  "Jennifer",
  "Susan",
  "Karen",
  "Nancy",
  "Jane",
  "Catherine",
  "Olaf",
  "Friedrich",
  "Christine",
  "Janet",
  "Jerome",
  "Warren",
  "Larry",
  "Sergey",
  "Bill",
  "Steve",
  "Reed",
  "Ted",
  "Doug",
  "Carsten",
  "Carl",
  "Anne",
  "Eva",
  "Lena",
  "Tobias",
  "Jan",
  "Jens"
]);
var LEGAL_SUFFIXES = /* @__PURE__ */ new Set([
  "AG",
  "SE",
  "GmbH",
  "KGaA",
  "Inc.",
  "Inc",
  "Corp.",
  "Corp",
  "Corporation",
  "plc",
  "PLC",
  "Ltd.",
  "Ltd",
  "LLC",
  "N.V.",
  "S.A.",
  "SA",
  "Holding",
  "Holdings",
  "Group"
]);
var COMPANY_COMPOUND_HEADS = /* @__PURE__ */ new Set([
  "Chef",
  "Chefin",
  "CEO",
  "Aktie",
  "Aktien",
  "Konzern",
  "Konzerns",
  "Vorstand",
  "Vorstandschef",
  "Gr\xFCnder",
  "Aktion\xE4re"
]);

// server/src/analysis/extract/companies.ts
var FIRST_NAME_KEYS = new Set([...FIRST_NAMES].map((name) => sigmaFold(name.toLowerCase())));
function sigmaFold(word) {
  return word.replace(/ς/g, "\u03C3");
}
function insertKey(roots, key, value) {
  const parts = key.split(" ");
  let level = roots;
  let node;
  for (let p = 0; p < parts.length; p++) {
    node = level.get(parts[p]);
    if (!node) level.set(parts[p], node = { value: void 0, next: null });
    if (p < parts.length - 1) level = node.next ??= /* @__PURE__ */ new Map();
  }
  node.value = value;
}
var CompanyTable = class {
  byKey = /* @__PURE__ */ new Map();
  infos = /* @__PURE__ */ new Map();
  /** The same keys as a tree, by first token. */
  keyTree = /* @__PURE__ */ new Map();
  /**
   * By first character, what a word written in lower case can be: ALIAS_INITIAL for the first
   * character of an alias written in lower case ("wallstreetONLINE", "xAI", "dpa-AFX"), MARKER_INITIAL
   * for that of a marker word ("plc", "company"). Most lower-case words are neither.
   */
  lowerInitials = new Uint8Array(65536);
  /** One bit per textHash of a start word: 8 KB that stay in the cache. */
  startBits = new Uint32Array(START_HASH_SIZE >>> 5);
  /**
   * The same for the start words a lower-case token can be (lower-case aliases and first names), so
   * that frequent words such as "der" and "the", which only start "Der …" and "The …", are ruled out
   * without cutting them from the text.
   */
  lowerStartBits = new Uint32Array(START_HASH_SIZE >>> 5);
  /**
   * Every word (lower-case) that can start a company mention or a person: first words of aliases,
   * their genitives ("amazons", "amazon's") and first names. A capitalized word outside it is skipped.
   */
  startWords = /* @__PURE__ */ new Map();
  constructor(rows) {
    for (const word of MARKER_WORDS) this.lowerInitials[word.charCodeAt(0)] |= MARKER_INITIAL;
    for (const name of FIRST_NAMES) this.startWord(name.toLowerCase());
    for (const row of rows) this.add(row);
  }
  add(row) {
    let info = this.infos.get(row.name);
    if (!info) {
      info = { name: row.name, kind: row.kind ?? "company", aliases: [], ambiguous: row.ambiguous ?? false };
      this.infos.set(row.name, info);
    } else if (row.kind) {
      info.kind = row.kind;
    }
    for (const alias of [row.name, ...row.aliases ?? []]) {
      const key = aliasKey(alias);
      if (!key) continue;
      if (alias !== row.name && !info.aliases.includes(alias)) info.aliases.push(alias);
      const entry = { info, upper: isUpperInitial(alias.charCodeAt(0)), source: alias === info.name ? "table" : "alias" };
      this.byKey.set(key.key, entry);
      insertKey(this.keyTree, key.key, entry);
      const firstWord = key.tokens > 1 ? key.key.slice(0, key.key.indexOf(" ")) : key.key;
      const start = this.startWord(firstWord);
      start.names = this.keyTree.get(firstWord);
      if (!entry.upper) {
        start.lowerCase = true;
        setHashBit(this.lowerStartBits, firstWord);
      }
      if (key.tokens === 1) for (const ending of ["s", "'s", "\u2019s"]) this.startWord(key.key + ending);
      if (!isUpperCode(alias.charCodeAt(0))) this.lowerInitials[alias.charCodeAt(0)] |= ALIAS_INITIAL;
    }
  }
  /** The record of a start word, created on first use. */
  startWord(word) {
    let start = this.startWords.get(word);
    if (!start) {
      start = { names: void 0, firstName: FIRST_NAME_KEYS.has(sigmaFold(word)), lowerCase: false };
      this.startWords.set(word, start);
      setHashBit(this.startBits, word);
      if (start.firstName) setHashBit(this.lowerStartBits, word);
    }
    return start;
  }
  /**
   * The start word a token is, if any. Most tokens are ruled out by their textHash alone. With
   * `lowerCase`, only start words a lower-case token can be are looked for.
   */
  startOf(t, hash, lowerCase) {
    if (hash >= 0 && !hasBit(lowerCase ? this.lowerStartBits : this.startBits, hash)) return void 0;
    return this.startWords.get(t.lower);
  }
  lookup(key) {
    return this.byKey.get(key);
  }
  info(name) {
    return this.infos.get(name);
  }
};
var START_HASH_SIZE = 1 << 16;
var ALIAS_INITIAL = 1;
var MARKER_INITIAL = 2;
function hasBit(bits, hash) {
  return (bits[hash >>> 5] & 1 << (hash & 31)) !== 0;
}
function setHashBit(bits, word) {
  const hash = wordHash2(word);
  if (hash >= 0) bits[hash >>> 5] |= 1 << (hash & 31);
}
function textHash(text, start, end) {
  const length = end - start;
  return charsHash(text.charCodeAt(start), length > 1 ? text.charCodeAt(start + 1) : 0, length > 2 ? text.charCodeAt(start + 2) : 0, length);
}
function wordHash2(word) {
  const length = word.length;
  return charsHash(word.charCodeAt(0), length > 1 ? word.charCodeAt(1) : 0, length > 2 ? word.charCodeAt(2) : 0, length);
}
function charsHash(c0, c1, c2, length) {
  if ((c0 | c1 | c2) >= 256) return -1;
  return (c0 | 32) * 961 + (c1 | 32) * 31 + (c2 | 32) + length * 7919 & START_HASH_SIZE - 1;
}
function isUpperInitial(code) {
  if (code < 128) return code >= 65 && code <= 90;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}
var TOKEN_PATTERN = /[\p{L}\p{N}]+(?:[.&'’][\p{L}\p{N}]+)*/gu;
function aliasKey(alias) {
  const parts = alias.match(TOKEN_PATTERN);
  return parts ? { key: parts.join(" ").toLowerCase(), tokens: parts.length } : null;
}
var builtinTable = null;
var tableCache = /* @__PURE__ */ new WeakMap();
function companyTableFor(extra) {
  if (!extra || extra.length === 0) return builtinTable ??= new CompanyTable(BUILTIN_COMPANIES);
  let table2 = tableCache.get(extra);
  if (!table2) {
    table2 = new CompanyTable([...BUILTIN_COMPANIES, ...extra]);
    tableCache.set(extra, table2);
  }
  return table2;
}
function camelParts(token) {
  const text = token.text;
  let parts = null;
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    if (isUpperCode(text.charCodeAt(i)) && isLowerCode(text.charCodeAt(i - 1))) {
      const part = text.slice(from, i);
      (parts ??= []).push({ start: token.start + from, end: token.start + i, lower: part.toLowerCase(), text: part, caps: CAPITALIZED });
      from = i;
    }
  }
  if (!parts) return NO_PARTS;
  const rest = text.slice(from);
  parts.push({ start: token.start + from, end: token.end, lower: rest.toLowerCase(), text: rest, caps: CAPITALIZED });
  return parts;
}
var NO_PARTS = [];
function scanTokens(text, words, table2) {
  const starts = [];
  const startWords = [];
  const markers = [];
  const lowerInitials = table2.lowerInitials;
  let joined = null;
  let joinedWords = null;
  let merged = 0;
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const word = words[i];
    const start = word.start;
    let end = word.end;
    let caps = word.caps;
    let token = word;
    const index = i - merged;
    if (i + 1 < n && isJoiner(text.charCodeAt(end)) && words[i + 1].start === end + 1) {
      const from = i;
      do {
        caps |= words[++i].caps === 0 ? 0 : INNER_UPPER;
        end = words[i].end;
      } while (i + 1 < n && isJoiner(text.charCodeAt(end)) && words[i + 1].start === end + 1);
      token = joinedWord(words, from, i, caps, text);
      (joined ??= []).push(token);
      (joinedWords ??= []).push(from, i - from + 1);
      merged += i - from;
    }
    const initial = text.charCodeAt(start);
    const flags = caps === 0 ? lowerInitials[initial] : ALIAS_INITIAL | MARKER_INITIAL;
    if (flags === 0) continue;
    const hash = textHash(text, start, end);
    if ((flags & MARKER_INITIAL) !== 0 && MARKER_SHAPES[shape(end - start, initial)] === 1 && (hash < 0 || hasBit(MARKER_HASHES, hash))) {
      markers.push(index);
    }
    if ((flags & ALIAS_INITIAL) === 0) continue;
    const startWord = caps & INNER_UPPER ? ANY_START : knownStart(token, hash, caps, initial, table2);
    if (startWord !== null) {
      starts.push(index);
      startWords.push(startWord);
    }
  }
  let tokens = words;
  if (joined !== null && joinedWords !== null) {
    const copy = words.slice();
    for (let j = joined.length - 1; j >= 0; j--) copy.splice(joinedWords[2 * j], joinedWords[2 * j + 1], joined[j]);
    tokens = copy;
  }
  return { tokens, starts, startWords, markers };
}
function startOf(text, t, table2, local) {
  if (t.caps & INNER_UPPER) return ANY_START;
  const initial = text.charCodeAt(t.start);
  if (t.caps === 0 && (table2.lowerInitials[initial] & ALIAS_INITIAL) === 0) return null;
  const start = knownStart(t, textHash(text, t.start, t.end), t.caps, initial, table2);
  if (start !== null) return start;
  return local !== null && local.has(t.lower) ? ANY_START : null;
}
function knownStart(t, hash, caps, initial, table2) {
  const start = table2.startOf(t, hash, caps === 0 && !isUpperInitial(initial));
  return start !== void 0 && (caps !== 0 || start.lowerCase || start.firstName || isUpperInitial(initial)) ? start : null;
}
var ANY_START = { names: void 0, firstName: true, lowerCase: true };
var CONTEXT_NOUNS = /* @__PURE__ */ new Set(["Konzern", "Autobauer", "Chipkonzern", "company"]);
function shape(length, first) {
  return (length & 31) << 7 | first & 127;
}
function shapesOf(words) {
  const shapes = new Uint8Array(32 * 128);
  for (const word of words) shapes[shape(word.length, word.charCodeAt(0))] = 1;
  return shapes;
}
var LEGAL_SUFFIX_SHAPES = shapesOf(LEGAL_SUFFIXES);
var COMPOUND_HEAD_SHAPES = shapesOf(COMPANY_COMPOUND_HEADS);
var CONTEXT_NOUN_SHAPES = shapesOf(CONTEXT_NOUNS);
var PRODUCT_SHAPES = shapesOf(PRODUCTS);
var MARKER_WORDS = [...LEGAL_SUFFIXES, ...COMPANY_COMPOUND_HEADS, ...CONTEXT_NOUNS];
var MARKER_SHAPES = shapesOf(MARKER_WORDS);
var MARKER_HASHES = new Uint32Array(START_HASH_SIZE >>> 5);
for (const word of MARKER_WORDS) setHashBit(MARKER_HASHES, word.toLowerCase());
function isWordIn(text, start, end, shapes, set) {
  return shapes[shape(end - start, text.charCodeAt(start))] === 1 && set.has(text.slice(start, end));
}
function isJoiner(code) {
  return code === 46 || code === 38 || code === 39 || code === 8217;
}
function joinable(text, left, right) {
  const gap = right.start - left.end;
  if (gap !== 1) return false;
  const ch = text[left.end];
  return ch === " " || ch === "-" || ch === "\xA0";
}
function insideSorted(spans, start, end, cursor) {
  while (cursor.i < spans.length && spans[cursor.i].end <= start) cursor.i++;
  const s = spans[cursor.i];
  return s !== void 0 && s.start < end && start < s.end;
}
function extractCompaniesAndPeople(text, table2, blocked, words = scanWords(text)) {
  const scan = scanTokens(text, words, table2);
  const tokens = scan.tokens;
  const local = findLocalNames(text, tokens, scan.markers, table2);
  let { starts, startWords } = scan;
  if (local !== null) {
    starts = [];
    startWords = [];
    for (let i = 0; i < tokens.length; i++) {
      const start = startOf(text, tokens[i], table2, local);
      if (start !== null) {
        starts.push(i);
        startWords.push(start);
      }
    }
  }
  const companies = [];
  const people = [];
  const cursor = { i: 0 };
  let free = 0;
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s];
    if (i < free) continue;
    free = i + 1;
    const t = tokens[i];
    const upper = (t.caps & CAPITALIZED) !== 0;
    if (insideSorted(blocked, t.start, t.end, cursor)) continue;
    const start = startWords[s];
    const person = start.firstName ? personAt(text, tokens, i) : null;
    if (person) {
      people.push(person.mention);
      free = person.last + 1;
      continue;
    }
    const hit = matchAt(text, tokens, i, 1, start === ANY_START ? table2.keyTree.get(t.lower) : start.names, local?.get(t.lower));
    if (hit) {
      const last = tokens[i + hit.tokens - 1];
      if (!isWordIn(text, t.start, last.end, PRODUCT_SHAPES, PRODUCTS)) {
        companies.push({ kind: "company", start: t.start, end: last.end, text: text.slice(t.start, last.end), name: hit.name, source: hit.source });
      }
      free = i + hit.tokens;
      continue;
    }
    if (upper && t.lower.length > 2 && t.lower.charCodeAt(t.lower.length - 1) === 115) {
      const apostrophe = t.lower.charCodeAt(t.lower.length - 2);
      const base = apostrophe === 39 || apostrophe === 8217 ? t.lower.slice(0, -2) : t.lower.slice(0, -1);
      const hitBase = table2.lookup(base);
      if (hitBase && hitBase.info.name.toLowerCase() === base && isUpperInitial(text.charCodeAt(t.start)) === hitBase.upper) {
        companies.push({ kind: "company", start: t.start, end: t.end, text: t.text, name: hitBase.info.name, source: "table" });
        continue;
      }
    }
    if (!(t.caps & INNER_UPPER)) continue;
    for (const part of camelParts(t)) {
      const key = part.lower;
      const hitPart = table2.lookup(key);
      if (hitPart && isUpperInitial(part.text.charCodeAt(0)) === hitPart.upper && !PRODUCTS.has(part.text)) {
        companies.push({ kind: "company", start: part.start, end: part.end, text: part.text, name: hitPart.info.name, source: "table" });
      } else if (FIRST_NAMES.has(part.text)) {
        const next = tokenAt(tokens, i + 1);
        if (next && joinable(text, t, next) && startsUpper(next.text) && !table2.lookup(next.text.toLowerCase())) {
          people.push({ kind: "person", start: part.start, end: next.end, text: text.slice(part.start, next.end), name: `${part.text} ${next.text}` });
          free = i + 2;
          break;
        }
      }
    }
  }
  return { companies, people };
}
function findLocalNames(text, tokens, markers, table2) {
  let local = null;
  let last = -1;
  const visit = (i) => {
    if (i <= last || i >= tokens.length) return;
    local = localNamesAt(text, tokens, i, table2, local);
    last = i;
  };
  let after = -1;
  for (const j of markers) {
    visit(Math.min(j - 1, after));
    visit(Math.max(j - 1, after));
    after = j + 1;
  }
  visit(after);
  return local;
}
function localNamesAt(text, tokens, i, table2, local) {
  const t = tokens[i];
  if (!(t.caps & CAPITALIZED)) return local;
  const next = tokenAt(tokens, i + 1);
  if (next !== void 0) {
    if (isWordIn(text, next.start, next.end, LEGAL_SUFFIX_SHAPES, LEGAL_SUFFIXES) && joinable(text, t, next) && isNameCandidate(t.text)) {
      let first = i;
      while (first > 0 && i - first < 2 && startsUpper(tokens[first - 1].text) && joinable(text, tokens[first - 1], tokens[first]) && isNameCandidate(tokens[first - 1].text) && !isSentenceStartWord(tokens[first - 1].text)) first--;
      let name = tokens[first].text;
      for (let k = first + 1; k <= i; k++) name += ` ${tokens[k].text}`;
      if (!table2.lookup(name.toLowerCase())) {
        insertKey(local ??= /* @__PURE__ */ new Map(), name.toLowerCase(), name);
        insertKey(local, `${name} ${next.text}`.toLowerCase(), name);
      }
    }
    if (text.charCodeAt(t.end) === 45 && next.start === t.end + 1 && isWordIn(text, next.start, next.end, COMPOUND_HEAD_SHAPES, COMPANY_COMPOUND_HEADS) && isNameCandidate(t.text)) {
      if (!table2.lookup(t.text.toLowerCase())) insertKey(local ??= /* @__PURE__ */ new Map(), t.text.toLowerCase(), t.text);
    }
  }
  if (i >= 2 && isWordIn(text, tokens[i - 1].start, tokens[i - 1].end, CONTEXT_NOUN_SHAPES, CONTEXT_NOUNS) && /^(der|dem|den|des|the)$/i.test(tokens[i - 2].text) && isNameCandidate(t.text) && !table2.lookup(t.text.toLowerCase())) {
    insertKey(local ??= /* @__PURE__ */ new Map(), t.text.toLowerCase(), t.text);
  }
  return local;
}
function matchAt(text, tokens, i, depth, tableNode, localNode) {
  const k = i + depth;
  if ((tableNode?.next || localNode?.next) && k < tokens.length && joinable(text, tokens[k - 1], tokens[k])) {
    const lower = tokens[k].lower;
    const longer = matchAt(text, tokens, i, depth + 1, tableNode?.next?.get(lower), localNode?.next?.get(lower));
    if (longer) return longer;
  }
  const hit = tableNode?.value;
  if (hit && isUpperInitial(text.charCodeAt(tokens[i].start)) === hit.upper && (depth > 1 || !hit.info.ambiguous || hit.source === "alias" || inCompanyContext(text, tokens, i))) {
    return { tokens: depth, name: hit.info.name, source: hit.source };
  }
  const localName = localNode?.value;
  return localName ? { tokens: depth, name: localName, source: "context" } : null;
}
function inCompanyContext(text, tokens, i) {
  const next = tokenAt(tokens, i + 1);
  if (!next || !joinable(text, tokens[i], next)) return false;
  return text[tokens[i].end] === "-" ? COMPANY_COMPOUND_HEADS.has(next.text) : LEGAL_SUFFIXES.has(next.text);
}
var SENTENCE_START_WORDS = /* @__PURE__ */ new Set(["Auch", "Die", "Der", "Das", "Laut", "Wie", "Bei", "Mit", "F\xFCr", "Nach", "Zudem"]);
function isSentenceStartWord(word) {
  return SENTENCE_START_WORDS.has(word);
}
function isNameCandidate(word) {
  if (!startsUpper(word)) return false;
  if (NOT_NAMES.has(word) || PLACES.has(word) || PRODUCTS.has(word) || FIRST_NAMES.has(word)) return false;
  return !SENTENCE_START_WORDS.has(word);
}
function tokenAt(tokens, i) {
  return i < tokens.length ? tokens[i] : void 0;
}
function personAt(text, tokens, i) {
  const first = tokens[i];
  if (!FIRST_NAMES.has(first.text)) return null;
  const second = tokenAt(tokens, i + 1);
  if (!second || !joinable(text, first, second) || text[first.end] !== " " || !startsUpper(second.text)) return null;
  let last = i + 1;
  const third = tokenAt(tokens, i + 2);
  if (third && text[second.end] === "-" && third.start === second.end + 1 && startsUpper(third.text)) last = i + 2;
  const end = tokens[last].end;
  return {
    mention: { kind: "person", start: first.start, end, text: text.slice(first.start, end), name: text.slice(first.start, end) },
    last
  };
}

// server/src/analysis/text/segments.ts
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  "mrd",
  "mio",
  "tsd",
  "bio",
  "ca",
  "inc",
  "corp",
  "ltd",
  "co",
  "nr",
  "bzw",
  "dr",
  "prof",
  "st",
  "vs",
  "etc",
  "jan",
  "feb",
  "m\xE4r",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "okt",
  "oct",
  "nov",
  "dez",
  "dec",
  "mr",
  "mrs",
  "ms",
  "u",
  "z",
  "b",
  "a",
  "d",
  "h",
  "ggf",
  "evtl",
  "inkl",
  "zzgl",
  "rd",
  "approx",
  "no"
]);
var MONTH_WORDS2 = /* @__PURE__ */ new Set([
  "januar",
  "j\xE4nner",
  "februar",
  "m\xE4rz",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "dezember",
  "quartal",
  "halbjahr"
]);
function isSpace(code) {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 160;
}
var MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
function abbreviationSlot(length, first, last) {
  return length * 1031 + (first | 32) * 257 + (last | 32) & 4095;
}
var ABBREVIATION_SLOTS = new Uint8Array(4096);
for (const a of ABBREVIATIONS) ABBREVIATION_SLOTS[abbreviationSlot(a.length, a.charCodeAt(0), a.charCodeAt(a.length - 1))] = 1;
function isAbbreviationBefore(text, end) {
  let start = end;
  let codes = 0;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (!isLetterCode(code)) break;
    codes |= code;
    start--;
    if (end - start > MAX_ABBREVIATION) return false;
  }
  if (start === end) return false;
  if (codes < 256 && !ABBREVIATION_SLOTS[abbreviationSlot(end - start, text.charCodeAt(start), text.charCodeAt(end - 1))]) return false;
  return ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}
function wordAfter(text, from) {
  let i = from;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < text.length && isLetterCode(text.charCodeAt(j))) j++;
  return text.slice(i, j).toLowerCase();
}
function dotEndsSentence(text, dot) {
  const next = dot + 1;
  if (next < text.length && !isSpace(text.charCodeAt(next)) && text[next] !== '"' && text[next] !== "\u201C" && text[next] !== "\u201E") return false;
  if (isAbbreviationBefore(text, dot)) return false;
  if (dot > 0 && isDigitCode(text.charCodeAt(dot - 1))) {
    const after = wordAfter(text, next);
    if (MONTH_WORDS2.has(after)) return false;
  }
  let i = next;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  if (i < text.length && isLowerCode(text.charCodeAt(i))) return false;
  return true;
}
function nextIndex(text, ch, from) {
  const at = text.indexOf(ch, from);
  return at < 0 ? text.length : at;
}
function pushTrimmed(sentences, text, start, end) {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) sentences.push({ start, end });
}
function splitSentences(text) {
  const sentences = [];
  const n = text.length;
  let start = 0;
  let nextLine = nextIndex(text, "\n", 0);
  let nextDot = nextIndex(text, ".", 0);
  let nextBang = nextIndex(text, "!", 0);
  let nextQuestion = nextIndex(text, "?", 0);
  for (; ; ) {
    const i = Math.min(nextLine, nextDot, nextBang, nextQuestion);
    if (i >= n) break;
    let ends = false;
    if (i === nextLine) {
      nextLine = nextIndex(text, "\n", i + 1);
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      const prev = i > 0 && text.charCodeAt(i - 1) === 13 ? i - 2 : i - 1;
      const prevCode = prev >= 0 ? text.charCodeAt(prev) : 46;
      const prevEnds = prevCode === 46 || prevCode === 33 || prevCode === 63 || prevCode === 58 || prevCode === 59;
      ends = !(j < n && isLowerCode(text.charCodeAt(j)) && !prevEnds);
    } else if (i === nextDot) {
      nextDot = nextIndex(text, ".", i + 1);
      ends = dotEndsSentence(text, i);
    } else {
      if (i === nextBang) nextBang = nextIndex(text, "!", i + 1);
      else nextQuestion = nextIndex(text, "?", i + 1);
      ends = i + 1 >= n || isSpace(text.charCodeAt(i + 1));
    }
    if (ends) {
      pushTrimmed(sentences, text, start, i + 1);
      start = i + 1;
    }
  }
  pushTrimmed(sentences, text, start, n);
  return sentences;
}
var CLAUSE_PUNCTUATION = new Uint8Array(128);
for (const ch of ",;:-()") CLAUSE_PUNCTUATION[ch.charCodeAt(0)] = 1;
function splitClauses(text, sentence, words, from, to) {
  const { start, end } = sentence;
  const clauses = [];
  let clauseStart = start;
  let gapStart = start;
  for (let k = from; k <= to; k++) {
    const gapEnd = k < to ? words[k].start : end;
    for (let i = gapStart; i < gapEnd; i++) {
      const c = text.charCodeAt(i);
      if (c < 128 ? CLAUSE_PUNCTUATION[c] === 0 : c !== 8211 && c !== 8212) continue;
      let cut = false;
      if ((c === 44 || c === 59 || c === 58) && i + 1 < end && isSpace(text.charCodeAt(i + 1))) cut = true;
      else if ((c === 8211 || c === 8212 || c === 45) && i > start && text.charCodeAt(i - 1) === 32 && i + 1 < end && text.charCodeAt(i + 1) === 32) cut = true;
      else if (c === 40 || c === 41) cut = true;
      if (cut) {
        if (i > clauseStart) clauses.push({ start: clauseStart, end: i + 1 });
        clauseStart = i + 1;
      }
    }
    if (k < to) gapStart = words[k].end;
  }
  if (end > clauseStart) clauses.push({ start: clauseStart, end });
  return clauses;
}

// server/src/analysis/facts/claims.ts
var PREFIX_KEY = 4;
var SLOTS2 = 1 << 12;
var NOT_LATIN1 = 256;
var NO_TRIGGERS = [];
function exactSlot(c0, c1, last) {
  return ((c0 | 32) * 31 + (c1 | 32)) * 31 + (last | 32) & SLOTS2 - 1;
}
function prefixSlot(c0, c1, c2, c3) {
  return (((c0 | 32) * 31 + (c1 | 32)) * 31 + (c2 | 32)) * 31 + (c3 | 32) & SLOTS2 - 1;
}
var MeasureTable = class {
  byId = /* @__PURE__ */ new Map();
  /** Candidate lists; list 0 is empty. A slot's list holds every trigger whose first word hashes there. */
  lists = [NO_TRIGGERS];
  /** Exact-word triggers (and multi-word ones, by their first word) by exactSlot. */
  exactIndex = new Uint16Array(SLOTS2);
  /** One-word prefix triggers of at least PREFIX_KEY characters by prefixSlot. */
  prefixIndex = new Uint16Array(SLOTS2);
  constructor(rows) {
    for (const row of rows) {
      this.byId.set(row.id, row);
      for (const raw of row.triggers) {
        const [first, then] = raw.split(" \u2026 ");
        const prefix = first.endsWith("*");
        const words = (prefix ? first.slice(0, -1) : first).split(/[\s-]+/).filter(Boolean);
        const trigger = {
          measure: row,
          words,
          prefix,
          then: then ? new RegExp(`(?<![\\p{L}])${escape(then)}(?![\\p{L}])`, "iu") : null
        };
        const w = words[0];
        if (words.length === 1 && prefix && w.length >= PREFIX_KEY) {
          this.add(this.prefixIndex, prefixSlot(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2), w.charCodeAt(3)), trigger);
        } else {
          this.add(this.exactIndex, exactSlot(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.charCodeAt(w.length - 1)), trigger);
        }
      }
    }
  }
  add(index, slot, trigger) {
    if (index[slot] === 0) {
      index[slot] = this.lists.length;
      this.lists.push([]);
    }
    this.lists[index[slot]].push(trigger);
  }
  /** Every trigger occurrence in the text, in order; at one position only the longest match counts. */
  findTriggers(text, words, clauses, from = 0, to = words.length) {
    const hits = [];
    let clauseIndex = 0;
    for (let i = from; i < to; i++) {
      const word = words[i];
      const length = word.end - word.start;
      let c0 = text.charCodeAt(word.start);
      let c1 = length > 1 ? text.charCodeAt(word.start + 1) : 0;
      let last = text.charCodeAt(word.end - 1);
      let c2 = length >= PREFIX_KEY ? text.charCodeAt(word.start + 2) : 0;
      let c3 = length >= PREFIX_KEY ? text.charCodeAt(word.start + 3) : 0;
      let long = length >= PREFIX_KEY;
      if ((c0 | c1 | last | c2 | c3) >= NOT_LATIN1) {
        const lower = word.lower;
        long = lower.length >= PREFIX_KEY;
        c0 = lower.charCodeAt(0);
        c1 = lower.length > 1 ? lower.charCodeAt(1) : 0;
        last = lower.charCodeAt(lower.length - 1);
        c2 = long ? lower.charCodeAt(2) : 0;
        c3 = long ? lower.charCodeAt(3) : 0;
      }
      const exact = this.lists[this.exactIndex[exactSlot(c0, c1, last)]];
      const prefixed = long ? this.lists[this.prefixIndex[prefixSlot(c0, c1, c2, c3)]] : NO_TRIGGERS;
      if (exact.length === 0 && prefixed.length === 0) continue;
      const firstBest = hits.length;
      let bestEnd = -1;
      for (let k = 0; k < exact.length + prefixed.length; k++) {
        const fromExact = k < exact.length;
        const trigger = fromExact ? exact[k] : prefixed[k - exact.length];
        const end = fromExact ? word.lower === trigger.words[0] ? matchWords(text, words, i, trigger) : -1 : word.lower.startsWith(trigger.words[0]) ? word.end : -1;
        if (end < 0 || end < bestEnd) continue;
        let bindEnd = end;
        if (trigger.then) {
          while (clauseIndex < clauses.length && clauses[clauseIndex].end <= word.start) clauseIndex++;
          const clause = clauses[clauseIndex];
          const then = clause ? trigger.then.exec(text.slice(end, clause.end)) : null;
          if (!then) continue;
          bindEnd = end + then.index + then[0].length;
        }
        if (end > bestEnd) {
          if (hits.length > firstBest) hits.length = firstBest;
          bestEnd = end;
        }
        hits.push({ trigger, start: word.start, end, bindEnd });
      }
    }
    return hits;
  }
};
function matchWords(text, words, i, trigger) {
  const n = trigger.words.length;
  if (i + n > words.length) return -1;
  for (let k = 0; k < n; k++) {
    const word = words[i + k];
    const expected = trigger.words[k];
    const last = k === n - 1;
    if (last && trigger.prefix ? !word.lower.startsWith(expected) : word.lower !== expected) return -1;
    if (k > 0) {
      const gap = word.start - words[i + k - 1].end;
      if (gap < 1 || gap > 2 || !/^[\s-]+$/.test(text.slice(words[i + k - 1].end, word.start))) return -1;
    }
  }
  return words[i + n - 1].end;
}
function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var builtinMeasures = null;
function measureTableFor(extra) {
  if (!extra || extra.length === 0) return builtinMeasures ??= new MeasureTable(MEASURES);
  let table2 = extendedMeasures.get(extra);
  if (!table2) extendedMeasures.set(extra, table2 = new MeasureTable([...MEASURES, ...extra]));
  return table2;
}
var extendedMeasures = /* @__PURE__ */ new WeakMap();
var NO_HITS = [];
var UNDATED = "undated";
var BINDING_GAP = /^[\s-]*(?:(?:von|vom|auf|bei|mit|um|über|in höhe von|of|at|from|to|by|worth)\s+)?(?:(?:insgesamt|total|weitere[nm]?|zuletzt|aktuell|nun|jetzt|derzeit)\s+)?$/iu;
var COUNTERPART_PREPOSITION = /(?:^|[\s(])(?:in|an|bei|für|into|in|at)\s+(?:\S+\s+){0,3}$/iu;
var PREPOSITIONAL_OBJECT = /(?:^|[\s(])(?:in|an|bei|für|mit|gegen|über|zu|zum|into|at|with|from|for|against)\s+(?:\S+\s+){0,2}$/iu;
var RELATIVE_CLAUSE_START = /,\s*(?:in|an|bei|für|von|mit|über)\s+(?:der|die|dem|denen|welche[rm]?)\s+$/iu;
var BACKER_OF = /(?:Geldgeber|Investor|Investoren|Anteilseigner|Großaktionär|Kapitalgeber|backer|investor|shareholder)s?\s+(?:von|vom|bei|in|of|in)\s+(?:\S+\s+)?$/u;
var STOCK_AFTER = /^-(?:Aktie|Papier|Titel)|^(?:'s|’s)? (?:shares|stock)/u;
var THEN_WORDS = /(?<![\p{L}])(?:damals|at the time|then)(?![\p{L}])|,\s*(?:when|als)(?![\p{L}])/iu;
var SHARE_OF = /^\s+(?:der|des|of the|of)\s/iu;
var DAY_MS2 = 864e5;
var NEWS_WINDOW_DAYS = 7;
function unitClass(m) {
  switch (m.kind) {
    case "money":
      return "money";
    case "percent":
      return "percent";
    case "quantity":
      return UNIT_DIMENSION[m.unit] === "jobs" ? "jobs" : "count";
    case "date":
      return m.precision === "day" && m.role === "at" ? "date" : null;
    default:
      return null;
  }
}
function keyUnit(m) {
  switch (m.kind) {
    case "money":
      return m.currency;
    case "percent":
      return m.unit === "percent" ? "percent" : "percentagePoints";
    case "quantity":
      return UNIT_DIMENSION[m.unit] ?? m.unit;
    default:
      return "date";
  }
}
function dayRange(value) {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return [t, t];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return [Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 0)];
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return [Date.UTC(+m[1], (+m[2] - 1) * 3, 1), Date.UTC(+m[1], +m[2] * 3, 0)];
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return [Date.UTC(+m[1], (+m[2] - 1) * 6, 1), Date.UTC(+m[1], +m[2] * 6, 0)];
  m = /^(\d{4})$/.exec(value);
  if (m) return [Date.UTC(+m[1], 0, 1), Date.UTC(+m[1], 11, 31)];
  return null;
}
function publishedTime(published) {
  const range = published ? dayRange(published) : null;
  return range ? range[0] : null;
}
function reportedQuarter(day) {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}
function within(span, pos) {
  return pos >= span.start && pos < span.end;
}
function buildClaims(ctx) {
  const { text, mentions, sentences, measures, explain } = ctx;
  const claims = [];
  const hasFigure = mentions.some((m) => m.kind === "money" || m.kind === "percent" || m.kind === "quantity" || m.kind === "date");
  if (!hasFigure) return claims;
  const words = ctx.words;
  let wordIndex = 0;
  let mainCompany;
  const main2 = () => mainCompany === void 0 ? mainCompany = findMainCompany(mentions, ctx.companies) : mainCompany;
  const pubTime = publishedTime(ctx.published);
  const lastCounterpart = /* @__PURE__ */ new Map();
  const objects = /* @__PURE__ */ new Map();
  const isObject = (c) => {
    let known = objects.get(c);
    if (known === void 0) objects.set(c, known = isPrepositionalObject(text, c));
    return known;
  };
  let placeClause = null;
  let placeOfClause = null;
  let sentenceIndex = 0;
  let mentionIndex = 0;
  let previousSentenceCompanies = [];
  let previousSentenceDates = [];
  for (; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex];
    while (mentionIndex < mentions.length && mentions[mentionIndex].start < sentence.start) mentionIndex++;
    const first = mentionIndex;
    while (mentionIndex < mentions.length && mentions[mentionIndex].start < sentence.end) mentionIndex++;
    const last = mentionIndex;
    const companies = [];
    const dates = [];
    let figures = 0;
    for (let i = first; i < last; i++) {
      const m = mentions[i];
      if (m.kind === "company") companies.push(m);
      else if (m.kind === "date") dates.push(m);
      if (unitClass(m)) figures++;
    }
    let sentenceHits = NO_HITS;
    let clauses = [];
    if (figures > 0) {
      const firstWord = firstWordFrom(words, sentence.start, wordIndex);
      wordIndex = firstWordFrom(words, sentence.end, firstWord);
      clauses = splitClauses(text, sentence, words, firstWord, wordIndex);
      sentenceHits = measures.findTriggers(text, words, clauses, firstWord, wordIndex);
    }
    if (sentenceHits.length > 0) {
      let sentenceLower;
      const nonBrokers = companies.filter((c) => !isBroker(c.name, ctx.companies));
      const figureStarts = [];
      for (let i = first; i < last; i++) if (unitClass(mentions[i]) && mentions[i].kind !== "date") figureStarts.push(mentions[i].start);
      const bound = bindTriggers(text, sentenceHits, mentions, first, last);
      let then;
      const saysThen = () => then ??= THEN_WORDS.test(text.slice(sentence.start, sentence.end));
      for (let i = first; i < last; i++) {
        const figure = mentions[i];
        const unit = unitClass(figure);
        if (!unit) continue;
        if (figure.kind === "percent" && SHARE_OF.test(text.slice(figure.end, figure.end + 10))) continue;
        const clause = clauses.find((c) => within(c, figure.start)) ?? sentence;
        const chosen = chooseTrigger(sentenceHits, bound, i, figure, unit, clause);
        if (!chosen) continue;
        let measure = chosen.trigger.measure;
        if (measure.refinements) {
          sentenceLower ??= text.slice(sentence.start, sentence.end).toLowerCase();
          measure = refine(measure, sentenceLower, measures);
        }
        const counterpart = measure.counterpart || chosen.trigger.measure.counterpart ? findCounterpart(text, companies, figure, chosen, clause, ctx.companies) ?? carried(lastCounterpart.get(measure.id)) : null;
        const subjectFound = measure.subject === "broker" ? findBroker(text, companies, figure, clause, ctx.companies) : findSubject(isObject, nonBrokers, figure, clause, counterpart?.name ?? null, ctx.companies);
        const subject = subjectFound ?? anaphoricSubject(isObject, previousSentenceCompanies, main2(), ctx.companies);
        let counterpartName = counterpart?.name ?? null;
        if (measure.subject === "broker") counterpartName = priceTargetStock(text, companies, subject.name, ctx.companies) ?? main2();
        if (counterpartName === subject.name) counterpartName = null;
        if (measure.counterpart && counterpartName) lastCounterpart.set(measure.id, counterpartName);
        const period = periodOf(measure, figure, dates, clause, previousSentenceDates, saysThen, clauses, figureStarts, pubTime, ctx.published);
        if (clause !== placeClause) {
          placeClause = clause;
          placeOfClause = findPlace(text, clause.start, clause.end);
        }
        const place = placeOfClause;
        const key = {
          subject: subject.name,
          measure: measure.id,
          unit: keyUnit(figure),
          counterpart: counterpartName,
          period: period.value,
          place
        };
        const value = figure.kind === "date" ? figure.value : figure.value;
        const qualifier = figure.kind === "date" ? null : figure.qualifier;
        const precision = figure.kind === "date" ? 0 : figure.precision;
        claims.push({
          mention: i,
          key,
          keyId: keyIdOf(key),
          value,
          qualifier,
          precision,
          sentence: { start: sentence.start, end: sentence.end },
          reason: explain === false ? "" : `measure ${measure.label} from "${text.slice(chosen.start, chosen.end)}"; subject ${subject.name ?? "unknown"} (${subject.how})` + labelPart("; counterpart ", counterpartName) + `; period ${period.value} (${period.how})` + labelPart("; place ", place)
        });
      }
    }
    if (companies.length > 0) previousSentenceCompanies = companies;
    else previousSentenceCompanies = [];
    if (dates.length > 0) previousSentenceDates = dates;
  }
  return claims;
}
function firstWordFrom(words, pos, low) {
  let high = words.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (words[mid].start < pos) low = mid + 1;
    else high = mid;
  }
  return low;
}
function carried(name) {
  return name ? { name } : null;
}
function keyIdOf(key) {
  return `${key.subject ?? "?"}|${key.measure}|${key.unit}|${key.counterpart ?? ""}|${key.period}|${key.place ?? ""}`;
}
function bindTriggers(text, hits, mentions, first, last) {
  const bound = /* @__PURE__ */ new Map();
  for (const hit of hits) {
    for (let i = first; i < last; i++) {
      const m = mentions[i];
      const unit = unitClass(m);
      if (!unit || !hit.trigger.measure.units.includes(unit)) continue;
      if (m.start >= hit.bindEnd) {
        if (m.start - hit.bindEnd <= 24 && BINDING_GAP.test(text.slice(hit.bindEnd, m.start))) bound.set(hit, i);
        break;
      }
      if (m.end <= hit.start && hit.start - m.end <= 1 && /^-?$/.test(text.slice(m.end, hit.start))) {
        if (i + 1 === mentions.length || mentions[i + 1].start >= hit.start) bound.set(hit, i);
      }
    }
  }
  return bound;
}
function chooseTrigger(hits, bound, index, figure, unit, clause) {
  let best = null;
  let bestCost = Infinity;
  for (const hit of hits) {
    if (!hit.trigger.measure.units.includes(unit)) continue;
    const boundTo = bound.get(hit);
    if (boundTo !== void 0 && boundTo !== index) continue;
    let cost;
    if (boundTo === index) cost = -1e3;
    else {
      const after = hit.start >= figure.end;
      const distance = after ? hit.start - figure.end : Math.max(0, figure.start - hit.end);
      cost = distance + (within(clause, hit.start) ? 0 : 40) + (after ? 10 : 0);
    }
    if (cost < bestCost) {
      best = hit;
      bestCost = cost;
    }
  }
  return best;
}
function refine(measure, sentenceLower, table2) {
  for (const r of measure.refinements ?? []) {
    for (const word of r.words) {
      const at = sentenceLower.indexOf(word);
      if (at >= 0 && !/\p{L}/u.test(at > 0 ? sentenceLower[at - 1] : " ")) {
        const refined = table2.byId.get(r.measure);
        if (refined) return refined;
      }
    }
  }
  return measure;
}
function isSubjectKind(name, table2) {
  const kind = table2.info(name)?.kind;
  return kind !== "media" && kind !== "exchange";
}
function isBroker(name, table2) {
  return table2.info(name)?.kind === "broker";
}
function isAnalyst(name, table2) {
  const kind = table2.info(name)?.kind;
  return kind === "broker" || kind === "bank";
}
function findCounterpart(text, companies, figure, trigger, clause, table2) {
  for (const c of companies) if (c.end + 1 === trigger.start && text[c.end] === "-") return { name: c.name };
  for (const c of companies) {
    if (BACKER_OF.test(text.slice(Math.max(0, c.start - 40), c.start)) && isSubjectKind(c.name, table2)) return { name: c.name };
  }
  const from = Math.min(figure.start, trigger.start);
  for (const c of companies) {
    if (c.start < from || !isSubjectKind(c.name, table2)) continue;
    if (COUNTERPART_PREPOSITION.test(text.slice(Math.max(from, c.start - 40), c.start))) return { name: c.name };
  }
  for (const c of companies) if (c.start >= figure.end && within(clause, c.start) && isSubjectKind(c.name, table2)) return { name: c.name };
  return null;
}
function isPrepositionalObject(text, c) {
  const window = text.slice(Math.max(0, c.start - 40), c.start);
  if (RELATIVE_CLAUSE_START.test(window)) return false;
  const cut = window.search(/[.,;:!?\d\n][^.,;:!?\d\n]*$/);
  return PREPOSITIONAL_OBJECT.test(cut >= 0 ? window.slice(cut + 1) : window);
}
function findSubject(isObject, companies, figure, clause, exclude, table2) {
  let before = null;
  let beforeInClause = null;
  let afterInClause = null;
  for (const c of companies) {
    if (c.name === exclude || !isSubjectKind(c.name, table2) || isObject(c)) continue;
    if (c.end <= figure.start) {
      before = c;
      if (within(clause, c.start)) beforeInClause = c;
    } else if (!afterInClause && within(clause, c.start)) {
      afterInClause = c;
    }
  }
  if (beforeInClause) return { name: beforeInClause.name, how: `"${beforeInClause.text}" before the figure` };
  if (before) return { name: before.name, how: `"${before.text}" earlier in the sentence` };
  if (afterInClause) return { name: afterInClause.name, how: `"${afterInClause.text}" after the figure` };
  return null;
}
function findBroker(text, companies, figure, clause, table2) {
  const analysts = companies.filter((c) => isAnalyst(c.name, table2) && !STOCK_AFTER.test(text.slice(c.end, c.end + 8)));
  const inClause = analysts.find((c) => within(clause, c.start));
  if (inClause) return { name: inClause.name, how: `"${inClause.text}" in the clause` };
  for (const wanted of ["broker", "bank"]) {
    const before = analysts.filter((c) => c.end <= figure.start && table2.info(c.name)?.kind === wanted).pop();
    if (before) return { name: before.name, how: `${wanted} "${before.text}" in the sentence` };
  }
  return null;
}
function priceTargetStock(text, companies, broker, table2) {
  for (const c of companies) if (c.name !== broker && STOCK_AFTER.test(text.slice(c.end, c.end + 8))) return c.name;
  for (const c of companies) if (c.name !== broker && isSubjectKind(c.name, table2) && !isAnalyst(c.name, table2)) return c.name;
  return null;
}
function anaphoricSubject(isObject, previous, main2, table2) {
  for (const c of previous) {
    const analyst = isAnalyst(c.name, table2) && c.name !== main2;
    if (isSubjectKind(c.name, table2) && !analyst && !isObject(c)) return { name: c.name, how: "named in the previous sentence" };
  }
  return { name: main2, how: "the article's main company" };
}
function findMainCompany(mentions, table2) {
  const counts = /* @__PURE__ */ new Map();
  for (const m of mentions) if (m.kind === "company") counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  let best = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount && isSubjectKind(name, table2)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
function periodOf(measure, figure, dates, clause, previousDates, saysThen, clauses, figureStarts, pubTime, published) {
  switch (measure.period) {
    case "resultQuarter":
      return figure.kind === "date" ? { value: reportedQuarter(figure.value), how: "the quarter before the results date" } : { value: "current", how: "no date" };
    case "day": {
      const inClause = dates.find((d) => d !== figure && d.precision === "day" && d.role === "at" && within(clause, d.start));
      const inSentence = inClause ?? dates.find((d) => d !== figure && d.precision === "day" && d.role === "at");
      if (inSentence) return { value: inSentence.value, how: `"${inSentence.text}" in the sentence` };
      return published ? { value: published, how: "the publication date" } : { value: UNDATED, how: "no date, and the article has no publication date" };
    }
    case "fiscal": {
      const coarse = dates.find((d) => d !== figure && d.role !== "since" && (d.precision === "year" || d.precision === "quarter" || d.precision === "half"));
      if (coarse) return { value: coarse.value, how: `"${coarse.text}" in the sentence` };
      return published ? { value: published.slice(0, 4), how: "the publication year" } : { value: UNDATED, how: "no date, and the article has no publication date" };
    }
    case "event": {
      let candidates = dates.filter((d) => d !== figure && d.role === "at" && (within(clause, d.start) || !clauseHasFigure(clauses, d, figureStarts)));
      let how = "in the sentence";
      if (candidates.length === 0 && saysThen()) {
        const earlier = dates.filter((d) => d !== figure && d.end <= figure.start);
        if (earlier.length > 0) {
          candidates = [earlier[earlier.length - 1]];
          how = 'that "damals" refers to';
        } else if (previousDates.length > 0) {
          candidates = [previousDates[previousDates.length - 1]];
          how = '"damals" refers to the previous sentence';
        }
      }
      for (const d of candidates) {
        const range = dayRange(d.value);
        if (!range) continue;
        if (pubTime !== null && pubTime >= range[0] - NEWS_WINDOW_DAYS * DAY_MS2 && pubTime <= range[1] + NEWS_WINDOW_DAYS * DAY_MS2) continue;
        const value = d.precision === "day" ? d.value.slice(0, 7) : d.value;
        return { value, how: `"${d.text}" ${how}` };
      }
      return { value: "current", how: "no date of its own in the sentence" };
    }
  }
}
function clauseHasFigure(clauses, date, figureStarts) {
  const clause = clauses.find((c) => within(c, date.start));
  return !!clause && figureStarts.some((start) => within(clause, start));
}
var PLACE_AFTER_IN = /(?<![\p{L}])in\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)/gu;
function findPlace(text, start, end) {
  const space = text.indexOf("in ", start);
  if (space < 0 || space + 3 > end) return null;
  for (let at = text.indexOf("in", start); at >= 0 && at + 2 <= end; at = text.indexOf("in", at + 1)) {
    if (at > start) {
      const before = text.charCodeAt(at - 1);
      if (isSurrogate(before)) return findPlaceByRegex(text.slice(start, end));
      if (isLetterCode(before)) continue;
    }
    let j = at + 2;
    while (j < end && isRegexSpace(text.charCodeAt(j))) j++;
    if (j === at + 2 || j >= end) continue;
    const firstEnd = nameWordEnd(text, j, end);
    if (firstEnd < 0) return findPlaceByRegex(text.slice(start, end));
    if (firstEnd === 0) continue;
    let nameEnd = firstEnd;
    if (firstEnd < end && isRegexSpace(text.charCodeAt(firstEnd)) && firstEnd + 1 < end) {
      const secondEnd = nameWordEnd(text, firstEnd + 1, end);
      if (secondEnd < 0) return findPlaceByRegex(text.slice(start, end));
      if (secondEnd > 0) nameEnd = secondEnd;
    }
    const name = text.slice(j, nameEnd);
    if (PLACES.has(name)) return name;
    if (nameEnd !== firstEnd && text.charCodeAt(firstEnd) === 32) {
      const firstWord = text.slice(j, firstEnd);
      if (PLACES.has(firstWord)) return firstWord;
    }
    at = nameEnd - 1;
  }
  return null;
}
function nameWordEnd(text, from, end) {
  const first = text.charCodeAt(from);
  if (isSurrogate(first)) return -1;
  if (!isUpperCode(first)) return 0;
  let k = from + 1;
  for (; k < end; k++) {
    const code = text.charCodeAt(k);
    if (isSurrogate(code)) return -1;
    if (!isLetterCode(code)) break;
  }
  return k > from + 1 ? k : 0;
}
function isSurrogate(code) {
  return code >= 55296 && code <= 57343;
}
function isRegexSpace(code) {
  if (code < 128) return code === 32 || code >= 9 && code <= 13;
  return code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}
function findPlaceByRegex(clauseText) {
  for (const m of clauseText.matchAll(PLACE_AFTER_IN)) {
    const name = m[1];
    if (PLACES.has(name)) return name;
    const firstWord = name.split(" ")[0];
    if (PLACES.has(firstWord)) return firstWord;
  }
  return null;
}

// server/src/analysis/analyze.ts
function analyzeArticle(text, options = {}) {
  return analyzeSafely(text, options, true);
}
function analyzeSafely(text, options, explain) {
  try {
    return analyze(typeof text === "string" ? text : String(text ?? ""), options, explain);
  } catch (error) {
    return {
      published: null,
      publishedSource: null,
      language: "de",
      mentions: [],
      claims: [],
      problems: [{ code: "internal-error", message: `finnews could not analyse this text: ${error?.message ?? error}` }]
    };
  }
}
function analyze(text, options, explain) {
  if (!/\S/.test(text)) {
    return { published: null, publishedSource: null, language: "de", mentions: [], claims: [], problems: [{ code: "empty", message: "The article is empty." }] };
  }
  const { words, language, publication, mentions, problems, table: table2 } = extractMentions(text, options);
  const sentences = splitSentences(text);
  const claims = buildClaims({ text, words, mentions, sentences, published: publication.date, companies: table2, measures: measureTableFor(options.measures), explain });
  return { published: publication.date, publishedSource: publication.source, language, mentions, claims, problems };
}
function extractMentions(text, options = {}) {
  const problems = [];
  const words = scanWords(text);
  const language = detectLanguage(words);
  const publication = findPublicationDate(text, language, words);
  if (!publication.date) problems.push({ code: "no-publication-date", message: 'No publication date found; relative dates ("Freitag", "5. Februar") cannot be resolved.' });
  const dates = extractDates(text, publication.date, language, words);
  const figures = extractFigures(text, language, dates, words);
  const datesAndFigures = mergeSorted(dates, figures);
  const table2 = companyTableFor(options.companies);
  const { companies, people } = extractCompaniesAndPeople(text, table2, datesAndFigures, words);
  const mentions = dropOverlaps(mergeSorted(datesAndFigures, mergeSorted(people, companies)));
  return { words, language, publication, mentions, problems, table: table2 };
}
function detachStrings(article) {
  for (const m of article.mentions) m.text = ownString(m.text);
  for (const c of article.claims) c.reason = ownString(c.reason);
  article.published = ownNullable(article.published);
  article.publishedSource = ownNullable(article.publishedSource);
  return article;
}
function ownString(s) {
  return s.length < 13 ? s : (" " + s).slice(1);
}
function ownNullable(s) {
  return s === null ? null : ownString(s);
}
function mergeSorted(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || i < a.length && a[i].start <= b[j].start) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}
function dropOverlaps(mentions) {
  const out = [];
  for (const m of mentions) {
    if (m.end <= m.start) continue;
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.start === last.start && m.end > last.end) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

// server/src/io/fileSignatures.ts
var ascii = (text) => [...text].map((char) => char.charCodeAt(0));
var binaryFileSignatures = [
  { name: "PDF", bytes: ascii("%PDF") },
  { name: "PNG image", bytes: [137, ...ascii("PNG"), 13, 10, 26, 10] },
  { name: "JPEG image", bytes: [255, 216, 255] },
  { name: "GIF image", bytes: ascii("GIF87a") },
  { name: "GIF image", bytes: ascii("GIF89a") },
  { name: "WebP image", bytes: [...ascii("RIFF"), null, null, null, null, ...ascii("WEBP")] },
  { name: "TIFF image", bytes: [73, 73, 42, 0] },
  { name: "TIFF image", bytes: [77, 77, 0, 42] },
  { name: "ZIP archive or Office document", bytes: [80, 75, 3, 4] },
  { name: "ZIP archive or Office document", bytes: [80, 75, 5, 6] },
  { name: "legacy Office document", bytes: [208, 207, 17, 224, 161, 177, 26, 225] },
  { name: "gzip archive", bytes: [31, 139] },
  { name: "7-Zip archive", bytes: [55, 122, 188, 175, 39, 28] },
  { name: "RAR archive", bytes: ascii("Rar!\x07") },
  { name: "ELF executable", bytes: [127, ...ascii("ELF")] },
  { name: "SQLite database", bytes: ascii("SQLite format 3\0") }
];
function detectBinarySignature(bytes) {
  for (const signature of binaryFileSignatures) {
    if (bytes.length < signature.bytes.length) continue;
    const matches = signature.bytes.every((expected, index) => expected === null || bytes[index] === expected);
    if (matches) return signature.name;
  }
  return null;
}

// server/src/io/windows1252.ts
var windows1252HighCodePoints = [
  8364,
  129,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  // 80–87: € (81) ‚ ƒ „ … † ‡
  710,
  8240,
  352,
  8249,
  338,
  141,
  381,
  143,
  // 88–8F: ˆ ‰ Š ‹ Œ (8D) Ž (8F)
  144,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  // 90–97: (90) ‘ ’ “ ” • – —
  732,
  8482,
  353,
  8250,
  339,
  157,
  382,
  376
  // 98–9F: ˜ ™ š › œ (9D) ž Ÿ
];
var windows1252UndefinedBytes = /* @__PURE__ */ new Set([129, 141, 143, 144, 157]);
function decodeWindows1252(bytes) {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(
    /[\u0080-\u009f]/g,
    (char) => String.fromCharCode(windows1252HighCodePoints[char.charCodeAt(0) - 128])
  );
}

// server/src/io/decodeArticle.ts
var defaultSizeLimitHint = "raise finnews.maxFileSizeKB to analyse it";
var sampleLength = 8 * 1024;
var binaryControlShare = 0.02;
var binaryControlMinimumCount = 4;
var utf16NulShare = { alternatingAtLeast: 0.3, otherAtMost: 0.02 };
var windows1252MaxHighByteShare = 0.3;
var windows1252InvalidPerValidUtf8 = 10;
function sizeLimitReason(sizeInBytes, maxBytes, hint = defaultSizeLimitHint) {
  const limit = maxBytes % 1024 === 0 ? `${maxBytes / 1024} KB` : `${maxBytes}-byte`;
  return `larger than the ${limit} limit (${sizeInBytes} bytes); ${hint}`;
}
function decodeArticleBytes(bytes, options) {
  if (bytes.length > options.maxBytes) {
    return { ok: false, reason: sizeLimitReason(bytes.length, options.maxBytes, options.sizeLimitHint) };
  }
  if (bytes.length === 0) return { ok: true, text: "", encoding: "utf-8", notes: [] };
  const byteOrderMark = detectByteOrderMark(bytes);
  if (byteOrderMark === "utf-16le" || byteOrderMark === "utf-16be") {
    const text = new TextDecoder(byteOrderMark, { ignoreBOM: false }).decode(bytes);
    return withNulsReplaced(text, byteOrderMark, [`decoded as ${byteOrderMark.toUpperCase()} (byte order mark)`]);
  }
  const body = byteOrderMark === "utf-8" ? bytes.subarray(3) : bytes;
  const notes = byteOrderMark === "utf-8" ? ["UTF-8 byte order mark removed"] : [];
  const format = detectBinarySignature(body);
  if (format) return { ok: false, reason: `binary file (${format})` };
  const plain = hasControlByte(body) ? null : decodeStrictUtf8(body);
  if (plain !== null) return { ok: true, text: plain, encoding: "utf-8", notes };
  const sample = body.subarray(0, sampleLength);
  const utf16 = detectUtf16WithoutByteOrderMark(sample);
  if (utf16) {
    const text = new TextDecoder(utf16, { ignoreBOM: true }).decode(body);
    return withNulsReplaced(text, utf16, [
      ...notes,
      `decoded as ${utf16.toUpperCase()} (no byte order mark; told by its NUL bytes)`
    ]);
  }
  const controlBytes = countControlBytes(sample);
  if (controlBytes > binaryControlMinimumCount && controlBytes / sample.length > binaryControlShare) {
    const percent = Math.round(100 * controlBytes / sample.length);
    const where = sample.length === sampleLength ? ` in the first ${sampleLength / 1024} KB` : "";
    return { ok: false, reason: `binary file (${percent} % control bytes${where})` };
  }
  const strict = decodeStrictUtf8(body);
  if (strict !== null) return withNulsReplaced(strict, "utf-8", notes);
  const stats = scanUtf8(body);
  if (looksLikeWindows1252(stats)) {
    return withNulsReplaced(decodeWindows1252(body), "windows-1252", [...notes, "decoded as Windows-1252"]);
  }
  const places = stats.invalidSequences === 1 ? "place" : "places";
  return withNulsReplaced(new TextDecoder("utf-8", { ignoreBOM: true }).decode(body), "utf-8", [
    ...notes,
    `invalid UTF-8 replaced at ${stats.invalidSequences} ${places}`
  ]);
}
function detectByteOrderMark(bytes) {
  if (bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return "utf-8";
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  return null;
}
function detectUtf16WithoutByteOrderMark(sample) {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let nulsAtEven = 0;
  let nulsAtOdd = 0;
  for (let index = 0; index + 1 < sample.length; index += 2) {
    if (sample[index] === 0) nulsAtEven++;
    if (sample[index + 1] === 0) nulsAtOdd++;
  }
  const { alternatingAtLeast, otherAtMost } = utf16NulShare;
  if (nulsAtOdd / pairs >= alternatingAtLeast && nulsAtEven / pairs <= otherAtMost) return "utf-16le";
  if (nulsAtEven / pairs >= alternatingAtLeast && nulsAtOdd / pairs <= otherAtMost) return "utf-16be";
  return null;
}
var strictUtf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeStrictUtf8(bytes) {
  try {
    return strictUtf8Decoder.decode(bytes);
  } catch {
    return null;
  }
}
function hasControlByte(bytes) {
  for (let index = 0; index < bytes.length; index++) if (isControlByte(bytes[index])) return true;
  return false;
}
function countControlBytes(sample) {
  let count = 0;
  for (let index = 0; index < sample.length; index++) if (isControlByte(sample[index])) count++;
  return count;
}
function isControlByte(byte) {
  return byte < 32 ? (byte < 9 || byte > 13) && byte !== 26 : byte === 127;
}
function scanUtf8(bytes) {
  const scan = {
    invalidSequences: 0,
    validMultiByteSequences: 0,
    highBytes: 0,
    asciiLetters: 0,
    windows1252UndefinedBytes: 0
  };
  let bytesNeeded = 0;
  let bytesSeen = 0;
  let lowerBoundary = 128;
  let upperBoundary = 191;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (bytesNeeded === 0) {
      if (byte >= 128) {
        scan.highBytes++;
        if (windows1252UndefinedBytes.has(byte)) scan.windows1252UndefinedBytes++;
      } else if (byte >= 65 && byte <= 90 || byte >= 97 && byte <= 122) {
        scan.asciiLetters++;
      }
      if (byte <= 127) continue;
      if (byte >= 194 && byte <= 223) {
        bytesNeeded = 1;
      } else if (byte >= 224 && byte <= 239) {
        if (byte === 224) lowerBoundary = 160;
        if (byte === 237) upperBoundary = 159;
        bytesNeeded = 2;
      } else if (byte >= 240 && byte <= 244) {
        if (byte === 240) lowerBoundary = 144;
        if (byte === 244) upperBoundary = 143;
        bytesNeeded = 3;
      } else {
        scan.invalidSequences++;
      }
      continue;
    }
    if (byte < lowerBoundary || byte > upperBoundary) {
      bytesNeeded = 0;
      bytesSeen = 0;
      lowerBoundary = 128;
      upperBoundary = 191;
      scan.invalidSequences++;
      index--;
      continue;
    }
    if (byte >= 128) scan.highBytes++;
    lowerBoundary = 128;
    upperBoundary = 191;
    bytesSeen++;
    if (bytesSeen === bytesNeeded) {
      scan.validMultiByteSequences++;
      bytesNeeded = 0;
      bytesSeen = 0;
    }
  }
  if (bytesNeeded !== 0) scan.invalidSequences++;
  return scan;
}
function looksLikeWindows1252(scan) {
  if (scan.windows1252UndefinedBytes > 0) return false;
  if (scan.validMultiByteSequences * windows1252InvalidPerValidUtf8 > scan.invalidSequences) return false;
  return scan.highBytes <= windows1252MaxHighByteShare * (scan.highBytes + scan.asciiLetters);
}
function withNulsReplaced(text, encoding, notes) {
  let nuls = 0;
  const cleaned = text.includes("\0") ? text.replace(/\0/g, () => {
    nuls++;
    return " ";
  }) : text;
  if (nuls > 0) notes.push(`${nuls} NUL ${nuls === 1 ? "byte" : "bytes"} replaced with spaces`);
  return { ok: true, text: cleaned, encoding, notes };
}

// server/src/io/readArticle.ts
var import_node_fs = require("node:fs");
var readChunkBytes = 64 * 1024;
var openForReadingFlags = import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NONBLOCK ?? 0);
function readArticleFileSync(path2, options, pathStats) {
  let fd;
  try {
    const problem = describeUnreadableStats(pathStats ?? (0, import_node_fs.statSync)(path2), options);
    if (problem) return { ok: false, reason: problem };
    fd = (0, import_node_fs.openSync)(path2, openForReadingFlags);
  } catch (error) {
    return { ok: false, reason: describeFileError(error) };
  }
  try {
    const stats = (0, import_node_fs.fstatSync)(fd);
    const problem = describeUnreadableStats(stats, options);
    if (problem) return { ok: false, reason: problem };
    const wanted = Math.min(stats.size, options.maxBytes) + 1;
    let buffer = wanted <= keptReadBufferBytes ? keptReadBuffer(wanted) : Buffer.allocUnsafe(Math.max(wanted, readChunkBytes));
    let total = 0;
    for (; ; ) {
      if (total === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, options.maxBytes + 1) + readChunkBytes);
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const bytesRead = (0, import_node_fs.readSync)(fd, buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > options.maxBytes) {
        return { ok: false, reason: sizeLimitReason(total, options.maxBytes, options.sizeLimitHint) + " (it grew while being read)" };
      }
      if (total === stats.size && total < buffer.length) break;
    }
    return decodeArticleBytes(buffer.subarray(0, total), options);
  } catch (error) {
    return { ok: false, reason: describeFileError(error) };
  } finally {
    try {
      (0, import_node_fs.closeSync)(fd);
    } catch {
    }
  }
}
var keptReadBufferBytes = 1024 * 1024;
var readBuffer = null;
function keptReadBuffer(atLeast) {
  if (!readBuffer || readBuffer.length < atLeast) readBuffer = Buffer.allocUnsafe(Math.max(atLeast, readChunkBytes));
  return readBuffer;
}
function describeUnreadableStats(stats, options) {
  if (stats.isDirectory()) return "is a folder, not a file";
  if (!stats.isFile()) return "not a regular file (a device, pipe or socket)";
  if (stats.size > options.maxBytes) return sizeLimitReason(stats.size, options.maxBytes, options.sizeLimitHint);
  return null;
}
function describeFileError(error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder, not a file";
    case "ENOTDIR":
      return "not a folder";
    case "ELOOP":
      return "symbolic link loop";
    default:
      return `could not be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

// server/src/io/articleFiles.ts
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var import_picomatch = __toESM(require_picomatch2());
var globLimits = {
  maxLength: 512,
  maxGlobstars: 2,
  maxStarsPerSegment: 2,
  maxStars: 3,
  maxBraceGroups: 2
};
var picomatchOptions = {
  dot: true,
  // Extended globs ("+(a|b)") are a bash feature that VS Code's own globs lack, and their nested
  // quantifiers are the worst case for backtracking; they are matched literally instead.
  noextglob: true
};
function createArticleMatcher(globs, excludeGlobs) {
  const problems = [];
  const include = compileGlobs(globs, problems);
  const exclude = compileGlobs(excludeGlobs, problems);
  const matcher = ((relativePath) => {
    const path2 = normalizeRelativePath(relativePath);
    return include(path2) && !exclude(path2);
  });
  matcher.excludesFolder = (relativeFolder) => exclude(normalizeRelativePath(relativeFolder));
  matcher.problems = problems;
  return matcher;
}
function checkGlob(glob) {
  if (glob.length === 0) return "it is empty";
  if (glob.length > globLimits.maxLength) return `it is longer than ${globLimits.maxLength} characters`;
  const segments = glob.split("/");
  const globstars = segments.filter((segment) => segment === "**").length;
  if (globstars > globLimits.maxGlobstars) return `it has more than ${globLimits.maxGlobstars} "**"`;
  const starsPerSegment = segments.filter((segment) => segment !== "**").map((segment) => segment.split("*").length - 1);
  if (starsPerSegment.some((stars) => stars > globLimits.maxStarsPerSegment)) {
    return `a path segment has more than ${globLimits.maxStarsPerSegment} "*"`;
  }
  if (starsPerSegment.reduce((sum, stars) => sum + stars, 0) > globLimits.maxStars) {
    return `it has more than ${globLimits.maxStars} "*" besides "**"`;
  }
  if ((glob.match(/\{/g) ?? []).length > globLimits.maxBraceGroups) {
    return `it has more than ${globLimits.maxBraceGroups} "{\u2026}" groups`;
  }
  return null;
}
function compileGlobs(globs, problems) {
  const accepted = [];
  for (const glob of globs) {
    const refusal = checkGlob(glob);
    if (refusal) {
      problems.push(`glob "${glob.slice(0, 80)}" ignored: ${refusal}, which could make matching hang`);
      continue;
    }
    try {
      (0, import_picomatch.default)(glob, picomatchOptions);
      accepted.push(glob);
    } catch (error) {
      problems.push(`glob "${glob.slice(0, 80)}" ignored: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (accepted.length === 0) return () => false;
  return (0, import_picomatch.default)(accepted, picomatchOptions);
}
function normalizeRelativePath(path2) {
  return path2.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}
async function findArticleFiles(root, matcher, options = {}) {
  const found = [];
  let pendingFolders = [""];
  while (pendingFolders.length > 0) {
    const listings = await Promise.all(
      pendingFolders.map(async (relativeFolder) => {
        const folderPath = relativeFolder === "" ? root : (0, import_node_path.join)(root, relativeFolder);
        try {
          return { relativeFolder, folderPath, entries: await (0, import_promises.readdir)(folderPath, { withFileTypes: true }), problem: "" };
        } catch (error) {
          return { relativeFolder, folderPath, entries: null, problem: `folder could not be read: ${describeFileError(error)}` };
        }
      })
    );
    pendingFolders = [];
    for (const listing of listings) {
      const { relativeFolder, folderPath, entries, problem } = listing;
      if (entries === null) {
        options.onProblem?.(folderPath, problem);
        continue;
      }
      for (const entry of entries) {
        const relativePath = relativeFolder === "" ? entry.name : `${relativeFolder}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!matcher.excludesFolder?.(relativePath)) pendingFolders.push(relativePath);
        } else if (entry.isSymbolicLink()) {
          await visitSymbolicLink(root, relativePath, matcher, found, options);
        } else if (matcher(relativePath)) {
          found.push(relativePath);
        }
      }
    }
  }
  found.sort((left, right) => left < right ? -1 : left > right ? 1 : 0);
  return found.map((relativePath) => (0, import_node_path.join)(root, relativePath));
}
async function visitSymbolicLink(root, relativePath, matcher, found, options) {
  const path2 = (0, import_node_path.join)(root, relativePath);
  try {
    const target = await (0, import_promises.stat)(path2);
    if (target.isDirectory()) {
      if (!matcher.excludesFolder?.(relativePath)) {
        options.onProblem?.(path2, "symbolic link to a folder, not followed");
      }
    } else if (matcher(relativePath)) {
      found.push(relativePath);
    }
  } catch (error) {
    if (matcher(relativePath)) options.onProblem?.(path2, `broken symbolic link (${describeFileError(error)})`);
  }
}

// server/src/io/reviewedFile.ts
var maxReviewedFileBytes = 10 * 1024 * 1024;

// server/src/io/companyTableFile.ts
var maxCompanyTableBytes = 5 * 1024 * 1024;

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var FullTextDocument = class _FullTextDocument {
  constructor(uri, languageId, version, content) {
    this._uri = uri;
    this._languageId = languageId;
    this._version = version;
    this._content = content;
    this._lineOffsets = void 0;
  }
  get uri() {
    return this._uri;
  }
  get languageId() {
    return this._languageId;
  }
  get version() {
    return this._version;
  }
  getText(range) {
    if (range) {
      const start = this.offsetAt(range.start);
      const end = this.offsetAt(range.end);
      return this._content.substring(start, end);
    }
    return this._content;
  }
  update(changes, version) {
    for (const change of changes) {
      if (_FullTextDocument.isIncremental(change)) {
        const range = getWellformedRange(change.range);
        const startOffset = this.offsetAt(range.start);
        const endOffset = this.offsetAt(range.end);
        this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
        const startLine = Math.max(range.start.line, 0);
        const endLine = Math.max(range.end.line, 0);
        let lineOffsets = this._lineOffsets;
        const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
        if (endLine - startLine === addedLineOffsets.length) {
          for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
            lineOffsets[i + startLine + 1] = addedLineOffsets[i];
          }
        } else {
          if (addedLineOffsets.length < 1e4) {
            lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
          } else {
            this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
          }
        }
        const diff = change.text.length - (endOffset - startOffset);
        if (diff !== 0) {
          for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
            lineOffsets[i] = lineOffsets[i] + diff;
          }
        }
      } else if (_FullTextDocument.isFull(change)) {
        this._content = change.text;
        this._lineOffsets = void 0;
      } else {
        throw new Error("Unknown change event received");
      }
    }
    this._version = version;
  }
  getLineOffsets() {
    if (this._lineOffsets === void 0) {
      this._lineOffsets = computeLineOffsets(this._content, true);
    }
    return this._lineOffsets;
  }
  positionAt(offset) {
    offset = Math.max(Math.min(offset, this._content.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0, high = lineOffsets.length;
    if (high === 0) {
      return { line: 0, character: offset };
    }
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    const line = low - 1;
    offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }
  offsetAt(position) {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) {
      return this._content.length;
    } else if (position.line < 0) {
      return 0;
    }
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) {
      return lineOffset;
    }
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
    const offset = Math.min(lineOffset + position.character, nextLineOffset);
    return this.ensureBeforeEOL(offset, lineOffset);
  }
  ensureBeforeEOL(offset, lineOffset) {
    while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
      offset--;
    }
    return offset;
  }
  get lineCount() {
    return this.getLineOffsets().length;
  }
  static isIncremental(event) {
    const candidate = event;
    return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
  }
  static isFull(event) {
    const candidate = event;
    return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
  }
};
var TextDocument;
(function(TextDocument2) {
  function create(uri, languageId, version, content) {
    return new FullTextDocument(uri, languageId, version, content);
  }
  TextDocument2.create = create;
  function update(document, changes, version) {
    if (document instanceof FullTextDocument) {
      document.update(changes, version);
      return document;
    } else {
      throw new Error("TextDocument.update: document must be created by TextDocument.create");
    }
  }
  TextDocument2.update = update;
  function applyEdits(document, edits) {
    const text = document.getText();
    const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
      const diff = a.range.start.line - b.range.start.line;
      if (diff === 0) {
        return a.range.start.character - b.range.start.character;
      }
      return diff;
    });
    let lastModifiedOffset = 0;
    const spans = [];
    for (const e of sortedEdits) {
      const startOffset = document.offsetAt(e.range.start);
      if (startOffset < lastModifiedOffset) {
        throw new Error("Overlapping edit");
      } else if (startOffset > lastModifiedOffset) {
        spans.push(text.substring(lastModifiedOffset, startOffset));
      }
      if (e.newText.length) {
        spans.push(e.newText);
      }
      lastModifiedOffset = document.offsetAt(e.range.end);
    }
    spans.push(text.substr(lastModifiedOffset));
    return spans.join("");
  }
  TextDocument2.applyEdits = applyEdits;
})(TextDocument || (TextDocument = {}));
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}

// server/src/lsp/lineIndex.ts
var LineIndex = class _LineIndex {
  constructor(starts, contentEnds, length) {
    this.starts = starts;
    this.contentEnds = contentEnds;
    this.length = length;
  }
  /** Builds the index of a text, jumping from line break to line break. */
  static of(text) {
    const starts = [0];
    const contentEnds = [];
    const n = text.length;
    let lf = text.indexOf("\n");
    let cr = text.indexOf("\r");
    while (lf >= 0 || cr >= 0) {
      let i;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        i = cr;
        contentEnds.push(i);
        if (i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      } else {
        i = lf;
        contentEnds.push(i);
      }
      starts.push(i + 1);
      if (lf >= 0 && lf <= i) lf = text.indexOf("\n", i + 1);
      if (cr >= 0 && cr <= i) cr = text.indexOf("\r", i + 1);
    }
    contentEnds.push(text.length);
    return new _LineIndex(starts, contentEnds, text.length);
  }
  /** Rebuilds an index sent from another thread. */
  static fromArrays(arrays) {
    return new _LineIndex(arrays.starts, arrays.contentEnds, arrays.length);
  }
  /** The index as plain arrays, to send to another thread. */
  toArrays() {
    return { starts: this.starts, contentEnds: this.contentEnds, length: this.length };
  }
  /** Number of lines (an empty text has one). */
  get lineCount() {
    return this.starts.length;
  }
  /** The LSP position of an offset; offsets are clamped to the text. */
  positionAt(offset) {
    const clamped = Math.max(0, Math.min(offset, this.length));
    const line = this.lineOf(clamped);
    return { line, character: Math.min(clamped, this.contentEnds[line]) - this.starts[line] };
  }
  /** The offset of an LSP position; characters past the line's end land on the line's end. */
  offsetAt(position) {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.contentEnds[position.line]);
  }
  /** The LSP range of an offset span. */
  rangeOf(start, end) {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
  /** Offset where a line starts. */
  lineStart(line) {
    return this.starts[line];
  }
  /** Offset where a line's content ends (before its line break). */
  lineContentEnd(line) {
    return this.contentEnds[line];
  }
  /** The line holding an offset, by binary search over the line starts. */
  lineOf(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
};

// server/src/lsp/keptModel.ts
function withoutReasons(article) {
  for (const claim of article.claims) claim.reason = "";
  return article;
}
function keptModel(text, companies) {
  return detachStrings(withoutReasons(analyzeArticle(text, { companies })));
}

// server/src/lsp/articleStore.ts
var ArticleEntry = class {
  constructor(uri, model, lines, version) {
    this.uri = uri;
    this.lines = lines;
    this.version = version;
    this.model = typeof model === "function" ? null : model;
    this.load = typeof model === "function" ? model : null;
  }
  model;
  load;
  /** The model; one filed without it is made on first use and kept from then on. */
  get article() {
    if (this.model === null) {
      this.model = this.load();
      this.load = null;
    }
    return this.model;
  }
};
var ArticleStore = class {
  index;
  entries = /* @__PURE__ */ new Map();
  companyRows = [];
  settings;
  constructor(settings) {
    this.settings = settings;
    this.index = new WorkspaceIndex(settings);
  }
  /** The conflict settings in force (the diagnostics need the tolerance). */
  get conflictSettings() {
    return this.settings;
  }
  /** Extra company rows from the workspace company table; the caller re-analyses afterwards. */
  setCompanyRows(rows) {
    this.companyRows = rows;
  }
  /**
   * Analyses a text and puts it into the index. Returns the URIs whose conflicts or facts may have
   * changed (always including this one). An open document at the version already cached is not
   * analysed again unless `force` is set (after the company table changed).
   */
  update(uri, text, version, force = false) {
    const cached = this.entries.get(uri);
    if (!force && cached && version !== null && cached.version === version) return /* @__PURE__ */ new Set();
    return this.updateAnalyzed(uri, { article: keptModel(text, this.companyRows), lines: LineIndex.of(text) }, version);
  }
  /** Puts an article analysed elsewhere (a worker of the cold index) into the index. */
  updateAnalyzed(uri, analyzed, version) {
    let changed;
    if ("article" in analyzed) {
      this.entries.set(uri, new ArticleEntry(uri, analyzed.article, analyzed.lines, version));
      changed = this.index.setArticle(uri, analyzed.article);
    } else {
      this.entries.set(uri, new ArticleEntry(uri, analyzed.load, analyzed.lines, version));
      changed = this.index.setIndexed(uri, analyzed.indexed);
    }
    changed.add(uri);
    return changed;
  }
  /** Removes an article; returns the URIs whose conflicts or facts may have changed. */
  remove(uri) {
    const cached = this.entries.get(uri);
    if (!cached) return /* @__PURE__ */ new Set();
    this.entries.delete(uri);
    return this.index.removeArticle(uri);
  }
  /** Replaces the reviewed conflicts. */
  setReviewed(entries) {
    this.index.setReviewed(entries);
  }
  /** Replaces the conflict settings. */
  updateSettings(settings) {
    this.settings = settings;
    this.index.updateSettings(settings);
  }
  entry(uri) {
    return this.entries.get(uri);
  }
  has(uri) {
    return this.entries.has(uri);
  }
  uris() {
    return this.entries.keys();
  }
  get size() {
    return this.entries.size;
  }
  /** The mention under an offset (a cursor at either edge counts), by binary search. */
  mentionAt(uri, offset) {
    const entry = this.entries.get(uri);
    if (!entry) return void 0;
    const mentions = entry.article.mentions;
    let low = 0;
    let high = mentions.length - 1;
    while (low <= high) {
      const middle = low + high >> 1;
      const mention = mentions[middle];
      if (offset < mention.start) high = middle - 1;
      else if (offset > mention.end) low = middle + 1;
      else {
        const next = mentions[middle + 1];
        const index = offset === mention.end && next && next.start === offset ? middle + 1 : middle;
        return { entry, mention: mentions[index], mentionIndex: index };
      }
    }
    return void 0;
  }
  /** Indexes of this article's mentions that take part in an open (not reviewed) conflict. */
  conflictingMentions(uri) {
    const entry = this.entries.get(uri);
    const result = /* @__PURE__ */ new Set();
    if (!entry) return result;
    for (const conflict of this.index.conflictsOf(uri)) {
      for (const claim of conflict.claims) {
        if (claim.articleId !== uri) continue;
        const mention = entry.article.claims[claim.claim]?.mention;
        if (mention !== void 0) result.add(mention);
      }
    }
    return result;
  }
  /** How many articles and mentions name a company. */
  companySummary(name) {
    return this.index.companySummary(name);
  }
};

// server/src/lsp/uris.ts
var path = __toESM(require("node:path"));
var import_node_url = require("node:url");
var plainPath = /^(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)+$/;
var posix = path.sep === "/";
function pathToUri(filePath) {
  if (posix && plainPath.test(filePath)) return `file://${filePath}`;
  return (0, import_node_url.pathToFileURL)(filePath).href;
}

// server/src/protocol/settings.ts
var defaultSettings = {
  articleGlobs: ["**/*.news", "**/*.article", "**/*.txt"],
  excludeGlobs: ["**/node_modules/**", "**/.git/**", "**/.vscode-test/**"],
  inlayHints: { enabled: true },
  conflicts: {
    tolerance: 0.01,
    severity: { samePeriodDisagreement: "warning", valueChangedOverTime: "warning" }
  },
  companyTableFile: ".finnews/companies.json",
  reviewedConflictsFile: ".finnews/reviewed-conflicts.json",
  maxFileSizeKB: 5120
};
function toConflictSettings(settings) {
  return {
    tolerance: settings.conflicts.tolerance,
    severities: {
      "same-period-disagreement": settings.conflicts.severity.samePeriodDisagreement,
      "value-changed-over-time": settings.conflicts.severity.valueChangedOverTime
    }
  };
}
function maxFileBytes(settings) {
  return Math.floor(settings.maxFileSizeKB * 1024);
}

// bench/_me.ts
async function main() {
  const t0 = performance.now();
  const settings = defaultSettings;
  const store = new ArticleStore(toConflictSettings(settings));
  const files = await findArticleFiles("/tmp/corpus10k", createArticleMatcher(settings.articleGlobs, settings.excludeGlobs));
  store.index.beginBatch();
  let ra = 0, an = 0, fi = 0;
  const marks = [];
  for (let i = 0; i < files.length; i++) {
    let s2 = performance.now();
    const read = readArticleFileSync(files[i], { maxBytes: maxFileBytes(settings) });
    if (!read.ok) continue;
    let e = performance.now();
    ra += e - s2;
    s2 = e;
    const indexed = indexedArticleOf(analyzeArticle(read.text, { companies: [] }));
    const lines = LineIndex.of(read.text);
    e = performance.now();
    an += e - s2;
    s2 = e;
    store.updateAnalyzed(pathToUri(files[i]), { indexed, lines, load: () => {
      throw new Error("x");
    } }, null);
    e = performance.now();
    fi += e - s2;
    if (i % 2e3 === 1999) marks.push(Math.round(e - t0));
  }
  const session = new import_node_inspector.Session();
  session.connect();
  const post = (m, p) => new Promise((res, rej) => session.post(m, p ?? {}, (e, r) => e ? rej(e) : res(r)));
  await post("Profiler.enable");
  await post("Profiler.setSamplingInterval", { interval: 100 });
  await post("Profiler.start");
  const s = performance.now();
  store.index.endBatch();
  const c = store.index.conflicts().length;
  const end = performance.now();
  const { profile } = await post("Profiler.stop");
  (0, import_node_fs2.writeFileSync)("/tmp/prof/end.cpuprofile", JSON.stringify(profile));
  const cpu = process.cpuUsage();
  console.log(`total ${(end - t0).toFixed(0)} read ${ra.toFixed(0)} analyse ${an.toFixed(0)} file ${fi.toFixed(0)} end ${(end - s).toFixed(0)} conflicts ${c} marks ${marks} cpu ${((cpu.user + cpu.system) / 1e3).toFixed(0)} rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}`);
}
main();
