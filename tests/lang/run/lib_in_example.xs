// docs: Xano XanoScript language-server filter reference (hover docs), in
function "lib_in_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|in:3
    }
  }

  response = $x
}
