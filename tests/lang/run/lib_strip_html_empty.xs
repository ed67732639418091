// judgement: see docs/language-decisions.md#empty-collections
function "lib_strip_html_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|strip_html
    }
  }

  response = $x
}
