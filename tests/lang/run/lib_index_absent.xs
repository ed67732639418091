// judgement: see docs/language-decisions.md#index-not-found
function "lib_index_absent" {
  input {
  }

  stack {
    var $x {
      value = "hello"|index:"z"
    }
  }

  response = $x
}
