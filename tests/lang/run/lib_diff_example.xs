// docs: Xano XanoScript language-server filter reference (hover docs), diff
function "lib_diff_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|diff:[2,3]
    }
  }

  response = $x
}
