// docs: Xano XanoScript language-server filter reference (hover docs), count
function "lib_count_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|count
    }
  }

  response = $x
}
