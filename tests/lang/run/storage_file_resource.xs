// judgement: see docs/language-decisions.md#file-resources
function "storage_file_resource" {
  stack {
    storage.create_file_resource {
      filename = "addr.csv"
      filedata = "Name,Age\nAlice,30\n"
    } as $f
    storage.read_file_resource {
      value = $f
    } as $read
  }
  response = {resource: $f, read: $read}
}
