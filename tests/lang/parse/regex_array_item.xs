// A regex literal as an array item: fmt writes one item per line, where it
// keeps its parentheses so that it still reads as a regex.
function patterns {
  input {
  }

  stack {
    var $patterns {
      value = [/^a+$/i, /b|c/]
    }
  }

  response = $patterns
}
