// judgement: see docs/language-decisions.md#lib-to-text
function "lib_to_text_array" {
  input {
  }

  stack {
    var $x {
      value = [1,"a"]|to_text
    }
  }

  response = $x
}
