// judgement: see docs/language-decisions.md#file-resources
function "err_zip_delete_missing_entry" {
  stack {
    zip.create_archive {
      filename = "empty.zip"
    } as $zip
    zip.delete_from_archive {
      filename = "nope.txt"
      zip = $zip
    }
  }
  response = $zip
}
