// docs: Xano XanoScript language-server filter reference (hover docs), index_by
function "lib_index_by_example" {
  input {
  }

  stack {
    var $x {
      value = [{g:"x",i:1},{g:"y",i:2},{g:"x",i:3}]|index_by:"g"
    }
  }

  response = $x
}
