// judgement: see docs/language-decisions.md#lib-null-input
function "lib_octdec_null" {
  input {
  }

  stack {
    var $x {
      value = null|octdec
    }
  }

  response = $x
}
