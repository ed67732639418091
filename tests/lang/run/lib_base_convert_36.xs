// judgement: see docs/language-decisions.md#lib-encoding
function "lib_base_convert_36" {
  input {
  }

  stack {
    var $x {
      value = "zz"|base_convert:36:2
    }
  }

  response = $x
}
