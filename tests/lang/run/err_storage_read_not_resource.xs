// judgement: see docs/language-decisions.md#file-resources
function "err_storage_read_not_resource" {
  stack {
    storage.read_file_resource {
      value = "just text"
    } as $read
  }
  response = $read
}
