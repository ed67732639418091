// judgement: see docs/language-decisions.md#merge
function "filter_merge_objects_right_wins" {
  input {
  }

  stack {
    var $x {
      value = {a:1, b:2}|merge:{b:3, c:4}
    }
  }

  response = $x
}
