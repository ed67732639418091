// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_sha384_example" {
  input {
  }

  stack {
    var $x {
      value = "a b~c"|sha384
    }
  }

  response = $x
}
