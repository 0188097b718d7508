// The "Print the sheet" button on /manage/residence.xhtml. A file, not an inline handler: the
// Content-Security-Policy allows scripts from the portal's own origin only.
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('print-sheet');
    if (button) {
        button.addEventListener('click', function () { window.print(); });
    }
});
