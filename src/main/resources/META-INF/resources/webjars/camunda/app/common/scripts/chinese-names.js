/*
 * The webapps show a person as "firstName lastName" (Western order), so 张明 (family name 张 in
 * lastName, given name 明 in firstName, as Camunda Admin asks for them) appears as 「明 张」.
 * Chinese names are written family name first with no space: this custom script (loaded through
 * each webapp's config.js `customScripts`) rewrites a text that is exactly a Han given name, one
 * space and a Han family name back into the name as written. Forms (whose labels such as 「领导 评语」
 * have that shape), diagrams, inputs and other texts are left alone.
 */

// given name (1-3 Han characters), one space, family name (1-2, for 复姓 such as 欧阳)
const WESTERN_ORDER = /^(\s*)(\p{Script=Han}{1,3}) (\p{Script=Han}{1,2})(\s*)$/u;

// form-js forms and BPMN diagrams hold our own texts, never a person's name
const NOT_NAMES = '.fjs-container, svg';

function asWritten(node) {
  const match = node.data.match(WESTERN_ORDER);
  if (match && !(node.parentElement && node.parentElement.closest(NOT_NAMES))) {
    node.data = match[1] + match[3] + match[2] + match[4];
  }
}

function rewrite(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    asWritten(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    asWritten(node);
  }
}

// Angular fills names in after the page loads and again on every change, so watch for good.
new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(rewrite);
    } else {
      rewrite(mutation.target);
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

rewrite(document.documentElement);
