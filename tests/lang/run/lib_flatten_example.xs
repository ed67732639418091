// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_flatten_example" {
  input {
  }

  stack {
    var $x {
      value = [1,[2,[3]],[]]|flatten
    }
  }

  response = $x
}
