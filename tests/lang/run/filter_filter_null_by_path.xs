// docs: Xano XanoScript language-server filter reference (hover docs), filter_null
function "filter_filter_null_by_path" {
  input {
  }

  stack {
    var $x {
      value = [{a:1, b:null}, {a:null, b:4}]|filter_null:a
    }
  }

  response = $x
}
