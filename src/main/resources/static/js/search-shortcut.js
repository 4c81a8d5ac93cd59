// "/" moves the cursor to the search box, as on many reference sites. Typing "/" in a form field still
// types it. Without JavaScript the search box is simply reached by Tab or a click.
(function () {
  'use strict';
  function isTyping(element) {
    if (!element) {
      return false;
    }
    var tag = element.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable;
  }
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
      return;
    }
    // The search page's own box first, then the header's.
    var box = document.getElementById('search-q') || document.getElementById('site-search-q');
    if (box) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });
}());
