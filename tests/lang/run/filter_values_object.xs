// docs: Xano XanoScript language-server filter reference (hover docs), values
function "filter_values_object" {
  input {
  }

  stack {
    var $x {
      value = {"a":1,"b":2,"c":3}|values
    }
  }

  response = $x
}
