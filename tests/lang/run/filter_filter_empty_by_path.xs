// docs: Xano XanoScript language-server filter reference (hover docs), filter_empty
function "filter_filter_empty_by_path" {
  input {
  }

  stack {
    var $x {
      value = [{a:1, b:null}, {a:0, b:4}]|filter_empty:a
    }
  }

  response = $x
}
