// docs: Xano XanoScript language-server filter reference (hover docs), product
function "filter_product" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3,4]|product
    }
  }

  response = $x
}
