// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_strip_html_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|strip_html
    }
  }

  response = $x
}
