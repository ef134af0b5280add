// Runs inside the page under test, after axe.min.js: checks the page against axe-core's
// WCAG 2.0, 2.1 and 2.2 level A and AA rules and writes the outcome into the page as JSON,
// in a pre element with the id axe-results, for headless Chromium's --dump-dom to carry back
// to the test (tests/test_accessibility.py).
(function () {
  function report(outcome) {
    var out = document.createElement("pre");
    out.id = "axe-results";
    out.textContent = JSON.stringify(outcome);
    document.body.appendChild(out);
  }
  axe.run(document, {
    runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    resultTypes: ["violations"]
  }).then(function (results) {
    report({
      version: axe.version,
      passes: results.passes.map(function (rule) { return rule.id; }),
      violations: results.violations.map(function (rule) {
        return {
          id: rule.id,
          impact: rule.impact,
          help: rule.help,
          nodes: rule.nodes.map(function (node) {
            return {target: node.target, summary: node.failureSummary};
          })
        };
      })
    });
  }, function (error) {
    report({error: String(error)});
  });
})();
