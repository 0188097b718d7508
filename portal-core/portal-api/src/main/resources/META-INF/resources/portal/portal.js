// The shared layout's only script, a file so that the Content-Security-Policy (script-src 'self')
// allows it. It folds the header's links behind a "Menu" button on narrow screens. Without it the
// links simply stay visible: nothing depends on this script.
(function () {
    'use strict';
    document.documentElement.classList.add('os-js');

    function start() {
        // A "Print" button anywhere in the portal (data-os-print) prints the page.
        Array.prototype.forEach.call(document.querySelectorAll('[data-os-print]'), function (element) {
            element.addEventListener('click', function () { window.print(); });
        });
        // A page that arrives with an error summary takes the reader to it (GOV.UK's error summary).
        var summary = document.querySelector('[data-os-focus]');
        if (summary) {
            summary.focus();
        }
        var button = document.getElementById('os-menu-button');
        var menu = document.getElementById('os-menu');
        if (!button || !menu) {
            return;
        }
        button.hidden = false;
        button.setAttribute('aria-expanded', 'false');
        button.addEventListener('click', function () {
            var open = button.getAttribute('aria-expanded') !== 'true';
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
            menu.classList.toggle('os-header__collapsible--open', open);
        });
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
                button.setAttribute('aria-expanded', 'false');
                menu.classList.remove('os-header__collapsible--open');
                button.focus();
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
