// docs: Xano XanoScript language-server filter reference (hover docs), diff
function "filter_diff_reindexed" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3,4]|diff:[3,2]
    }
  }

  response = $x
}
