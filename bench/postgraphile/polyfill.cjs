// PostGraphile 5 targets Node >= 22 and calls Promise.withResolvers (Node 22+). This machine has
// Node 20, so the bench starts the server with `node --require ./polyfill.cjs server.mjs`.
"use strict";
if (typeof Promise.withResolvers !== "function") {
  Object.defineProperty(Promise, "withResolvers", {
    configurable: true,
    writable: true,
    value: function withResolvers() {
      let resolve;
      let reject;
      const promise = new this((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
