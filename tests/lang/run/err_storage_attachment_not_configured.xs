// judgement: see docs/language-decisions.md#file-resources
function "err_storage_attachment_not_configured" {
  stack {
    storage.create_file_resource {
      filename = "a.txt"
      filedata = "a"
    } as $f
    storage.create_attachment {
      value = $f
      access = "public"
      filename = "a.txt"
    } as $meta
  }
  response = $meta
}
