// Evaluated in the page under test by tests/test_layout.py: what a reader on this screen meets.
// Called with the viewport's width as set (a phone's browser widens innerWidth to fit a page
// that overflows, so innerWidth alone would hide the fault). Returns the page's width, every
// element that pokes out past the right
// edge (unless it sits in a region that scrolls sideways on its own), the smallest text of the
// paper outside its charts, and the size each chart's text is drawn at on the screen.
(function (width) {
  function visible(element, least) {
    var box = element.getBoundingClientRect();
    if (box.width < least || box.height < least) return false;
    for (var e = element; e; e = e.parentElement) {
      var style = getComputedStyle(e);
      if (style.visibility === "hidden" || style.display === "none") return false;
    }
    return true;
  }
  function name(element) {
    var id = element.id ? "#" + element.id : "";
    var classes = element.classList.length ? "." + Array.from(element.classList).join(".") : "";
    var text = (element.textContent || "").trim().slice(0, 40);
    return element.tagName.toLowerCase() + id + classes + (text ? " \"" + text + "\"" : "");
  }
  function scroller(element) {
    for (var e = element.parentElement; e && e !== document.body; e = e.parentElement) {
      var overflow = getComputedStyle(e).overflowX;
      if (overflow === "auto" || overflow === "scroll") return e;
    }
    return null;
  }
  var outside = [];
  var scrollers = [];
  Array.from(document.body.querySelectorAll("*")).forEach(function (element) {
    if (element.closest("svg") && element.tagName.toLowerCase() !== "svg") return;
    if (!visible(element, 1)) return;  // a visually hidden element (1 px) still widens a page
    var box = element.getBoundingClientRect();
    if (box.right <= width + 0.5 && box.left >= -0.5) return;
    var region = scroller(element);
    if (region) {
      if (scrollers.indexOf(region) < 0) scrollers.push(region);
    } else {
      outside.push(name(element) + " spans " + Math.round(box.left) + " to " +
                   Math.round(box.right) + " px");
    }
  });
  var smallest = Infinity;
  var smallestText = "";
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    var parent = node.parentElement;
    if (!node.textContent.trim() || parent.closest("svg") || !visible(parent, 2)) continue;
    var size = parseFloat(getComputedStyle(parent).fontSize);
    if (size < smallest) { smallest = size; smallestText = name(parent); }
  }
  var charts = Array.from(document.querySelectorAll("figure svg")).filter(function (svg) {
    return visible(svg, 2);
  }).map(
    function (svg) {
      var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      var sizes = Array.from(svg.querySelectorAll("text")).map(function (text) {
        return parseFloat(getComputedStyle(text).fontSize) * scale;
      });
      return {id: svg.id, width: Math.round(svg.getBoundingClientRect().width),
              smallestText: Math.min.apply(null, sizes)};
    });
  return {
    innerWidth: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    outside: outside,
    scrollRegions: scrollers.map(function (region) {
      return {name: name(region), label: region.getAttribute("aria-label") ||
              region.getAttribute("aria-labelledby"), role: region.getAttribute("role"),
              tabindex: region.getAttribute("tabindex")};
    }),
    smallestText: smallest,
    smallestTextIn: smallestText,
    charts: charts
  };
})
