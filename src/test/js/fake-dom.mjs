/*
 * Just enough of a browser DOM to render the plugin's sections under node --test, and to tell how their content was
 * made: elements and text nodes only. Anything that would parse HTML (innerHTML, outerHTML, insertAdjacentHTML,
 * DOMParser) throws, so a test fails if the plugin ever tries.
 */

class FakeNode {
  constructor() {
    this.childNodes = [];
  }

  appendChild(child) {
    if (!(child instanceof FakeNode)) {
      throw new TypeError('appendChild of a non-node: ' + child);
    }
    this.childNodes.push(child);
    return child;
  }

  replaceChildren(...children) {
    this.childNodes = [];
    children.forEach((child) => this.appendChild(child));
  }

  get textContent() {
    return this.childNodes.map((child) => child.textContent).join('');
  }
}

class FakeText extends FakeNode {
  constructor(text) {
    super();
    this.data = text;
  }

  get textContent() {
    return this.data;
  }
}

function parsingRefused() {
  throw new Error('the plugin tried to parse HTML');
}

class FakeElement extends FakeNode {
  constructor(tagName) {
    super();
    this.tagName = tagName.toUpperCase();
    this.attributes = {};
    this.listeners = {};
    this.className = '';
  }

  setAttribute(name, value) {
    this.attributes[name] = String(value);
  }

  getAttribute(name) {
    return name in this.attributes ? this.attributes[name] : null;
  }

  addEventListener(type, listener) {
    (this.listeners[type] = this.listeners[type] || []).push(listener);
  }

  set innerHTML(html) { parsingRefused(); }
  get innerHTML() { return parsingRefused(); }
  set outerHTML(html) { parsingRefused(); }
  insertAdjacentHTML() { parsingRefused(); }
}

/** Every node under (and including) this one. */
export function nodesOf(node) {
  return [node].concat(node.childNodes.flatMap(nodesOf));
}

export function elementsOf(node, tagName) {
  return nodesOf(node).filter((candidate) => candidate instanceof FakeElement
    && (!tagName || candidate.tagName === tagName.toUpperCase()));
}

export function byClass(node, className) {
  return nodesOf(node).filter((candidate) => candidate instanceof FakeElement
    && candidate.className.split(' ').includes(className));
}

/** The tags of all elements under the node: a value from the engine that became markup would add one. */
export function tagsOf(node) {
  return new Set(elementsOf(node).map((element) => element.tagName));
}

export function installFakeDom() {
  globalThis.Node = FakeNode;
  globalThis.document = {
    createElement: (tag) => new FakeElement(tag),
    createTextNode: (text) => new FakeText(text),
    getElementById: () => null,
    head: new FakeElement('head'),
    cookie: ''
  };
  globalThis.DOMParser = class {
    parseFromString() { parsingRefused(); }
  };
}

installFakeDom();
