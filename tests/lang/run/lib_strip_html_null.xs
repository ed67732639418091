// judgement: see docs/language-decisions.md#lib-null-input
function "lib_strip_html_null" {
  input {
  }

  stack {
    var $x {
      value = null|strip_html
    }
  }

  response = $x
}
