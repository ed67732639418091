// judgement: see docs/language-decisions.md#lib-encoding
function "err_lib_base_convert_bad_base" {
  input {
  }

  stack {
    var $x {
      value = "ff"|base_convert:16:40
    }
  }

  response = $x
}
