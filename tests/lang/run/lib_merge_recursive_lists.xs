// judgement: see docs/language-decisions.md#lib-misc
function "lib_merge_recursive_lists" {
  input {
  }

  stack {
    var $x {
      value = [1]|merge_recursive:[2]
    }
  }

  response = $x
}
