// Enhances the admin source picker: shows a filter box that hides the sources whose code or title does not
// contain what was typed. Ticked sources always stay visible. Without JavaScript the box stays hidden and
// the server-side order (ticked sources first, named in a summary) still applies.
(function () {
  'use strict';
  var box = document.getElementById('source-filter');
  var list = document.getElementById('sources-list');
  if (!box || !list) {
    return;
  }
  box.parentElement.hidden = false;
  var labels = Array.prototype.slice.call(list.querySelectorAll('label'));
  box.addEventListener('input', function () {
    var words = box.value.toLowerCase().trim();
    labels.forEach(function (label) {
      var ticked = label.querySelector('input').checked;
      label.hidden = words !== '' && !ticked && label.textContent.toLowerCase().indexOf(words) < 0;
    });
  });
  // Enter in the filter box must not submit the whole form.
  box.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault();
    }
  });
}());
