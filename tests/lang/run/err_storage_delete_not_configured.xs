// judgement: see docs/language-decisions.md#file-resources
function "err_storage_delete_not_configured" {
  stack {
    storage.delete_file {
      pathname = "/ab/a.txt"
    }
  }
  response = true
}
