// docs: Xano XanoScript reference, essentials
function "filter_get_default" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|get:"b":"fallback"
    }
  }

  response = $x
}
