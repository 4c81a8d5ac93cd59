// Enhances the plan-check form: "Add a step" and "Remove step N" work in place instead of a round trip.
// Without JavaScript the same buttons submit the form and the server adds or removes the row.
(function () {
  'use strict';
  var form = document.getElementById('check-form');
  if (!form) {
    return;
  }
  var body = form.querySelector('table.step-rows tbody');
  var maxRows = Number(form.getAttribute('data-max-steps')) || 60;

  function renumber() {
    var rows = body.querySelectorAll('tr.step-row');
    rows.forEach(function (row, index) {
      row.querySelector('th').textContent = String(index + 1);
      row.querySelectorAll('input').forEach(function (input) {
        var column = input.name.replace(/^steps\[\d+\]\./, '');
        input.name = 'steps[' + index + '].' + column;
        input.id = 'steps' + index + '.' + column;
      });
      row.querySelectorAll('label').forEach(function (label) {
        var column = label.htmlFor.replace(/^steps\d+\./, '');
        label.htmlFor = 'steps' + index + '.' + column;
        label.textContent = label.textContent.replace(/\d+/, String(index + 1));
      });
      var remove = row.querySelector('button[name="removeRow"]');
      if (remove) {
        remove.value = String(index);
        remove.textContent = remove.textContent.replace(/\d+/, String(index + 1));
        remove.hidden = rows.length < 2;
      }
    });
  }

  form.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button) {
      return;
    }
    var rows = body.querySelectorAll('tr.step-row');
    if (button.name === 'addRow') {
      event.preventDefault();
      if (rows.length >= maxRows) {
        return;
      }
      var copy = rows[rows.length - 1].cloneNode(true);
      copy.querySelectorAll('input').forEach(function (input) {
        input.value = '';
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      });
      copy.querySelectorAll('.field__error').forEach(function (error) { error.remove(); });
      copy.querySelectorAll('.field--error').forEach(function (cell) { cell.classList.remove('field--error'); });
      body.appendChild(copy);
      renumber();
      copy.querySelector('input').focus();
    }
    else if (button.name === 'removeRow' && rows.length > 1) {
      event.preventDefault();
      button.closest('tr').remove();
      renumber();
      body.querySelector('tr.step-row input').focus();
    }
  });
}());
