// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_istarts_with_example" {
  input {
  }

  stack {
    var $x {
      value = "Hello"|istarts_with:"HE"
    }
  }

  response = $x
}
