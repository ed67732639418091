// judgement: see docs/language-decisions.md#lib-encoding
function "lib_base_convert_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|base_convert:10:16
    }
  }

  response = $x
}
