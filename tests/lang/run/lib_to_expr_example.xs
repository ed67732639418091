// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_to_expr_example" {
  input {
  }

  stack {
    var $x {
      value = "(2 + 1) % 2"|to_expr
    }
  }

  response = $x
}
