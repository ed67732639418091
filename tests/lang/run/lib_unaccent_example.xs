// docs: docs.xano.com/xanoscript/filter-reference/transform
function "lib_unaccent_example" {
  input {
  }

  stack {
    var $x {
      value = "études"|unaccent
    }
  }

  response = $x
}
