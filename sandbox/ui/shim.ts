// The browser side of the local sidebar: google.script.run and google.script.host as Apps Script offers them
// inside a sidebar, answered over HTTP by the sandbox (see server.ts). Injected before the page's own scripts.

export const RUN_PATH = '/__gas/run';
export const HOST_PATH = '/__gas/host';

/** Client code, kept ES5-shaped because it is shipped to the browser as text, not compiled. */
const CLIENT = String.raw`(function () {
  'use strict';
  function post(path, body) {
    return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (response) {
        if (!response.ok) throw new Error('NetworkError: Connection failure due to HTTP ' + response.status);
        return response.json();
      }, function () { throw new Error('NetworkError: Connection failure due to HTTP 0'); });
  }
  /** Apps Script refuses Dates, functions and DOM nodes (a form is allowed only as the sole argument). */
  function checkLegal(value, path) {
    if (value === null || value === undefined) return;
    var type = typeof value;
    if (type === 'string' || type === 'number' || type === 'boolean') return;
    if (type === 'function' || value instanceof Date || (typeof Node !== 'undefined' && value instanceof Node)) {
      throw new Error('Failed due to illegal value in property: ' + path);
    }
    Object.keys(value).forEach(function (key) { checkLegal(value[key], key); });
  }
  /** A form becomes an object of its named fields, as google.script.run sends it. */
  function formValues(form) {
    var out = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled || el.type === 'file' || el.type === 'submit' || el.type === 'button') return;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) return;
      var values = el.type === 'select-multiple'
        ? Array.prototype.filter.call(el.options, function (o) { return o.selected; }).map(function (o) { return o.value; })
        : [el.value];
      values.forEach(function (v) {
        if (!(el.name in out)) out[el.name] = v;
        else if (Array.isArray(out[el.name])) out[el.name].push(v);
        else out[el.name] = [out[el.name], v];
      });
    });
    return out;
  }
  function call(fn, args, success, failure, userObject) {
    if (args.length === 1 && typeof HTMLFormElement !== 'undefined' && args[0] instanceof HTMLFormElement) args = [formValues(args[0])];
    else args.forEach(function (arg, i) { checkLegal(arg, String(i)); });
    post(${JSON.stringify(RUN_PATH)}, { fn: fn, args: args }).then(function (answer) {
      if (answer.ok) { if (success) success(answer.value, userObject); return; }
      var error = new Error(answer.error.message);
      error.name = answer.error.name;
      if (failure) failure(error, userObject); else setTimeout(function () { throw error; });
    }, function (error) {
      if (failure) failure(error, userObject); else setTimeout(function () { throw error; });
    });
  }
  /** Each with* call returns a new runner, so handlers never leak into google.script.run itself. */
  function runner(success, failure, userObject) {
    var base = {
      withSuccessHandler: function (f) { return runner(f, failure, userObject); },
      withFailureHandler: function (f) { return runner(success, f, userObject); },
      withUserObject: function (o) { return runner(success, failure, o); },
    };
    return new Proxy(base, {
      get: function (target, name) {
        if (typeof name !== 'string') return undefined;
        if (Object.prototype.hasOwnProperty.call(target, name)) return target[name];
        // Private functions (trailing underscore) are not callable from the client in Apps Script.
        if (name === 'then' || name.slice(-1) === '_') return undefined;
        return function () { call(name, Array.prototype.slice.call(arguments), success, failure, userObject); };
      },
    });
  }
  function host(action, value) { return post(${JSON.stringify(HOST_PATH)}, { action: action, value: value }); }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      origin: location.origin,
      close: function () { host('close').then(function () { document.documentElement.innerHTML = ''; }); },
      setHeight: function (px) { host('setHeight', px); },
      setWidth: function (px) { host('setWidth', px); },
      editor: { focus: function () { host('focus'); } },
    },
  };
})();`;

/** The page with the client inserted first in <head> (or first in the document), before any page script. */
export function injectShim(html: string): string {
  const tag = `<script>${CLIENT}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  const htmlTag = /<html(\s[^>]*)?>/i.exec(html);
  if (htmlTag) return html.slice(0, htmlTag.index + htmlTag[0].length) + `<head>${tag}</head>` + html.slice(htmlTag.index + htmlTag[0].length);
  return tag + html;
}
