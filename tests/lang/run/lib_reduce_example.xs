// docs: Xano XanoScript language-server filter reference (hover docs), reduce
function "lib_reduce_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3,4,5]|reduce:$$+$result:10
    }
  }

  response = $x
}
