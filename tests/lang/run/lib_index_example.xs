// docs: Xano XanoScript language-server filter reference (hover docs), index
function "lib_index_example" {
  input {
  }

  stack {
    var $x {
      value = "hello"|index:"l"
    }
  }

  response = $x
}
