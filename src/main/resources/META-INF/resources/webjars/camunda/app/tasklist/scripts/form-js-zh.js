/*
 * Camunda Forms (form-js) inside Tasklist 7.24 have their validation messages and some widget
 * texts hard-coded in English, with no translation hook; the Tasklist locale does not reach them.
 * Staff read Chinese, so this custom script (loaded through config.js `customScripts`) watches the
 * page and rewrites those known English texts into Chinese where form-js renders them.
 * It only touches text inside a form (.fjs-container), form-js's date picker (.flatpickr-calendar)
 * and the diagram's zoom buttons (whose tooltips the webapp also hard-codes), so user data
 * elsewhere is never rewritten.
 */

// Validation messages, matched whole; the captured value (a limit or a pattern) is kept.
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum value of (.+)\.$/, (n) => `数值不能小于 ${n}。`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `数值不能大于 ${n}。`],
  [/^Field must have minimum length of (.+)\.$/, (n) => `长度不能少于 ${n} 个字符。`],
  [/^Field must have maximum length of (.+)\.$/, (n) => `长度不能超过 ${n} 个字符。`],
  [/^Field must match pattern (.+)\.$/, (p) => `格式不正确，应符合 ${p}。`],
  [/^Field must be a valid email\.$/, () => '请输入有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number\./, () => '请输入有效的国际格式电话号码（如 +8631212345678）。'],
  [/^Value is not a number\.$/, () => '请输入数字。'],
  [/^Value is expected to be an integer\.$/, () => '请输入整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (n) => `最多保留 ${n} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `请输入有效的值，最接近的两个有效值是 ${a} 和 ${b}。`]
];

// Fixed widget texts (select, taglist, table, number spinner, date picker, diagram zoom).
const WORDS = {
  'Search': '搜索',
  'Select': '请选择',
  'No results': '无匹配项',
  'Nothing to show.': '暂无内容。',
  'Remove tag': '移除',
  'Previous page': '上一页',
  'Next page': '下一页',
  'Increment': '增加',
  'Decrement': '减少',
  'yyyy/mm/dd': '年/月/日',
  'zoom in': '放大',
  'zoom out': '缩小',
  'reset zoom': '恢复原始大小',
  'January': '一月', 'February': '二月', 'March': '三月', 'April': '四月', 'May': '五月',
  'June': '六月', 'July': '七月', 'August': '八月', 'September': '九月', 'October': '十月',
  'November': '十一月', 'December': '十二月',
  'Sun': '日', 'Mon': '一', 'Tue': '二', 'Wed': '三', 'Thu': '四', 'Fri': '五', 'Sat': '六'
};

const SCOPE = '.fjs-container, .flatpickr-calendar, .navigation.zoom, .navigation.reset';
const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

function translate(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  if (Object.prototype.hasOwnProperty.call(WORDS, trimmed)) {
    return text.replace(trimmed, WORDS[trimmed]);
  }
  for (const [pattern, chinese] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, chinese(...match.slice(1)));
    }
  }
  return null;
}

function inScope(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!(element && element.closest(SCOPE));
}

function rewriteText(node) {
  const chinese = translate(node.data);
  if (chinese !== null && chinese !== node.data) {
    node.data = chinese;
  }
}

function rewriteAttributes(element) {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    const chinese = value === null ? null : translate(value);
    if (chinese !== null && chinese !== value) {
      element.setAttribute(name, chinese);
    }
  }
}

function rewrite(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    if (inScope(root)) {
      rewriteText(root);
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  // A node added inside a form, or a subtree containing forms / a date picker.
  const scopes = root.closest(SCOPE) ? [root] : root.querySelectorAll(SCOPE);
  for (const scope of scopes) {
    rewriteAttributes(scope);
    scope.querySelectorAll('*').forEach(rewriteAttributes);
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      rewriteText(node);
    }
  }
}

// form-js re-renders on every keystroke and Tasklist swaps forms in and out, so watch for good.
new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(rewrite);
    } else if (mutation.type === 'characterData') {
      rewrite(mutation.target);
    } else if (inScope(mutation.target)) {
      rewriteAttributes(mutation.target);
    }
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTES
});

rewrite(document.documentElement);
