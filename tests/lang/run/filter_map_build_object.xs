// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_map_build_object" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|map:{n: $$, sq: $$*$$}
    }
  }

  response = $x
}
