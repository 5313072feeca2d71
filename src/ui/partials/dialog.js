/* Shared behaviour of the register's dialogs; inlined by the build. Text goes in with textContent only. */
function fill(id, options) {
  var select = document.getElementById(id);
  options.forEach(function (o) { var opt = document.createElement('option'); opt.value = o.value; opt.textContent = o.label; select.appendChild(opt); });
}
/** Today on the staff member's own calendar, as a date input wants it (yyyy-mm-dd): the default of date fields. */
function todayIso() {
  var d = new Date();
  return [d.getFullYear(), ('0' + (d.getMonth() + 1)).slice(-2), ('0' + d.getDate()).slice(-2)].join('-');
}
/** Server errors may arrive as "Error: …" or "Exception: …": people see only the Arabic message. */
function show(kind, text) {
  var r = document.getElementById('result');
  r.className = kind;
  r.textContent = String(text).replace(/^(Error|Exception|TypeError):\s*/, '');
}
/** The fields the server named for this page (its dialog spec's, in the form's data-fields). */
function specFields() {
  return document.getElementById('f').getAttribute('data-fields').split(' ');
}
/** Sends the named fields (a checkbox as a boolean) to a server function; the answer's message is shown,
 *  then handed to `done` when the page shows more of it. */
function submitTo(fn, fieldIds, done) {
  document.getElementById('f').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var input = {};
    fieldIds.forEach(function (id) { var el = document.getElementById(id); input[id] = el.type === 'checkbox' ? el.checked : el.value; });
    var button = document.getElementById('save'); button.disabled = true;
    google.script.run.withSuccessHandler(function (r) { button.disabled = false; show('ok', r.message); if (done) done(r); })
      .withFailureHandler(function (e) { button.disabled = false; show('err', e.message); })[fn](input);
  });
}
