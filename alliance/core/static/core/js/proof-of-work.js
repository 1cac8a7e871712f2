/* Proof of work for the Alliance's public forms (see alliance/core/protection.py).
 *
 * For every form with an <input data-proof-of-work-bits="N"> (the signed form token), find a
 * number such that SHA-256("<token>:<number>") starts with N zero bits, and put it in the form's
 * <input data-proof-of-work="answer">. The server then accepts the form without the minimum
 * filling time. Without JavaScript, or without crypto.subtle (plain HTTP), nothing happens and
 * the form still works: it just has to stay open a few seconds.
 */
(function () {
  "use strict";

  if (!window.crypto || !window.crypto.subtle || !window.TextEncoder) {
    return;
  }
  var encoder = new TextEncoder();

  function leadingZeroBits(bytes) {
    var bits = 0;
    for (var i = 0; i < bytes.length; i++) {
      var byte = bytes[i];
      if (byte === 0) {
        bits += 8;
        continue;
      }
      while ((byte & 0x80) === 0) {
        bits += 1;
        byte <<= 1;
      }
      return bits;
    }
    return bits;
  }

  async function solve(challenge, bits) {
    for (var counter = 0; counter < 100000000; counter++) {
      var digest = await window.crypto.subtle.digest("SHA-256", encoder.encode(challenge + ":" + counter));
      if (leadingZeroBits(new Uint8Array(digest)) >= bits) {
        return String(counter);
      }
    }
    return "";
  }

  function protect(form) {
    var token = form.querySelector("input[data-proof-of-work-bits]");
    var answer = form.querySelector('input[data-proof-of-work="answer"]');
    if (!token || !answer) {
      return;
    }
    var bits = parseInt(token.getAttribute("data-proof-of-work-bits"), 10) || 0;
    if (bits <= 0 || bits > 32) {
      return;
    }
    var done = false;
    var work = solve(token.value, bits).then(function (result) {
      answer.value = result;
      done = true;
    });
    // A person who sends the form before the work is done waits a moment; the form is sent then.
    form.addEventListener("submit", function (event) {
      if (done) {
        return;
      }
      event.preventDefault();
      var submitter = event.submitter || null;
      work.then(function () {
        if (form.requestSubmit) {
          form.requestSubmit(submitter);
        } else {
          form.submit();
        }
      });
    });
  }

  function start() {
    var forms = document.querySelectorAll("form");
    for (var i = 0; i < forms.length; i++) {
      protect(forms[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
