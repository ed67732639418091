// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_slice_past_end" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|slice:2:10
    }
  }

  response = $x
}
