// docs: Xano XanoScript language-server filter reference (hover docs), create_object_from_entries
function "filter_create_object_from_entries" {
  input {
  }

  stack {
    var $x {
      value = [{key:"a",value:1},{key:"b",value:2},{key:"c",value:3}]|create_object_from_entries
    }
  }

  response = $x
}
