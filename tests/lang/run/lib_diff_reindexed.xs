// docs: Xano XanoScript language-server filter reference (hover docs), diff
function "lib_diff_reindexed" {
  input {
  }

  stack {
    var $x {
      value = [4,5,6]|diff:[4,5]
    }
  }

  response = $x
}
