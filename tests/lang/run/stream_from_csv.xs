// judgement: see docs/language-decisions.md#streams
function "stream_from_csv" {
  stack {
    storage.create_file_resource {
      filename = "addr.csv"
      filedata = "Name,Age,City\nAlice,30,Sydney\n'Bob, Jr',25,Granville\n"
    } as $my_file
    stream.from_csv {
      value = $my_file
      separator = ","
      enclosure = "'"
      escape_char = "'"
    } as $stream_1
    var $csv_records {
      value = []
    }
    foreach ($stream_1) {
      each as $item {
        var.update $csv_records {
          value = $csv_records|push:$item
        }
      }
    }
    stream.from_csv {
      value = "a;b\n1;2\n"
      separator = ";"
    } as $from_text
  }
  response = {records: $csv_records, from_text: $from_text}
}
