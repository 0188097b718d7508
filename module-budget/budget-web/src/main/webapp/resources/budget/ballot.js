// The knapsack ballot's running total: adds the costs of the ticked projects as the voter goes and says
// when they are over the budget. The ballot works without this script; the server checks again.
(function () {
    "use strict";
    var form = document.getElementById("ballot");
    if (!form || !form.classList.contains("budget-ballot--knapsack")) {
        return;
    }
    var budget = parseInt(form.getAttribute("data-budget"), 10);
    var bar = document.getElementById("total-bar");
    var text = document.getElementById("total-text");
    var template = text.getAttribute("data-template");
    var money = new Intl.NumberFormat(document.documentElement.lang || "en-GB");

    function update() {
        var total = 0;
        form.querySelectorAll("input[name=project]:checked").forEach(function (box) {
            total += parseInt(box.getAttribute("data-cost"), 10);
        });
        bar.value = Math.min(total, budget);
        var over = total > budget;
        text.textContent = template.split("|")[over ? 1 : 0].split("{0}").join(money.format(total))
            .split("{1}").join(money.format(budget)).split("{2}").join(money.format(Math.abs(budget - total)));
        form.classList.toggle("budget-ballot--over", over);
    }

    form.addEventListener("change", update);
    update();
}());
