// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_strip_html_example" {
  input {
  }

  stack {
    var $x {
      value = "<b>bold</b> text"|strip_html
    }
  }

  response = $x
}
