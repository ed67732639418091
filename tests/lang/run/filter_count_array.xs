// docs: Xano XanoScript language-server filter reference (hover docs), count
function "filter_count_array" {
  input {
  }

  stack {
    var $x {
      value = ["five","six","seven"]|count
    }
  }

  response = $x
}
