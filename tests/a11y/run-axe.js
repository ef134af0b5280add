// Runs inside the page under test, after axe.min.js: checks the page against axe-core's
// WCAG 2.0, 2.1 and 2.2 level A and AA rules and its best practices, and returns (as a promise)
// the outcome for tests/test_accessibility.py, which evaluates this file through the DevTools
// protocol at each screen width it tries.
(function () {
  function summary(results) {
    return {
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
    };
  }
  return axe.run(document, {
    runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
                                    "best-practice"]},
    resultTypes: ["violations"]
  }).then(summary, function (error) {
    return {error: String(error)};
  });
})()
