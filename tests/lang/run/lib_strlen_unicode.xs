// judgement: see docs/language-decisions.md#text-length
function "lib_strlen_unicode" {
  input {
  }

  stack {
    var $x {
      value = "étude"|strlen
    }
  }

  response = $x
}
